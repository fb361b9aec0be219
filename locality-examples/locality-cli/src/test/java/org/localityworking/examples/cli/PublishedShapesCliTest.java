package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * From the command line, a service as the Open Referral API returns it (in the shape of the UK profile's
 * {@code service_full.json}) and a 360Giving spreadsheet from another funder: refused by name until the file is
 * placed, then imported with {@code --locality}, the line printed saying what was not kept.
 */
class PublishedShapesCliTest {
    @TempDir
    Path dir;

    private static final String SERVICE = """
            {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Community Counselling",
             "description": "Counselling by trained professionals", "url": "http://example.com/counselling",
             "status": "active", "fees": "fees_description",
             "schedules": [{"id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "WEEKLY"}],
             "organization": {"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "Example Organization Inc.",
               "description": "A non-profit", "website": "http://example.com"},
             "service_at_locations": [{"id": "e94c9f38-1e8f-4564-91d4-d53501ab1765"}],
             "attributes": [{"id": "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", "link_type": "link_type"}]}
            """;

    private String loaded() {
        String location = "sqlite:" + dir.resolve("store.db");
        try (LocalityStore s = Stores.open(location)) {
            ExampleData.trafford().loadInto(s);
        }
        return location;
    }

    @Test
    void aServiceAsTheApiReturnsItIsRefusedByNameThenPlacedWithLocality() throws IOException {
        String store = loaded();
        Path file = dir.resolve("service_full.json");
        Files.writeString(file, SERVICE);
        Cli refused = Cli.run("import", "openreferral", file.toString(), "--council", "trafford", "--store", store);
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.err().contains("(Community Counselling) has no ABCD category"), refused.err());
        assertFalse(refused.err().contains("\tat "), "no stack trace: " + refused.err());

        Cli both = Cli.run("import", "openreferral", file.toString(), "--council", "trafford", "--store", store,
                "--locality", "sale", "--option", "locality=old-trafford-stretford", "--option", "category=ASSOCIATIONS");
        assertEquals(2, both.exit(), both.out());
        assertTrue(both.err().contains("name different localities"), both.err());

        Cli placed = Cli.run("import", "openreferral", file.toString(), "--council", "trafford", "--store", store,
                "--locality", "sale", "--option", "category=ASSOCIATIONS");
        assertEquals(0, placed.exit(), placed.err());
        assertTrue(placed.out().contains("Imported 2 records from service_full.json"), placed.out());
        assertTrue(placed.out().contains("service.fees: 1 record") && placed.out().contains("service.schedules: 1 record"),
                placed.out());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals("sale", s.get(StandardKinds.ASSET, "ac148810-d857-441c-9679-408f346de14b").orElseThrow().value()
                    .localityId());
        }
    }

    @Test
    void aFlattenedSpreadsheetFromAnotherFunderImports() throws IOException {
        String store = loaded();
        Path file = dir.resolve("grants.csv");
        Files.writeString(file, "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,"
                + "Recipient Org:Name,Recipient Org:Charity Number,Recipient Org:Street Address,Funding Org:Identifier,"
                + "Funding Org:Name,Grant Programme:Title,Beneficiary Location:0:Name,Beneficiary Location:0:Geographic Code\n"
                + "360G-cf-1,Hall roof,Mending the roof,GBP,4500,2025-06-30,GB-CHC-1164859,Stretford Public Hall,1164859,"
                + "1 Hall Lane,GB-CHC-1999999,Example Community Foundation,Community Buildings,Gorse Hill,E05000829\n");
        Cli r = Cli.run("import", "360giving", file.toString(), "--council", "trafford", "--store", store,
                "--option", "prefix=360G-trafford", "--option", "funderId=GB-LAE-TRF");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("recipientOrganization.streetAddress in 1 grant"), r.out());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals("GB-CHC-1999999", s.get(StandardKinds.GRANT, "360G-cf-1").orElseThrow().value().funderId()
                    .orElseThrow());
        }
    }
}
