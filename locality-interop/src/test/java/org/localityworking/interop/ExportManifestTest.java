package org.localityworking.interop;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.Audience;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.PartyKind;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;

/** Every export says, in manifest.json, what it left out and why, with counts that match the data. */
class ExportManifestTest extends BothCouncilsTest {
    private static Map<String, Long> leftOut(String exporter, Audience audience) throws Exception {
        Map<String, String> files = ExportFixture.export(store, exporter, "trafford", Optional.empty(), audience);
        JsonNode manifest = ExportFixture.JSON.readTree(files.get("manifest.json"));
        assertEquals(exporter, manifest.path("exporter").asText());
        List<String> listed = new java.util.ArrayList<>();
        manifest.path("files").forEach(f -> listed.add(f.asText()));
        for (String f : listed) {
            assertTrue(files.containsKey(f), "the manifest lists a file written: " + f);
        }
        Map<String, Long> left = new HashMap<>();
        manifest.path("leftOut").forEach(l -> {
            assertTrue(!l.path("why").asText().isBlank(), l.toString());
            left.put(l.path("what").asText(), l.path("count").asLong());
        });
        return left;
    }

    @Test
    void eachExportCountsWhatItLeftOut() throws Exception {
        List<Asset> assets = ExampleData.trafford().all(Kind.ASSET);
        long sensitive = assets.stream().filter(Asset::sensitive).count();
        long owned = assets.stream().filter(a -> !a.sensitive()
                && a.owner().filter(o -> o.kind() == PartyKind.PERSON).isPresent()).count();
        assertTrue(sensitive > 0, "the example data has sensitive assets");
        Map<String, Long> csv = leftOut("csv", Audience.PUBLIC);
        assertEquals(sensitive, csv.get("assets flagged sensitive"));
        assertEquals(owned, csv.getOrDefault("assets that belong to a person", 0L));
        // the people the INTERNAL people.csv lists: those with a role in one of Trafford's localities
        long listed = ExampleData.trafford().all(Kind.PERSON).stream()
                .filter(p -> p.roles().stream().anyMatch(r -> r.localityId().isPresent())).count();
        assertEquals(listed, csv.get("people (people.csv, the people list)"));
        assertEquals(Map.of(), leftOut("csv", Audience.INTERNAL), "INTERNAL leaves nothing out");
        long unlocated = assets.stream().filter(a -> !a.sensitive()
                && a.owner().filter(o -> o.kind() == PartyKind.PERSON).isEmpty() && a.location().isEmpty()).count();
        assertEquals(unlocated, leftOut("geojson", Audience.PUBLIC).getOrDefault("assets with no location", 0L));
        long gifts = assets.stream().filter(a -> !a.sensitive()
                && a.owner().filter(o -> o.kind() == PartyKind.PERSON).isEmpty()
                && a.category() == AssetCategory.INDIVIDUALS).count();
        assertEquals(gifts, leftOut("openreferral", Audience.PUBLIC).getOrDefault("assets in the Individuals category", 0L));
        assertEquals(Map.of(), leftOut("360giving", Audience.PUBLIC));
    }
}
