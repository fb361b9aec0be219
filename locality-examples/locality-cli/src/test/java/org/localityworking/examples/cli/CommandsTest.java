package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/** The CLI's commands, end to end, on SQLite files in a temporary folder. */
class CommandsTest {
    @TempDir
    Path dir;

    private String sqlite(String name) {
        return "sqlite:" + dir.resolve(name);
    }

    private String loaded(String name) {
        try (LocalityStore s = Stores.open(sqlite(name))) {
            ExampleData.both().forEach(d -> d.loadInto(s));
        }
        return sqlite(name);
    }

    @Test
    void demoWritesHtmlAndMarkdownForEveryLocalityAndCouncil() throws IOException {
        Path out = dir.resolve("reports");
        Cli r = Cli.run("demo", "--store", "memory:", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Wrote 360 report files"), r.out());
        List<String> localities = List.of("trafford/old-trafford-stretford", "trafford/sale", "trafford/south-trafford",
                "trafford/urmston-partington", "herefordshire/bromyard", "herefordshire/golden-valley",
                "herefordshire/hereford-north", "herefordshire/hereford-south", "herefordshire/kington",
                "herefordshire/ledbury", "herefordshire/leominster", "herefordshire/ross-on-wye", "herefordshire/wye-valley");
        assertEquals(13, localities.size());
        for (String l : localities) {
            assertTrue(Files.size(out.resolve(l).resolve("locality-profile.html")) > 1000, l);
            assertTrue(Files.size(out.resolve(l).resolve("locality-profile.md")) > 100, l);
        }
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"trafford/index.html\"") && index.contains("href=\"herefordshire/index.html\""),
                index);
        String front = Files.readString(out.resolve("trafford/index.html"));
        assertTrue(front.contains("href=\"sale/index.html\"") && front.contains("href=\"council/grants.html\""), front);
        String sale = Files.readString(out.resolve("trafford/sale/index.html"));
        assertTrue(sale.contains("href=\"asset-map.html\""), sale);
        assertTrue(Files.readString(out.resolve("trafford/sale/asset-map.html")).contains("href=\"asset-map.md\""),
                "each report page links its Markdown");
        assertTrue(Files.exists(out.resolve("herefordshire/council/gap-analysis.md")));
    }

    @Test
    void aCsvWithOneBadRowWritesNothingAndNamesTheRow() throws IOException {
        String store = loaded("bad.db");
        Path csv = dir.resolve("assets.csv");
        Files.writeString(csv, String.join("\r\n",
                "id,locality,ward,name,description,category,sensitive",
                "a-new-1,sale,E05000835,Sale Moor allotments,Allotments run by residents,Physical,no",
                "a-new-2,sale,E05000835,Sale Moor choir,A community choir,Associations,no",
                "a-new-3,sale,E05000835,Mystery,Not a category,Parks,no",
                "a-new-4,sale,E05000834,Repair cafe,Fix things together,Economic exchange,no", ""), StandardCharsets.UTF_8);
        Cli r = Cli.run("import", "assets", csv.toString(), "--store", store);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("line 4, column category: \"Parks\" must be one of"), r.err());
        assertTrue(r.err().contains("nothing was imported"), r.err());
        try (LocalityStore s = Stores.open(store)) {
            assertTrue(s.get(StandardKinds.ASSET, "a-new-1").isEmpty(), "the good rows were not written either");
            assertTrue(s.get(StandardKinds.ASSET, "a-new-4").isEmpty());
        }
    }

    @Test
    void aRowNamingAnUnknownLocalityIsReportedByLine() throws IOException {
        String store = loaded("unknown.db");
        Path csv = dir.resolve("assets.csv");
        Files.writeString(csv, "id,locality,name,description,category\na-1,atlantis,X,Y,Physical\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("import", "assets", csv.toString(), "--store", store);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("line 2, column locality: \"atlantis\" must name a locality already in the store"),
                r.err());
    }

    @Test
    void aHundredThousandRowsImportWithProgress() throws IOException {
        String store = loaded("big.db");
        Path csv = dir.resolve("big.csv");
        String[] localities = {"old-trafford-stretford", "sale", "south-trafford", "urmston-partington"};
        String[] cats = {"Physical", "Associations", "Institutions", "Individuals", "Economic exchange", "Stories and culture"};
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,locality,name,description,category\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("bulk-" + i + "," + localities[i % 4] + ",Asset " + i + ",\"Imported, row " + i + "\"," + cats[i % 6] + "\n");
            }
        }
        Cli r = Cli.run("import", "assets", csv.toString(), "--store", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("read 10,000 rows") && r.out().contains("read 100,000 rows"), r.out());
        assertTrue(r.out().contains("Imported 100000 assets"), r.out());
        try (LocalityStore s = Stores.open(store)) {
            // 25,000 imported into Sale beside the 3 assets the example data maps there.
            assertEquals(25_003, s.count(StandardKinds.ASSET, Query.all().locality("sale")));
            assertEquals("Imported, row 99999", s.get(StandardKinds.ASSET, "bulk-99999").orElseThrow().value().description());
            assertEquals(AssetCategory.ECONOMIC_EXCHANGE, s.get(StandardKinds.ASSET, "bulk-4").orElseThrow().value().category());
        }
    }

    @Test
    void aSnapshotRoundTripsAWholeCouncil() {
        String from = loaded("from.db");
        Path file = dir.resolve("trafford.json");
        Cli export = Cli.run("export", "--council", "trafford", "--out", file.toString(), "--store", from);
        assertEquals(0, export.exit(), export.err());
        Cli imported = Cli.run("import", "snapshot", file.toString(), "--store", sqlite("to.db"));
        assertEquals(0, imported.exit(), imported.err());
        Dataset trafford = ExampleData.trafford();
        try (LocalityStore a = Stores.open(from); LocalityStore b = Stores.open(sqlite("to.db"))) {
            for (Kind<?> kind : StandardKinds.all()) {
                assertEquals(trafford.all(kind).size(), b.all(kind).size(), kind.name() + ": Trafford's records only");
                for (Object value : trafford.all(kind)) {
                    assertEquals(value, get(b, kind, value), kind.name());
                }
            }
            assertTrue(b.get(StandardKinds.COUNCIL, "herefordshire").isEmpty(), "only Trafford was exported");
            assertEquals(95, b.all(StandardKinds.GRANT).size(), "16 M16 + 34 Make Sale Smile + 45 voluntary sector grants");
            assertTrue(a.get(StandardKinds.COUNCIL, "herefordshire").isPresent());
        }
    }

    private static <T> T get(LocalityStore s, Kind<T> kind, Object value) {
        return s.get(kind, kind.id(kind.type().cast(value))).orElseThrow().value();
    }

    @Test
    void reportWritesOneReportAndListsWhatThereIs() throws IOException {
        String store = loaded("report.db");
        Path file = dir.resolve("map.md");
        Cli r = Cli.run("report", "asset-map", "--council", "trafford", "--locality", "sale", "--format", "markdown",
                "--audience", "PUBLIC", "--out", file.toString(), "--store", store);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(file).startsWith("# ABCD asset map"));
        Cli list = Cli.run("report", "--list", "--store", store);
        assertTrue(list.out().contains("gap-analysis") && list.out().contains("Formats: "), list.out());
        Cli unknown = Cli.run("report", "nope", "--council", "trafford", "--store", store);
        assertEquals(2, unknown.exit(), "an unknown report id is a usage error");
        assertTrue(unknown.err().contains("Unknown report 'nope'. Known reports: locality-profile, asset-map,"),
                unknown.err());
        Cli format = Cli.run("report", "asset-map", "--council", "trafford", "--format", "pdf", "--store", store);
        assertEquals(2, format.exit(), "an unknown format id is a usage error");
        assertTrue(format.err().contains("Unknown format 'pdf'. Known formats: markdown, html, csv, json"), format.err());
        Cli export = Cli.run("export", "--council", "trafford", "--format", "xml", "--out", dir.resolve("x").toString(),
                "--store", store);
        assertEquals(2, export.exit(), "an unknown export format is a usage error");
        assertTrue(export.err().contains("Unknown format 'xml'. Known formats: 360giving, openreferral, geojson, csv,"
                + " snapshot, hexjson"), export.err());
        assertFalse(export.err().contains("org.localityworking"), "ids, not class names: " + export.err());
    }

    @Test
    void readOnlyCommandsRefuseAnSqliteFileThatDoesNotExist() {
        Path missing = dir.resolve("typo.db");
        Cli report = Cli.run("report", "asset-map", "--council", "trafford", "--store", "sqlite:" + missing);
        assertEquals(1, report.exit());
        assertTrue(report.err().contains("--store = \"sqlite:" + missing + "\" breaks the rule: names no store (the"
                + " file " + missing.toAbsolutePath().normalize() + " does not exist); this command works on data already there, so nothing"
                + " was created"), report.err());
        Cli export = Cli.run("export", "--council", "trafford", "--format", "csv", "--out", dir.resolve("out").toString(),
                "--store", "sqlite:" + missing);
        assertEquals(1, export.exit());
        assertTrue(export.err().contains("names no store"), export.err());
        assertFalse(Files.exists(missing), "no empty database was created");
    }

    @Test
    void peopleImportChecksEachRow() throws IOException {
        String store = loaded("people.db");
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,name,email,ward,roles\np-new,New Volunteer,new@example.org,E05000835,COMMUNITY_CONNECTOR@sale\n"
                + "p-bad,Bad Email,not-an-email,,\n", StandardCharsets.UTF_8);
        Cli bad = Cli.run("import", "people", csv.toString(), "--store", store);
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("line 3, column email: \"not-an-email\""), bad.err());
        Files.writeString(csv, "id,name,email,ward,roles\np-new,New Volunteer,new@example.org,E05000835,COMMUNITY_CONNECTOR@sale\n",
                StandardCharsets.UTF_8);
        Cli good = Cli.run("import", "people", csv.toString(), "--store", store);
        assertEquals(0, good.exit(), good.err());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals("New Volunteer", s.get(StandardKinds.PERSON, "p-new").orElseThrow().value().name());
        }
    }

    @Test
    void subjectAccessWritesADocumentOrJsonForOnePerson() throws IOException {
        String store = loaded("sar.db");
        Path html = dir.resolve("sar.html");
        Cli r = Cli.run("subject-access", "p-m16-1", "--out", html.toString(), "--store", store);
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Grants the council awarded to you"), page);
        Path json = dir.resolve("sar.json");
        assertEquals(0, Cli.run("subject-access", "p-m16-1", "--format", "json", "--out", json.toString(), "--store", store)
                .exit());
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"personId\" : \"p-m16-1\""));
        Cli unknown = Cli.run("subject-access", "p-nobody", "--store", store);
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("Person.id = \"p-nobody\""), unknown.err());
        Cli csv = Cli.run("subject-access", "p-m16-1", "--format", "csv", "--store", store);
        assertEquals(2, csv.exit(), "a document is html, markdown or json");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Choose a command"), r.err());
    }
}
