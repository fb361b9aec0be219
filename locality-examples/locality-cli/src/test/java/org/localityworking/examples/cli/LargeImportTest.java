package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * Imports stream: a file of 150,000 assets, and a 360Giving package of 100,000 grants, each go into a SQLite
 * store through the command line in a process with a 48 MB heap. Before the imports streamed, the whole file and
 * every record were held at once (about 650 MB for 100,000 CSV rows), so these processes would run out of memory.
 * Trafford's localities and wards from the example data (seed 001's localities; the ward E05000829 is one of
 * Trafford's in seed 000's grant records).
 */
class LargeImportTest {
    private static final int ROWS = 150_000;

    @TempDir
    Path dir;

    /** Loads Trafford's example data into a new store; @return how many records of the kind it then holds */
    private static int trafford(String store, Kind<?> kind) {
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
            return s.all(kind).size();
        }
    }

    /** Runs the command line in a process with a 48 MB heap; @return its output, once it has exited 0 */
    private String runIn48Megabytes(String... args) throws Exception {
        Path log = dir.resolve("import.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx48m", "-cp",
                System.getProperty("java.class.path"), LocalityCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the import did not finish in 10 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    @Test
    void aPackageOfOneHundredThousandGrantsImportsInA48MegabyteHeap() throws Exception {
        String store = "sqlite:" + dir.resolve("grants.db");
        int before = trafford(store, StandardKinds.GRANT);
        int grants = 100_000;
        Path file = dir.resolve("grants.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"grants\": [\n");
            for (int i = 0; i < grants; i++) {
                // one grant in ten to a person of their own, the rest to groups numbered below 2,000; three programmes
                String recipient = i % 10 == 0
                        ? "\"recipientIndividual\": {\"id\": \"360G-trafford-IND-" + i + "\", \"name\": \"Individual Recipient\"}"
                        : "\"recipientOrganization\": [{\"id\": \"360G-trafford-ORG-group-" + i % 2000 + "\", \"name\": \"Group "
                        + i % 2000 + "\"}]";
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"360G-trafford-large-" + i + "\", \"title\": \"Grant " + i
                        + "\", \"description\": \"For the work of a community group\", \"currency\": \"GBP\", \"amountAwarded\": "
                        + (100 + i % 900) + ", \"awardDate\": \"2016-0" + (1 + i % 9) + "-15\", " + recipient
                        + ", \"fundingOrganization\": [{\"id\": \"GB-LAE-TRF\", \"name\": \"Trafford Council\"}],"
                        + " \"grantProgramme\": [{\"code\": \"large-" + i % 3 + "\", \"title\": \"Programme " + i % 3 + "\"}],"
                        + " \"beneficiaryLocation\": [{\"name\": \"Ward\", \"geoCode\": \"E05000829\", \"geoCodeType\": \"WD\"}]}");
            }
            out.write("\n]}\n");
        }
        String output = runIn48Megabytes("import", "360giving", file.toString(), "--store", store, "--council", "trafford",
                "--option", "prefix=360G-trafford");
        // 100,000 grants, 10,000 people, 1,800 groups (a group whose number ends in 0 is never paid) and three
        // programmes; programme large-2's largest grant is 100 + 899
        assertTrue(output.contains("Imported 111803 records from grants.json") && output.contains("111803 created"), output);
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(before + grants, s.all(StandardKinds.GRANT).size());
            assertEquals(org.localityworking.core.model.Money.pounds(999),
                    s.get(StandardKinds.GRANT_SCHEME, "large-2").orElseThrow().value().capPerGrant());
            assertEquals("Grant 99999", s.get(StandardKinds.GRANT, "large-99999").orElseThrow().value().title());
        }
    }

    /**
     * An Open Referral directory of 50,000 services, each at a location of its own, with its attributes: the
     * tables in the order that is worst for a single pass (services first, their attributes last). The taxonomies,
     * terms and organisations are Trafford's own, exported from the example data; the file names its tables as this
     * library did before 1.1 (plural), which the importer still reads.
     */
    @Test
    void aDirectoryOfFiftyThousandServicesImportsInA48MegabyteHeap() throws Exception {
        String store = "sqlite:" + dir.resolve("directory.db");
        int before = trafford(store, StandardKinds.ASSET);
        Path exported = dir.resolve("exported");
        Cli export = Cli.run("export", "--council", "trafford", "--format", "openreferral", "--out", exported.toString(),
                "--store", store);
        assertEquals(0, export.exit(), export.err());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode trafford = json.readTree(exported.resolve("openreferral.json").toFile());
        // the terms a service's category, locality and record id attributes name, from Trafford's first service
        String firstService = trafford.path("service").path(0).path("id").asText();
        String owner = trafford.path("service").path(0).path("organization_id").asText();
        List<com.fasterxml.jackson.databind.JsonNode> terms = new ArrayList<>();
        trafford.path("attribute").forEach(a -> {
            if (a.path("link_id").asText().equals(firstService)) {
                terms.add(a);
            }
        });
        assertEquals(3, terms.size(), "a service's category, locality and record id: " + terms);
        int services = 50_000;
        Path file = dir.resolve("openreferral.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"services\": [\n");
            for (int i = 0; i < services; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"" + uuid("s", i) + "\", \"organization_id\": \"" + owner
                        + "\", \"name\": \"Service " + i + "\", \"description\": \"A service on a large directory\","
                        + " \"status\": \"active\"}");
            }
            out.write("],\n\"locations\": [\n");
            for (int i = 0; i < services; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"" + uuid("l", i) + "\", \"location_type\": \"physical\","
                        + " \"name\": \"Place " + i + "\", \"latitude\": 53.4" + i % 10 + ", \"longitude\": -2.3" + i % 7 + "}");
            }
            out.write("],\n\"service_at_locations\": [\n");
            for (int i = 0; i < services; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"" + uuid("a", i) + "\", \"service_id\": \"" + uuid("s", i)
                        + "\", \"location_id\": \"" + uuid("l", i) + "\"}");
            }
            out.write("],\n\"organizations\": " + json.writeValueAsString(trafford.path("organization")));
            out.write(",\n\"taxonomies\": " + json.writeValueAsString(trafford.path("taxonomy")));
            out.write(",\n\"taxonomy_terms\": " + json.writeValueAsString(trafford.path("taxonomy_term")));
            out.write(",\n\"attributes\": [\n");
            boolean first = true;
            for (com.fasterxml.jackson.databind.JsonNode a : trafford.path("attribute")) {
                if (a.path("link_type").asText().equals("organization")) {
                    out.write((first ? "" : ",\n") + json.writeValueAsString(a));
                    first = false;
                }
            }
            for (int i = 0; i < services; i++) {
                for (int t = 0; t < terms.size(); t++) {
                    com.fasterxml.jackson.databind.node.ObjectNode a = terms.get(t).deepCopy();
                    a.put("id", uuid("t" + t, i)).put("link_id", uuid("s", i));
                    if (a.has("value")) {
                        a.put("value", "large-" + i);
                    }
                    out.write(",\n" + json.writeValueAsString(a));
                }
            }
            out.write("]}\n");
        }
        String output = runIn48Megabytes("import", "openreferral", file.toString(), "--store", store, "--council",
                "trafford");
        assertTrue(output.contains(services + " created, 0 updated"), output);
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(before + services, s.all(StandardKinds.ASSET).size());
            var last = s.get(StandardKinds.ASSET, "large-" + (services - 1)).orElseThrow().value();
            assertEquals("Service " + (services - 1), last.name());
            assertEquals(53.49, last.location().orElseThrow().latitude(), 1e-9);
        }
    }

    /** @return a UUID, different for each kind of row and number */
    private static String uuid(String kind, int i) {
        return java.util.UUID.nameUUIDFromBytes((kind + i).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void aFileOfOneHundredAndFiftyThousandRowsImportsInA48MegabyteHeap() throws Exception {
        String store = "sqlite:" + dir.resolve("large.db");
        int before = trafford(store, StandardKinds.ASSET);
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,locality,name,description,category\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("large-" + i + ",sale,Asset " + i + ",A place on the national list of community assets,"
                        + (i % 2 == 0 ? "Physical" : "Associations") + "\n");
            }
        }
        String output = runIn48Megabytes("import", "assets", file.toString(), "--store", store);
        assertTrue(output.contains("Imported 150000 assets from large.csv") && output.contains("150000 created"), output);
        assertTrue(output.lines().filter(l -> l.strip().startsWith("read ")).count() == ROWS / 10_000, output); // progress
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(before + ROWS, s.all(StandardKinds.ASSET).size());
            assertEquals("Asset 149999", s.get(StandardKinds.ASSET, "large-149999").orElseThrow().value().name());
        }
    }
}
