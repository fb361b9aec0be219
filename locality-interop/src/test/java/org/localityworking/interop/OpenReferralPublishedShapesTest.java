package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Organisation;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * Open Referral data as the standard publishes it, not as this library exports it: the {@code tabular.json} shape
 * (singular table names, other tables beside), a service with its records nested as the API returns it, a
 * paginated list, and a tabular data package as the UK profile describes it. Where the file does not say a
 * service's category or locality, the options do ({@code locality}, {@code categories}, {@code category}); a place
 * is a physical asset. Every record lands, every field the store has no place for is listed with a count, and a
 * re-export keeps the file's UUIDs, names and descriptions. The exported tabular package has every field the UK
 * profile requires.
 */
class OpenReferralPublishedShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
    private static final String PLACE = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
    private static final String TERM = "3f7b145d-84af-42d7-8fae-eaca714b02b2";
    private static final Map<String, String> OPTIONS = Map.of("locality", "old-trafford-stretford",
            "categories", "counselling:ASSOCIATIONS");

    static final String TABULAR = """
            {"organization": [{"id": "%s", "name": "Example Organization Inc.",
               "description": "A non-profit organization providing services", "website": "http://example.com",
               "email": "email@example.com", "year_incorporated": 2011}],
             "service": [{"id": "%s", "organization_id": "%s", "name": "Community Counselling",
               "description": "Counselling by trained professionals", "url": "http://example.com/counselling",
               "status": "active", "fees": "fees_description"}],
             "location": [{"id": "%s", "location_type": "physical", "name": "MyCity Civic Center",
               "description": "Facilities for civic and community services", "latitude": 53.46, "longitude": -2.29}],
             "taxonomy_term": [{"id": "%s", "code": "counselling", "name": "Counselling", "description": "Talking therapies",
               "taxonomy": "example"}],
             "attribute": [{"id": "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", "link_id": "%s", "taxonomy_term_id": "%s",
               "link_type": "service", "link_entity": "service"}],
             "phone": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "service_id": "%s", "number": "+44 1234 234567"}]
            }
            """.formatted(ORG, SERVICE, ORG, PLACE, TERM, SERVICE, TERM, SERVICE);

    static final String NESTED_SERVICE = """
            {"id": "%s", "name": "Community Counselling", "description": "Counselling by trained professionals",
             "url": "http://example.com/counselling", "status": "active", "wait_time": "two weeks",
             "organization": {"id": "%s", "name": "Example Organization Inc.",
               "description": "A non-profit organization providing services", "website": "http://example.com",
               "organization_identifiers": [{"id": "d4dbcebc-0802-47cb-8651-b937ac4f2f3e", "identifier_scheme": "GB-COH",
                 "identifier_type": "Company number", "identifier": "01234567"},
                 {"id": "e4dbcebc-0802-47cb-8651-b937ac4f2f3e", "identifier_scheme": "XI-GRID", "identifier": "grid.1"}]},
             "phones": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "+44 1234 234567"}],
             "attributes": [{"id": "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", "taxonomy_term_id": "%s",
               "taxonomy_term": {"id": "%s", "code": "counselling", "name": "Counselling", "description": "Talking therapies"}}],
             "service_at_locations": [{"id": "e94c9f38-1e8f-4564-91d4-d53501ab1765",
               "location": {"id": "%s", "location_type": "physical", "name": "MyCity Civic Center",
                 "latitude": 53.46, "longitude": -2.29}}]}
            """.formatted(SERVICE, ORG, TERM, TERM, PLACE);

    private static ImportResult load(LocalityStore store, ImportSource source, Map<String, String> options)
            throws IOException {
        return ImporterRegistry.discover().byId("openreferral").importInto(store, ImportRequest.builder()
                .councilId("trafford").options(options).build(), source);
    }

    private static ImportSource bytes(String name, String text) {
        return ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertServiceAndOrganisation(LocalityStore store) {
        Asset service = store.get(StandardKinds.ASSET, SERVICE).orElseThrow().value();
        assertEquals("Community Counselling", service.name());
        assertEquals("Counselling by trained professionals", service.description());
        assertEquals(AssetCategory.ASSOCIATIONS, service.category(), "mapped from its taxonomy term");
        assertEquals("old-trafford-stretford", service.localityId());
        Organisation org = store.get(StandardKinds.ORGANISATION, ORG).orElseThrow().value();
        assertEquals(Optional.of("A non-profit organization providing services"), org.description());
        assertEquals(Optional.of("http://example.com"), org.website());
        assertEquals(org.id(), service.owner().orElseThrow().id());
    }

    @Test
    void theTabularShapeLandsAndAReExportKeepsItsIdsNamesAndDescriptions() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, bytes("tabular.json", TABULAR), OPTIONS);
            assertEquals(3, result.created(), result.toString());
            assertServiceAndOrganisation(store);
            Asset place = store.get(StandardKinds.ASSET, PLACE).orElseThrow().value();
            assertEquals(AssetCategory.PHYSICAL, place.category(), "a place is a physical asset");
            assertEquals("MyCity Civic Center", place.name());
            List<String> notKept = result.notKept();
            for (String expected : List.of("phone (a table): 1 record", "service.fees: 1 record",
                    "organization.email: 1 record", "organization.year_incorporated: 1 record")) {
                assertTrue(notKept.contains(expected), expected + " in " + notKept);
            }

            JsonNode out = JSON.readTree(RoundTripTest.export(store, "openreferral", "trafford", Audience.PUBLIC)
                    .get("openreferral.json"));
            JsonNode service = find(out.path("service"), SERVICE);
            assertEquals("Community Counselling", service.path("name").asText());
            assertEquals(ORG, service.path("organization_id").asText(), "the organisation keeps its UUID");
            JsonNode org = find(out.path("organization"), ORG);
            assertEquals("A non-profit organization providing services", org.path("description").asText());
            assertEquals("MyCity Civic Center", find(out.path("location"), PLACE).path("name").asText());
        }
    }

    private static JsonNode find(JsonNode table, String id) {
        for (JsonNode r : table) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " is not in " + table);
    }

    @Test
    void aServiceAsTheApiReturnsItAndAPaginatedListLand() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, bytes("service_full.json", NESTED_SERVICE), OPTIONS);
            assertEquals(2, result.created(), "the service and its organisation: " + result);
            assertServiceAndOrganisation(store);
            assertTrue(result.notKept().contains("service.phones: 1 record"), result.notKept().toString());
            assertTrue(result.notKept().contains("service.wait_time: 1 record"), result.notKept().toString());
            assertEquals(Optional.of("01234567"), store.get(StandardKinds.ORGANISATION, ORG).orElseThrow().value()
                    .companyNumber(), "its Companies House number, from organization_identifiers");
            assertTrue(result.notKept().contains("organization.organization_identifiers (XI-GRID): 1 record"),
                    result.notKept().toString());
            Asset service = store.get(StandardKinds.ASSET, SERVICE).orElseThrow().value();
            assertTrue(service.location().isPresent(), "the service is at its location's coordinates");
            assertEquals("MyCity Civic Center", service.venue().orElseThrow().name(), "and its venue is kept");
            JsonNode out = JSON.readTree(RoundTripTest.export(store, "openreferral", "trafford", Audience.PUBLIC)
                    .get("openreferral.json"));
            assertEquals("MyCity Civic Center", find(out.path("location"), PLACE).path("name").asText(),
                    "the service's location comes back with its own id and name");
            assertEquals(PLACE, out.path("service_at_location").path(0).path("location_id").asText());
            assertEquals(SERVICE, out.path("service_at_location").path(0).path("service_id").asText());
        }
        String second = NESTED_SERVICE.replace(SERVICE, "0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6")
                .replace("Community Counselling", "Peer Support")
                .replace("ae58cc39-8b70-4ab1-8aea-786882e5ac8e", "be58cc39-8b70-4ab1-8aea-786882e5ac8e")
                .replace("e94c9f38-1e8f-4564-91d4-d53501ab1765", "f94c9f38-1e8f-4564-91d4-d53501ab1765");
        String page = "{\"total_items\": 2, \"total_pages\": 1, \"page_number\": 1, \"size\": 2, \"first_page\": true,"
                + " \"last_page\": true, \"empty\": false, \"contents\": [" + NESTED_SERVICE + ", " + second + "]}";
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, bytes("service_list.json", page), OPTIONS);
            assertEquals(3, result.created(), "two services and their one organisation: " + result);
            assertEquals("Peer Support", store.get(StandardKinds.ASSET, "0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6")
                    .orElseThrow().value().name());
        }
    }

    @Test
    void aServiceHeldAtAPlaceOfTheMapIsExportedAtThatPlaceAndComesBackSo() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford"); LocalityStore again = RoundTripTest.frame("trafford")) {
            load(store, bytes("tabular.json", TABULAR), OPTIONS);
            load(store, bytes("service_full.json", NESTED_SERVICE), OPTIONS);
            assertEquals(PLACE, store.get(StandardKinds.ASSET, SERVICE).orElseThrow().value().venue().orElseThrow().id());
            Map<String, byte[]> first = RoundTripTest.export(store, "openreferral", "trafford", Audience.PUBLIC);
            JsonNode out = JSON.readTree(first.get("openreferral.json"));
            int places = 0;
            for (JsonNode l : out.path("location")) {
                places += l.path("id").asText().equals(PLACE) ? 1 : 0;
            }
            assertEquals(1, places, "the place once, the service held there: " + out.path("location"));
            assertEquals(PLACE, out.path("service_at_location").path(0).path("location_id").asText());
            // the place of the map comes back as a place, and the service as held there
            RoundTripTest.importFile(again, "openreferral", "trafford", "openreferral.json", first.get("openreferral.json"));
            assertEquals(AssetCategory.PHYSICAL, again.get(StandardKinds.ASSET, PLACE).orElseThrow().value().category());
            assertEquals(PLACE, again.get(StandardKinds.ASSET, SERVICE).orElseThrow().value().venue().orElseThrow().id());
            RoundTripTest.assertSameFiles(first, RoundTripTest.export(again, "openreferral", "trafford", Audience.PUBLIC),
                    "a place of the map with a service held there");
        }
    }

    @Test
    void aServiceAtLocationAsTheApiReturnsItAndATaxonomyLand() throws IOException {
        String serviceAtLocation = "{\"id\": \"e94c9f38-1e8f-4564-91d4-d53501ab1765\", \"service\": " + NESTED_SERVICE
                .replace("e94c9f38-1e8f-4564-91d4-d53501ab1765", "f94c9f38-1e8f-4564-91d4-d53501ab1765") + "}";
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, bytes("service_at_location_full.json", serviceAtLocation), OPTIONS);
            assertEquals(2, result.created(), "the service and its organisation: " + result);
            assertServiceAndOrganisation(store);
            // a page of two service_at_locations of the one service: the service is one record, not two
            String second = serviceAtLocation.replaceFirst("e94c9f38-1e8f-4564-91d4-d53501ab1765",
                    "a94c9f38-1e8f-4564-91d4-d53501ab1765");
            ImportResult page = load(store, bytes("service_at_location_list.json", "{\"total_items\": 2, \"contents\": ["
                    + serviceAtLocation + ", " + second + "]}"), OPTIONS);
            assertEquals(2, page.total(), page.toString());
            // a taxonomy alone holds no service, place or organisation: nothing to write, and nothing refused
            ImportResult taxonomy = load(store, bytes("taxonomy.json", "{\"id\": \"5c4d79d7-cc55-470e-9f1f-8cad074e4892\","
                    + " \"name\": \"name\", \"description\": \"description\", \"uri\": \"http://example.com\","
                    + " \"version\": \"version\"}"), OPTIONS);
            assertEquals(0, taxonomy.total(), taxonomy.toString());
            ImportException base = assertThrows(ImportException.class, () -> load(store, bytes("base.json",
                    "{\"version\": \"3.0\", \"profile\": \"https://path/to/profile\", \"openapi_url\": \"https://x\"}"),
                    OPTIONS));
            assertTrue(base.getMessage().contains("is the Open Referral API's base response"), base.getMessage());
        }
    }

    @Test
    void aTabularPackageAsTheUkProfileDescribesItLands(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("datapackage.json"), """
                {"name": "example", "profile": "tabular-data-package", "resources": [
                  {"name": "organization", "path": "organizations.csv"},
                  {"name": "service", "path": "services.csv"},
                  {"name": "location", "path": "locations.csv"},
                  {"name": "phone", "path": "phones.csv"}]}
                """);
        Files.writeString(folder.resolve("organizations.csv"), "id,name,description,website,logo\n"
                + ORG + ",Example Organization Inc.,A non-profit organization providing services,http://example.com,"
                + "http://example.com/logo.png\n");
        Files.writeString(folder.resolve("services.csv"), "id,organization_id,name,description,url,status\n"
                + SERVICE + "," + ORG + ",Community Counselling,Counselling by trained professionals,"
                + "http://example.com/counselling,active\n");
        Files.writeString(folder.resolve("locations.csv"), "id,location_type,name,description,latitude,longitude\n"
                + PLACE + ",physical,MyCity Civic Center,Facilities,53.46,-2.29\n");
        Files.writeString(folder.resolve("phones.csv"), "id,service_id,number\n1554f2e2-a373-45db-a3fa-9fc48a61c15e,"
                + SERVICE + ",+44 1234 234567\n");
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, ImportSource.file(folder.resolve("datapackage.json")),
                    Map.of("locality", "old-trafford-stretford", "category", "ASSOCIATIONS"));
            assertEquals(3, result.created(), result.toString());
            assertServiceAndOrganisation(store);
            assertEquals(53.46, store.get(StandardKinds.ASSET, PLACE).orElseThrow().value().location().orElseThrow()
                    .latitude(), 1e-9);
            assertTrue(result.notKept().contains("phone (a table): 1 record"), result.notKept().toString());
            assertTrue(result.notKept().contains("organization.logo: 1 record"), result.notKept().toString());
        }
    }

    @Test
    void aServiceThatCannotBePlacedIsRefusedByNameAndNothingIsWritten() {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportException e = assertThrows(ImportException.class, () -> load(store, bytes("tabular.json", TABULAR),
                    Map.of("categories", "counselling:ASSOCIATIONS")));
            assertTrue(e.getMessage().contains("Community Counselling) names no locality: give the council's ward"
                    + " boundaries for its coordinates (option wardBoundaries=FILE.geojson) or its postcodes and their"
                    + " wards (option wardLookup=FILE.csv), or the locality"), e.getMessage());
            ImportException noCategory = assertThrows(ImportException.class, () -> load(store,
                    bytes("tabular.json", TABULAR), Map.of("locality", "old-trafford-stretford")));
            assertTrue(noCategory.getMessage().contains("Community Counselling) has no ABCD category"),
                    noCategory.getMessage());
            assertEquals(0, store.all(StandardKinds.ASSET).size());
            assertEquals(0, store.all(StandardKinds.ORGANISATION).size());
        }
    }

    @Test
    void theExportedTabularPackageHasEveryFieldTheUkProfileRequires() throws IOException {
        JsonNode profile;
        try (InputStream in = getClass().getResourceAsStream("/openreferral/uk-profile-required-fields.json")) {
            profile = JSON.readTree(in).path("resources");
        }
        try (LocalityStore store = RoundTripTest.full("trafford")) {
            Map<String, byte[]> files = RoundTripTest.export(store, "openreferral", "trafford", Audience.PUBLIC);
            JsonNode pkg = JSON.readTree(files.get("datapackage.json"));
            Map<String, JsonNode> resources = new HashMap<>();
            pkg.path("resources").forEach(r -> resources.put(r.path("name").asText(), r));
            profile.fields().forEachRemaining(entry -> {
                String name = entry.getKey();
                JsonNode resource = resources.get(name);
                assertTrue(resource != null, "the package has the profile's resource " + name);
                assertEquals(entry.getValue().path("path").asText(), resource.path("path").asText(), name);
                List<List<String>> rows = ExportFixture.parseCsv(new String(files.get(resource.path("path").asText()),
                        StandardCharsets.UTF_8));
                assertFalse(rows.size() < 2, name + " has rows");
                for (JsonNode field : entry.getValue().path("required")) {
                    int column = rows.get(0).indexOf(field.asText());
                    assertTrue(column >= 0, name + "." + field.asText() + " is a column of " + rows.get(0));
                    boolean declared = false;
                    for (JsonNode f : resource.path("schema").path("fields")) {
                        declared |= f.path("name").asText().equals(field.asText());
                    }
                    assertTrue(declared, name + "." + field.asText() + " is declared in datapackage.json");
                    for (List<String> row : rows.subList(1, rows.size())) {
                        assertFalse(row.get(column).isBlank(), name + "." + field.asText() + " is given in " + row);
                    }
                }
            });
        }
    }

    /** Two square wards of Trafford's, as a council's ward boundaries file gives them (ONS property names). */
    private static final String WARDS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"WD23CD": "E05000829", "WD23NM": "Gorse Hill"},
               "geometry": {"type": "Polygon", "coordinates": [[[-2.30, 53.45], [-2.28, 53.45], [-2.28, 53.47],
                 [-2.30, 53.47], [-2.30, 53.45]]]}},
              {"type": "Feature", "properties": {"WD23CD": "E05000835", "WD23NM": "Sale Moor"},
               "geometry": {"type": "MultiPolygon", "coordinates": [[[[-2.33, 53.41], [-2.31, 53.41], [-2.31, 53.43],
                 [-2.33, 53.43], [-2.33, 53.41]]]]}}]}
            """;

    @Test
    void theCouncilsWardBoundariesPlaceARecordByItsCoordinates(@TempDir Path folder) throws IOException {
        Path wards = folder.resolve("wards.geojson");
        Files.writeString(wards, WARDS);
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, bytes("tabular.json", TABULAR), Map.of("wardBoundaries", wards.toString(),
                    "locality", "sale", "categories", "counselling:ASSOCIATIONS"));
            assertEquals(3, result.created(), result.toString());
            Asset place = store.get(StandardKinds.ASSET, PLACE).orElseThrow().value();
            assertEquals("old-trafford-stretford", place.localityId(), "placed by its ward's boundary");
            assertEquals(Optional.of("E05000829"), place.wardId());
            assertEquals("sale", store.get(StandardKinds.ASSET, SERVICE).orElseThrow().value().localityId(),
                    "a service with no coordinates takes the locality option");
        }
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            String elsewhere = TABULAR.replace("\"latitude\": 53.46, \"longitude\": -2.29",
                    "\"latitude\": 51.5, \"longitude\": -0.12");
            ImportException e = assertThrows(ImportException.class, () -> load(store, bytes("tabular.json", elsewhere),
                    Map.of("wardBoundaries", wards.toString(), "category", "ASSOCIATIONS")));
            assertTrue(e.getMessage().contains("(MyCity Civic Center) names no locality and no ward holds its"
                    + " coordinates or postcode"), e.getMessage());
            assertEquals(0, store.all(StandardKinds.ASSET).size());

            Path strangers = folder.resolve("other-council.geojson");
            Files.writeString(strangers, WARDS.replace("E05000829", "E05009999").replace("E05000835", "E05009998"));
            org.localityworking.core.ValidationException bad = assertThrows(
                    org.localityworking.core.ValidationException.class, () -> load(store, bytes("tabular.json", TABULAR),
                            Map.of("wardBoundaries", strangers.toString(), "category", "ASSOCIATIONS")));
            assertEquals("ImportRequest.options.wardBoundaries", bad.field());
            assertTrue(bad.rule().contains("each naming a ward in the store"), bad.rule());
        }
    }

    @Test
    void aPostcodeLookupPlacesARecordByItsAddress(@TempDir Path folder) throws IOException {
        Path lookup = folder.resolve("postcodes.csv");
        // as the ONS's postcode directory gives them, another council's row among them
        Files.writeString(lookup, "pcds,wd23cd,lad23cd\nM32 0TH,E05000829,E08000009\nSW1A 1AA,E05013806,E09000033\n");
        String noPoint = TABULAR.replace(", \"latitude\": 53.46, \"longitude\": -2.29", "")
                .replace("\"phone\": [", "\"address\": [{\"id\": \"74706e55-df26-4b84-80fe-ecc30b5befb4\", \"location_id\": \""
                        + PLACE + "\", \"address_1\": \"1 Hall Lane\", \"city\": \"Stretford\", \"postal_code\": \"m32 0th\","
                        + " \"country\": \"GB\"}],\n \"phone\": [");
        assertFalse(noPoint.equals(TABULAR));
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, bytes("tabular.json", noPoint), Map.of("wardLookup", lookup.toString(),
                    "locality", "sale", "categories", "counselling:ASSOCIATIONS"));
            assertEquals(3, result.created(), result.toString());
            Asset place = store.get(StandardKinds.ASSET, PLACE).orElseThrow().value();
            assertEquals("old-trafford-stretford", place.localityId(), "placed by its postcode's ward");
            assertEquals(Optional.of("E05000829"), place.wardId());
            assertTrue(result.notKept().contains("address.postal_code: 1 record"), "used to place, not kept: "
                    + result.notKept());
            assertTrue(result.notKept().contains("address.address_1: 1 record"), result.notKept().toString());
        }
        Path wrong = folder.resolve("wrong.csv");
        Files.writeString(wrong, "code,name\nM32 0TH,Gorse Hill\n");
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            org.localityworking.core.ValidationException bad = assertThrows(
                    org.localityworking.core.ValidationException.class, () -> load(store, bytes("tabular.json", TABULAR),
                            Map.of("wardLookup", wrong.toString(), "category", "ASSOCIATIONS")));
            assertEquals("ImportRequest.options.wardLookup", bad.field());
            assertTrue(bad.rule().contains("a postcode column"), bad.rule());
        }
    }
}
