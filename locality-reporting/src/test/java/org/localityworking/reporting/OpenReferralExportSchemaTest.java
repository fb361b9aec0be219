package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.format.CsvFormat;

/** The Open Referral UK (HSDS 3.0) export validates against the project's HSDS schema; the package is consistent. */
class OpenReferralExportSchemaTest extends BothCouncilsTest {

    @Test
    void traffordsDirectoryValidatesAndLeavesOutGiftsAndSensitiveAssets() throws Exception {
        Map<String, String> files = ExportFixture.export(store, "openreferral", "trafford", Optional.empty(), Audience.INTERNAL);
        assertEquals(Set.of(), ExportFixture.validate("openreferral-hsds.schema.json", files.get("openreferral.json")));
        JsonNode json = ExportFixture.JSON.readTree(files.get("openreferral.json"));
        String all = files.get("openreferral.json");
        assertFalse(all.contains("Domestic abuse refuge"), "sensitive asset exported");
        assertFalse(all.contains("Baking for neighbours"), "an individual's gift exported");
        assertTrue(json.get("services").size() > 0 && json.get("locations").size() > 0);
        assertEquals(6 + 4, json.get("taxonomy_terms").size(), "six ABCD categories and four localities");
        // Every service names an organisation in the file; every attribute a term in the file.
        Set<String> orgs = new java.util.HashSet<>();
        json.get("organizations").forEach(o -> orgs.add(o.get("id").asText()));
        json.get("services").forEach(s -> assertTrue(orgs.contains(s.get("organization_id").asText()), s.toString()));
        Set<String> terms = new java.util.HashSet<>();
        json.get("taxonomy_terms").forEach(t -> terms.add(t.get("id").asText()));
        json.get("attributes").forEach(a -> assertTrue(terms.contains(a.get("taxonomy_term_id").asText()), a.toString()));
    }

    @Test
    void theTabularPackageHasOneCsvPerObjectAndADescriptor() throws Exception {
        Map<String, String> files = ExportFixture.export(store, "openreferral", "trafford", Optional.empty(), Audience.PUBLIC);
        JsonNode pkg = ExportFixture.JSON.readTree(files.get("datapackage.json"));
        assertEquals(7, pkg.get("resources").size());
        JsonNode json = ExportFixture.JSON.readTree(files.get("openreferral.json"));
        for (JsonNode resource : pkg.get("resources")) {
            String name = resource.get("name").asText();
            List<List<String>> rows = CsvFormat.parse(files.get(resource.get("path").asText()));
            assertEquals(json.get(name).size() + 1, rows.size(), name + ": header and one row per object");
            List<String> fields = new java.util.ArrayList<>();
            resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asText()));
            assertEquals(fields, rows.get(0), name + " header matches the descriptor");
        }
    }

    @Test
    void theSchemaCatchesABrokenService() {
        String broken = "{\"organizations\":[],\"services\":[{\"id\":\"s\",\"name\":\"x\",\"status\":\"open\"}],"
                + "\"locations\":[],\"service_at_locations\":[],\"taxonomies\":[],\"taxonomy_terms\":[],\"attributes\":[]}";
        assertFalse(ExportFixture.validate("openreferral-hsds.schema.json", broken).isEmpty());
    }
}
