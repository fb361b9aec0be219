package org.localityworking.interop;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.Audience;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;


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
        assertTrue(json.get("service").size() > 0 && json.get("location").size() > 0);
        assertEquals(6 + 4 + 1 + 3 + 14, json.get("taxonomy_term").size(), "six ABCD categories, four localities, the"
                + " record-id term, three sectors and fourteen kinds of organisation");
        // every service, location and organisation says which record it is
        Set<String> identified = new java.util.HashSet<>();
        String recordTerm = java.util.stream.StreamSupport.stream(json.get("taxonomy_term").spliterator(), false)
                .filter(t -> t.get("code").asText().equals("record-id")).findFirst().orElseThrow().get("id").asText();
        json.get("attribute").forEach(a -> {
            if (a.get("taxonomy_term_id").asText().equals(recordTerm)) {
                assertFalse(a.path("value").asText().isEmpty(), a.toString());
                identified.add(a.get("link_id").asText());
            }
        });
        json.get("service").forEach(x -> assertTrue(identified.contains(x.get("id").asText()), x.toString()));
        // Every service names an organisation in the file; every attribute a term in the file.
        Set<String> orgs = new java.util.HashSet<>();
        json.get("organization").forEach(o -> orgs.add(o.get("id").asText()));
        json.get("service").forEach(s -> assertTrue(orgs.contains(s.get("organization_id").asText()), s.toString()));
        Set<String> terms = new java.util.HashSet<>();
        json.get("taxonomy_term").forEach(t -> terms.add(t.get("id").asText()));
        json.get("attribute").forEach(a -> assertTrue(terms.contains(a.get("taxonomy_term_id").asText()), a.toString()));
    }

    @Test
    void theTabularPackageHasOneCsvPerObjectAndADescriptor() throws Exception {
        Map<String, String> files = ExportFixture.export(store, "openreferral", "trafford", Optional.empty(), Audience.PUBLIC);
        JsonNode pkg = ExportFixture.JSON.readTree(files.get("datapackage.json"));
        assertEquals(7, pkg.get("resources").size());
        JsonNode json = ExportFixture.JSON.readTree(files.get("openreferral.json"));
        java.util.Map<String, String> plural = java.util.Map.of("organization", "organizations", "service", "services",
                "location", "locations", "service_at_location", "service_at_locations", "taxonomy", "taxonomies",
                "taxonomy_term", "taxonomy_terms", "attribute", "attributes");
        assertEquals("1.0.0", pkg.path("version").asText());
        assertEquals("OGL-UK-3.0", pkg.path("licenses").get(0).path("name").asText());
        assertFalse(pkg.path("title").asText().isBlank());
        for (JsonNode resource : pkg.get("resources")) {
            String name = resource.get("name").asText();
            assertTrue(plural.containsKey(name), "the profile's singular resource name: " + name);
            assertEquals(PATHS.get(name), resource.get("path").asText(), "the profile's file for " + name);
            List<List<String>> rows = ExportFixture.parseCsv(files.get(resource.get("path").asText()));
            assertEquals(json.get(name).size() + 1, rows.size(), name + ": header and one row per object");
            for (JsonNode f : resource.get("schema").get("fields")) {
                int column = rows.get(0).indexOf(f.get("name").asText());
                for (List<String> r : rows.subList(1, rows.size())) {
                    String cell = r.get(column);
                    if (f.path("format").asText().equals("uuid")) {
                        assertTrue(UUID.matcher(cell).matches(), name + "." + f.get("name").asText() + ": " + cell);
                    }
                    if (f.path("type").asText().equals("number") && !cell.isEmpty()) {
                        Double.parseDouble(cell); // a number cell is a number, never neutralised text
                    }
                }
            }
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
        String good = ExportFixture.export(store, "openreferral", "trafford", Optional.empty(), Audience.PUBLIC)
                .get("openreferral.json");
        Map<String, String> rules = new java.util.LinkedHashMap<>();
        rules.put("a table missing", good.replace("\"service_at_location\" :", "\"service_at_location_typo\" :"));
        rules.put("a service status outside the list", good.replaceFirst("\"status\" : \"active\"", "\"status\" : \"open\""));
        rules.put("a location type outside the list", good.replaceFirst("\"location_type\" : \"physical\"",
                "\"location_type\" : \"building\""));
        rules.put("a latitude beyond 90", good.replaceFirst("\"latitude\" : [0-9.-]+", "\"latitude\" : 153.4"));
        rules.put("an attribute linked to an unknown type", good.replaceFirst("\"link_type\" : \"service\"",
                "\"link_type\" : \"person\""));
        rules.put("a service without a url", good.replaceFirst("\"url\" : \"[^\"]*\",", ""));
        rules.put("an id that is not a UUID", good.replaceFirst("\"id\" : \"[0-9a-f-]{36}\"", "\"id\" : \"svc-1\""));
        rules.forEach((rule, json) -> {
            assertFalse(json.equals(good), rule + ": the test's edit applied");
            assertFalse(ExportFixture.validate("openreferral-hsds.schema.json", json).isEmpty(), rule);
        });
    }

    /** The Open Referral UK profile's file for each resource (its datapackage.json). */
    private static final Map<String, String> PATHS = Map.of("organization", "organizations.csv", "service",
            "services.csv", "location", "locations.csv", "service_at_location", "service_at_location.csv", "taxonomy",
            "taxonomies.csv", "taxonomy_term", "taxonomy_terms.csv", "attribute", "attribute.csv");

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void idsAreUuidsTheSameInEveryExportAndDifferentBetweenCouncils() throws Exception {
        JsonNode first = ExportFixture.JSON.readTree(ExportFixture.export(store, "openreferral", "trafford", Optional.empty(),
                Audience.PUBLIC).get("openreferral.json"));
        JsonNode again = ExportFixture.JSON.readTree(ExportFixture.export(store, "openreferral", "trafford", Optional.empty(),
                Audience.PUBLIC).get("openreferral.json"));
        assertEquals(first, again, "stable across exports");
        first.fields().forEachRemaining(table -> table.getValue().forEach(o -> o.fields().forEachRemaining(f -> {
            if (f.getKey().equals("id") || f.getKey().endsWith("_id")) {
                assertTrue(UUID.matcher(f.getValue().asText()).matches(), table.getKey() + "." + f.getKey());
            }
        })));
        JsonNode hfd = ExportFixture.JSON.readTree(ExportFixture.export(store, "openreferral", "herefordshire",
                Optional.empty(), Audience.PUBLIC).get("openreferral.json"));
        java.util.Set<String> traffordIds = new java.util.HashSet<>();
        first.get("taxonomy").forEach(t -> traffordIds.add(t.get("id").asText()));
        hfd.get("taxonomy").forEach(t -> assertFalse(traffordIds.contains(t.get("id").asText()),
                "the same local id in two councils gives two UUIDs"));
        String notUuid = "{\"organizations\":[{\"id\":\"org-trafford\",\"name\":\"x\",\"description\":\"x\"}],"
                + "\"services\":[],\"locations\":[],\"service_at_locations\":[],\"taxonomies\":[],\"taxonomy_terms\":[],"
                + "\"attributes\":[]}";
        assertFalse(ExportFixture.validate("openreferral-hsds.schema.json", notUuid).isEmpty(), "the schema requires UUIDs");
    }

    /** Both councils' JSON and package descriptors validate; the descriptor schema refuses each broken rule. */
    @Test
    void bothCouncilsValidateAndTheDescriptorSchemaRefusesEachBrokenRule() throws Exception {
        for (String council : List.of("trafford", "herefordshire")) {
            Map<String, String> files = ExportFixture.export(store, "openreferral", council, Optional.empty(), Audience.PUBLIC);
            assertEquals(Set.of(), ExportFixture.validate("openreferral-hsds.schema.json", files.get("openreferral.json")),
                    council);
            assertEquals(Set.of(), ExportFixture.validate("openreferral-datapackage.schema.json",
                    files.get("datapackage.json")), council);
        }
        String good = ExportFixture.export(store, "openreferral", "trafford", Optional.empty(), Audience.PUBLIC)
                .get("datapackage.json");
        Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put("plural resource name", good.replace("\"name\" : \"organization\"", "\"name\" : \"organizations\""));
        broken.put("a file the profile does not name", good.replace("\"path\" : \"services.csv\"", "\"path\" : \"service.csv\""));
        broken.put("a field the profile does not name", good.replaceFirst("\"name\" : \"term\"", "\"name\" : \"terminology\""));
        broken.put("a service without the url the profile requires", good.replaceFirst("\\{\\s*\"name\" : \"url\",[^}]*\\},", ""));
        broken.put("no version", good.replace("\"version\" : \"1.0.0\",", ""));
        broken.put("no licence", good.replace("\"licenses\"", "\"licences_typo\""));
        broken.put("an id not typed uuid", good.replaceFirst(",\\s*\"format\" : \"uuid\"", ""));
        broken.put("a coordinate as text", good.replaceFirst("(\"name\" : \"latitude\",\\s*\"type\" : )\"number\"",
                "$1\"string\""));
        broken.put("not a tabular package", good.replace("\"tabular-data-package\"", "\"data-package\""));
        broken.forEach((rule, json) -> {
            assertFalse(json.equals(good), rule + ": the test's edit applied");
            assertFalse(ExportFixture.validate("openreferral-datapackage.schema.json", json).isEmpty(), rule);
        });
    }
}
