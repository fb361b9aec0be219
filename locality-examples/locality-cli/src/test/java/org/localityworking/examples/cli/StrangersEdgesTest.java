package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.WardPart;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * The edges a stranger's input reached, each through the command line on an SQLite store, each with its exact
 * outcome: the one line printed, the exit code, and the store (and the disk) as they must be afterwards.
 */
class StrangersEdgesTest {
    @TempDir
    Path dir;

    private String store;
    private Path db;

    @BeforeEach
    void trafford() {
        db = dir.resolve("trafford.db");
        store = "sqlite:" + db;
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /**
     * Exit 1, no stack trace, and one line on standard error (an import's refusal: its one line, then the line of
     * its one problem).
     */
    private static void refusedInOneLine(Cli r, String... expected) {
        assertEquals(1, r.exit(), r.out() + r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertTrue(lines.size() == 1 || (lines.size() == 2 && lines.get(0).endsWith(": 1 problem; nothing was imported")),
                "one line: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), "expected '" + e + "' in: " + r.err());
        }
    }

    private <T> int count(Kind<T> kind) {
        try (LocalityStore s = Stores.open(store)) {
            return s.all(kind).size();
        }
    }

    private static Set<String> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return Set.of();
        }
        try (var walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void aLoneSurrogateInASnapshotIsRefusedWhereTheRecordIsBuilt() throws IOException {
        int before = count(StandardKinds.ORGANISATION);
        Path file = write("surrogate.json", "{\"format\": \"locality-working-snapshot\", \"version\": 1,\n"
                + " \"records\": {\"organisation\": [\n   {\"id\": \"o-sur\", \"name\": \"Friends \\ud800 of the park\","
                + " \"sector\": \"VCSE\", \"kind\": \"OTHER\", \"localityId\": null}]}}\n");
        Cli r = Cli.run("import", "snapshot", file.toString(), "--store", store);
        refusedInOneLine(r, "surrogate.json: 1 problem", "line 3, column 4 (records.organisation[0] (Organisation.name))",
                "\"Friends \\ud800 of the park\"", "must be well-formed Unicode", "lone half of a surrogate pair");
        assertEquals(before, count(StandardKinds.ORGANISATION));
    }

    @Test
    void aLoneSurrogateInACouncilsConfigurationIsRefusedAndNoStoreIsCreated() throws IOException {
        String config;
        try (var in = getClass().getResourceAsStream("/org/localityworking/core/config/herefordshire.properties")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        config = config.replace("council.id=herefordshire", "council.id=ashcombe")
                .replace("council.name=Herefordshire Council", "council.name=Ashcombe \\ud800 Council");
        Path file = write("ashcombe.properties", config);
        Path fresh = dir.resolve("new-store/ashcombe.db");
        Cli r = Cli.run("setup", file.toString(), "--store", "sqlite:" + fresh);
        refusedInOneLine(r, "Council.name", "\"Ashcombe \\ud800 Council\"", "lone half of a surrogate pair");
        assertFalse(Files.exists(dir.resolve("new-store")), "nothing created");
    }

    @Test
    void aPeopleFileWithOnlyIdAndNameChangesOnlyTheNames() throws IOException {
        Person before;
        try (LocalityStore s = Stores.open(store)) {
            before = s.all(StandardKinds.PERSON).stream().map(v -> v.value())
                    .filter(p -> p.contact().email().isPresent() && !p.roles().isEmpty()).findFirst().orElseThrow();
        }
        Path file = write("names.csv", "id,name\n" + before.id() + ",Renamed Resident\n");
        Cli r = Cli.run("import", "people", file.toString(), "--store", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 created, 1 updated"), r.out());
        try (LocalityStore s = Stores.open(store)) {
            Person after = s.get(StandardKinds.PERSON, before.id()).orElseThrow().value();
            assertEquals("Renamed Resident", after.name());
            assertEquals(before.contact(), after.contact(), "the columns the file lacks are as they were");
            assertEquals(before.homeWardId(), after.homeWardId());
            assertEquals(before.roles(), after.roles());
        }
        // a column that is there but blank clears the value
        Path blank = write("blank-email.csv", "id,name,email\n" + before.id() + ",Renamed Resident,\n");
        assertEquals(0, Cli.run("import", "people", blank.toString(), "--store", store).exit());
        try (LocalityStore s = Stores.open(store)) {
            Person after = s.get(StandardKinds.PERSON, before.id()).orElseThrow().value();
            assertEquals(Optional.empty(), after.contact().email());
            assertEquals(before.roles(), after.roles());
        }
    }

    @Test
    void anExportNeverWritesOntoTheStoreItReads() throws IOException {
        byte[] before = Files.readAllBytes(db);
        for (String target : List.of(db.toString(), db + "-wal", dir.resolve(".").resolve("trafford.db").toString())) {
            Cli r = Cli.run("export", "--council", "trafford", "--format", "snapshot", "--out", target, "--store", store);
            refusedInOneLine(r, "is the store this export reads", "Nothing was written");
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)) || count(StandardKinds.COUNCIL) == 1);
        try (LocalityStore s = Stores.open(store)) {
            assertTrue(s.get(StandardKinds.COUNCIL, "trafford").isPresent(), "the store still opens and holds its data");
        }
        assertFalse(Files.exists(Path.of(db + ".manifest.json")));
    }

    @Test
    void theApostropheGuardTakesOffOnlyTheApostropheTheExporterAdded() throws IOException {
        List<String> descriptions = List.of("'Tis the season", "'", "''", "'=not a formula", "=1+1", " =1+1", "\"=1+1",
                "\n=1+1", "\uff1d1+1", "\uff0b1", "@SUM(A1)", "-5 degrees", "'-5", "plain");
        StringBuilder csv = new StringBuilder("id,locality,name,description,category\n");
        for (int i = 0; i < descriptions.size(); i++) {
            // written as a stranger's spreadsheet would (quoted where needed), not through our exporter
            csv.append("ap-").append(i).append(",sale,Apostrophe ").append(i).append(",\"")
                    .append(descriptions.get(i).replace("\"", "\"\"")).append("\",PHYSICAL\n");
        }
        Path file = write("apostrophes.csv", csv.toString());
        Cli r = Cli.run("import", "assets", file.toString(), "--store", store);
        // a stranger's cells are taken as they are, except one apostrophe before a would-be formula
        assertEquals(0, r.exit(), r.err());
        List<String> expected = List.of("'Tis the season", "'", "''", "=not a formula", "=1+1", " =1+1", "\"=1+1",
                "\n=1+1", "\uff1d1+1", "\uff0b1", "@SUM(A1)", "-5 degrees", "'-5", "plain");
        try (LocalityStore s = Stores.open(store)) {
            for (int i = 0; i < descriptions.size(); i++) {
                assertEquals(expected.get(i), s.get(StandardKinds.ASSET, "ap-" + i).orElseThrow().value().description(),
                        "cell " + i + ": " + descriptions.get(i));
            }
        }
        // our own export guards every would-be formula, and imports back to exactly the same values
        Path out = dir.resolve("csv-out");
        assertEquals(0, Cli.run("export", "--council", "trafford", "--format", "csv", "--audience", "INTERNAL", "--out",
                out.toString(), "--store", store).exit());
        String exported = Files.readString(out.resolve("assets.csv"), StandardCharsets.UTF_8);
        for (String formula : List.of("=1+1", " =1+1", "\"=1+1", "\n=1+1", "\uff1d1+1", "\uff0b1", "@SUM(A1)", "-5 degrees")) {
            assertFalse(exported.contains("," + formula.replace("\"", "\"\"")) || exported.contains(",\"" + formula
                    .replace("\"", "\"\"")), "a formula cell went out unguarded: " + formula);
        }
        String fresh = "sqlite:" + dir.resolve("fresh.db");
        try (LocalityStore s = Stores.open(fresh)) {
            ExampleData.trafford().loadInto(s);
        }
        assertEquals(0, Cli.run("import", "assets", out.resolve("assets.csv").toString(), "--store", fresh).exit());
        try (LocalityStore s = Stores.open(fresh)) {
            for (int i = 0; i < descriptions.size(); i++) {
                assertEquals(expected.get(i), s.get(StandardKinds.ASSET, "ap-" + i).orElseThrow().value().description(),
                        "round trip of cell " + i);
            }
        }
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefused() throws IOException {
        int before = count(StandardKinds.ASSET);
        Path file = write("twice.csv", "id,locality,name,description,category,name\nt-1,sale,First,d,PHYSICAL,Second\n");
        refusedInOneLine(Cli.run("import", "assets", file.toString(), "--store", store),
                "twice.csv: 1 problem", "line 1, column name: \"name\" appears twice in the header");
        assertEquals(before, count(StandardKinds.ASSET));
    }

    @Test
    void aSnapshotKeyGivenTwiceIsRefused() throws IOException {
        int before = count(StandardKinds.ORGANISATION);
        Path file = write("key-twice.json", "{\"format\": \"locality-working-snapshot\", \"version\": 1,\n"
                + " \"records\": {\"organisation\": [\n   {\"id\": \"o-one\", \"id\": \"o-two\", \"name\": \"Twice\","
                + " \"sector\": \"VCSE\", \"kind\": \"OTHER\", \"localityId\": null}]}}\n");
        refusedInOneLine(Cli.run("import", "snapshot", file.toString(), "--store", store),
                "key-twice.json: 1 problem", "line 3, column 24: is not valid JSON: Duplicate field 'id'");
        assertEquals(before, count(StandardKinds.ORGANISATION));
    }

    @Test
    void snapshotRecordsOfAnUnknownKindAreRefused() throws IOException {
        int before = count(StandardKinds.ORGANISATION);
        Path file = write("spaceship.json", "{\"format\": \"locality-working-snapshot\", \"version\": 1,\n"
                + " \"records\": {\"organisation\": [\n   {\"id\": \"o-ok\", \"name\": \"Fine\", \"sector\": \"VCSE\","
                + " \"kind\": \"OTHER\", \"localityId\": null}],\n \"spaceship\": [\n   {\"id\": \"s-1\"}]}}\n");
        refusedInOneLine(Cli.run("import", "snapshot", file.toString(), "--store", store),
                "spaceship.json: 1 problem", "line 5, column 4 (records.spaceship): \"spaceship\" is not a kind of record this store"
                        + " holds, so its records would be lost");
        assertEquals(before, count(StandardKinds.ORGANISATION));
    }

    /** The count the CLI's "Left out:" line gives for organisations no export can claim, 0 when it names none. */
    private static long unplacedOrganisations(Cli r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+) organisations with no locality, not in"
                + " this export").matcher(r.out());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void anOrganisationWithNoLocalityIsListedAsLeftOut() throws IOException {
        Cli csvBefore = Cli.run("export", "--council", "trafford", "--format", "csv", "--audience", "INTERNAL", "--out",
                dir.resolve("csv-before").toString(), "--store", store);
        assertEquals(0, csvBefore.exit(), csvBefore.err());
        try (LocalityStore s = Stores.open(store)) {
            s.create(StandardKinds.ORGANISATION, new Organisation("o-nowhere", "Friends of Nowhere", Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()));
        }
        // the snapshot holds every organisation its records name: the new one is the only one it leaves out
        Cli snapshot = Cli.run("export", "--council", "trafford", "--format", "snapshot", "--out",
                dir.resolve("s.json").toString(), "--store", store);
        assertEquals(0, snapshot.exit(), snapshot.err());
        assertEquals(1, unplacedOrganisations(snapshot), snapshot.out());
        assertFalse(Files.readString(dir.resolve("s.json")).contains("o-nowhere"));
        assertTrue(Files.readString(dir.resolve("s.json.manifest.json")).contains(
                "\"what\" : \"organisations with no locality, not in this export\""));
        // the CSV export (the asset map and the people list) leaves out one more than it did
        Cli csv = Cli.run("export", "--council", "trafford", "--format", "csv", "--audience", "INTERNAL", "--out",
                dir.resolve("csv").toString(), "--store", store);
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(unplacedOrganisations(csvBefore) + 1, unplacedOrganisations(csv), csv.out());
    }

    @Test
    void outputProblemsAreOneLineAndARefusedExportLeavesNothing() throws IOException {
        Path aFile = write("a-file.txt", "not a folder");
        refusedInOneLine(Cli.run("export", "--council", "trafford", "--format", "csv", "--out", aFile.toString(),
                "--store", store), "--out = \"" + aFile + "\"", "is a file, but the csv export writes a folder");
        assertEquals("not a folder", Files.readString(aFile));
        refusedInOneLine(Cli.run("export", "--council", "trafford", "--format", "csv", "--out",
                aFile.resolve("inside").toString(), "--store", store), "a-file.txt");
        refusedInOneLine(Cli.run("export", "--council", "trafford", "--format", "csv", "--out",
                "/proc/locality-no-such/out", "--store", store), "/proc/locality-no-such");
        refusedInOneLine(Cli.run("export", "--council", "trafford", "--format", "snapshot", "--out",
                aFile.resolve("s.json").toString(), "--store", store), "a-file.txt");
        // a refused export (an unknown council) leaves no folder or file behind
        Path missing = dir.resolve("missing/deeper");
        refusedInOneLine(Cli.run("export", "--council", "atlantis", "--format", "csv", "--out", missing.toString(),
                "--store", store), "atlantis");
        assertFalse(Files.exists(dir.resolve("missing")), "nothing created: " + filesUnder(dir.resolve("missing")));
        refusedInOneLine(Cli.run("export", "--council", "atlantis", "--format", "snapshot", "--out",
                missing.resolve("s.json").toString(), "--store", store), "atlantis");
        assertFalse(Files.exists(dir.resolve("missing")));
        // and a good one into a missing folder creates it
        assertEquals(0, Cli.run("export", "--council", "trafford", "--format", "snapshot", "--out",
                missing.resolve("s.json").toString(), "--store", store).exit());
        assertTrue(Files.isRegularFile(missing.resolve("s.json")));
    }

    @Test
    void aRefusedImportIntoANewStoreCreatesNothing() throws IOException {
        Path bad = write("bad.csv", "id,locality,name,description,category\nb-1,atlantis,N,d,PHYSICAL\n");
        Path fresh = dir.resolve("nowhere-yet/deeper/new.db");
        refusedInOneLine(Cli.run("import", "assets", bad.toString(), "--store", "sqlite:" + fresh),
                "must hold the council the file belongs to: set the council up first from its configuration file");
        assertFalse(Files.exists(dir.resolve("nowhere-yet")), "no folders, no empty database: "
                + filesUnder(dir.resolve("nowhere-yet")));
    }

    @Test
    void storeOptionsInTheLocationAreParsedOrRefusedByName() throws IOException {
        Path file = dir.resolve("opts/x.db");
        Path csv = write("one.csv", "id,locality,name,description,category\n");
        Cli ok = Cli.run("setup", write("c.properties", "council.id=c\ncouncil.name=C\n").toString(), "--store",
                "sqlite:" + file + "?busyTimeoutMs=100");
        // setup may refuse a configuration this small; either way no file is named with the query string
        assertFalse(Files.exists(Path.of(file + "?busyTimeoutMs=100")), "the query is options, not the file's name");
        try (LocalityStore s = Stores.open("sqlite:" + file + "?busyTimeoutMs=100")) {
            assertTrue(Files.isRegularFile(file), "opened " + s);
        }
        assertTrue(ok.exit() == 0 || ok.exit() == 1, ok.err());
        Path other = dir.resolve("bogus/y.db");
        refusedInOneLine(Cli.run("import", "assets", csv.toString(), "--store", "sqlite:" + other + "?bogus=1"),
                "options.bogus = \"1\"", "the JDBC provider takes only the options");
        assertFalse(Files.exists(dir.resolve("bogus")), "nothing created");
        refusedInOneLine(Cli.run("import", "assets", csv.toString(), "--store", "sqlite:" + other + "?busyTimeoutMs=soon"),
                "options.busyTimeoutMs = \"soon\"");
    }

    @Test
    void aDryRunRunsEveryCheckTheImportRunsByLineAndColumn() throws IOException {
        String otherWard;
        try (LocalityStore s = Stores.open(store)) {
            Locality sale = s.get(StandardKinds.LOCALITY, "sale").orElseThrow().value();
            Set<String> saleWards = sale.wards().stream().map(WardPart::wardId).collect(Collectors.toSet());
            otherWard = s.query(StandardKinds.LOCALITY, Query.all().council("trafford")).stream()
                    .flatMap(v -> v.value().wards().stream().map(WardPart::wardId))
                    .filter(w -> !saleWards.contains(w)).findFirst().orElseThrow();
        }
        int before = count(StandardKinds.ASSET);
        Path file = write("elsewhere.csv", "id,locality,ward,name,description,category\nw-1,sale,ok,Fine,d,PHYSICAL\n"
                .replace(",ok,", ",,") + "w-2,sale," + otherWard + ",Elsewhere,d,PHYSICAL\n");
        for (List<String> extra : List.of(List.of("--dry-run"), List.<String>of())) {
            List<String> args = new java.util.ArrayList<>(List.of("import", "assets", file.toString(), "--store", store));
            args.addAll(extra);
            Cli r = Cli.run(args.toArray(String[]::new));
            refusedInOneLine(r, "elsewhere.csv: 1 problem", "line 3, column ward: \"" + otherWard + "\" must be one of the wards"
                    + " of the asset's locality sale");
        }
        assertEquals(before, count(StandardKinds.ASSET));
    }

    @Test
    void noLinePrintsThePasswordOfAStoreLocation() throws IOException {
        String url = System.getenv("LOCALITY_TEST_POSTGRES_URL");
        assumeTrue(url != null && url.contains("password="), "needs LOCALITY_TEST_POSTGRES_URL with a password");
        String password = url.replaceAll(".*password=([^&]*).*", "$1");
        String schema = "edges_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:" + url);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String pg = url + "&currentSchema=" + schema;
        Path config = write("p.properties", new String(getClass().getResourceAsStream(
                "/org/localityworking/core/config/herefordshire.properties").readAllBytes(), StandardCharsets.UTF_8));
        Cli setup = Cli.run("setup", config.toString(), "--store", pg);
        assertEquals(0, setup.exit(), setup.err());
        Path csv = write("pg.csv", "id,locality,name,description,category\npg-1,bromyard,N,d,PHYSICAL\n");
        Cli imported = Cli.run("import", "assets", csv.toString(), "--store", pg);
        Cli refused = Cli.run("import", "assets", write("pg-bad.csv", "id,locality,name,description,category\n"
                + "pg-2,atlantis,N,d,PHYSICAL\n").toString(), "--store", pg);
        for (Cli r : List.of(setup, imported, refused)) {
            assertFalse((r.out() + r.err()).contains(password), "a line printed the password: " + r.out() + r.err());
        }
        assertTrue(imported.out().contains("password=***"), imported.out());
    }
}
