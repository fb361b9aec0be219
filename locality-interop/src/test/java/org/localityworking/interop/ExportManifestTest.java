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
import org.localityworking.storage.StandardKinds;

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

    /** {@return the first column of a CSV file's rows, its header left out} */
    private static java.util.Set<String> firstColumn(String csv) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        // every cell is quoted, and ids hold no quote or comma
        csv.lines().skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(',')).replace("\"", "")));
        return ids;
    }

    @Test
    void eachExportCountsWhatItLeftOut() throws Exception {
        List<Asset> assets = ExampleData.trafford().all(StandardKinds.ASSET);
        long sensitive = assets.stream().filter(Asset::sensitive).count();
        long owned = assets.stream().filter(a -> !a.sensitive()
                && a.owner().filter(o -> o.kind() == PartyKind.PERSON).isPresent()).count();
        assertTrue(sensitive > 0, "the example data has sensitive assets");
        Map<String, Long> csv = leftOut("csv", Audience.PUBLIC);
        assertEquals(sensitive, csv.get("assets flagged sensitive"));
        assertEquals(owned, csv.getOrDefault("assets that belong to a person", 0L));
        // the people the INTERNAL people.csv lists: those with a role in one of Trafford's localities
        long listed = ExampleData.trafford().all(StandardKinds.PERSON).stream()
                .filter(p -> p.roles().stream().anyMatch(r -> r.localityId().isPresent())).count();
        assertEquals(listed, csv.get("people (people.csv, the people list)"));
        // INTERNAL leaves out only what the store cannot place in any council: here Trafford's executive member (a
        // council-wide role, no locality: the people list holds people of localities) and Herefordshire's Amey Wye
        // Valley (no locality)
        Map<String, Long> unplaced = new HashMap<>();
        Map<String, String> internal = ExportFixture.export(store, "csv", "trafford", Optional.empty(), Audience.INTERNAL);
        java.util.Set<String> exportedOrgs = firstColumn(internal.get("organisations.csv"));
        java.util.Set<String> exportedPeople = firstColumn(internal.get("people.csv"));
        long orgs = store.all(StandardKinds.ORGANISATION).stream().filter(v -> v.value().localityId().isEmpty()
                && !exportedOrgs.contains(v.value().id())).count();
        long people = store.all(StandardKinds.PERSON).stream().filter(v -> v.value().homeWardId().isEmpty()
                && v.value().roles().stream().allMatch(r -> r.localityId().isEmpty())
                && !exportedPeople.contains(v.value().id())).count();
        assertTrue(orgs > 0 && people > 0, "the example data has records no council can claim");
        unplaced.put("organisations with no locality, not in this export", orgs);
        unplaced.put("people with no role or home ward in a locality, not in this export", people);
        assertEquals(unplaced, leftOut("csv", Audience.INTERNAL), "INTERNAL leaves out only what is unplaced");
        // the snapshot holds the people its records name, so the executive member is in it; and the organisations
        // its records name
        unplaced.remove("people with no role or home ward in a locality, not in this export");
        Map<String, String> snapshot = ExportFixture.export(store, "snapshot", "trafford", Optional.empty(), Audience.INTERNAL);
        java.util.Set<String> inSnapshot = new java.util.HashSet<>();
        ExportFixture.JSON.readTree(snapshot.get("snapshot.json")).path("records").path("organisation")
                .forEach(o -> inSnapshot.add(o.path("id").asText()));
        unplaced.put("organisations with no locality, not in this export", store.all(StandardKinds.ORGANISATION).stream()
                .filter(v -> v.value().localityId().isEmpty() && !inSnapshot.contains(v.value().id())).count());
        assertEquals(unplaced, leftOut("snapshot", Audience.INTERNAL));
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
