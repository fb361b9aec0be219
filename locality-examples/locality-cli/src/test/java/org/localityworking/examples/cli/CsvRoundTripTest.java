package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Tangibility;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * CSV safe both ways: every cell a spreadsheet could run is neutralised in the exported file, in every audience,
 * numbers stay numbers, and importing the file restores exactly what was stored, whitespace included.
 */
class CsvRoundTripTest {
    /** Text a spreadsheet would run, text that looks like it, and whitespace at both ends. */
    static final List<String> VECTORS = List.of("=1+1", "+44 161 496 0000", "-x", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
            "'quoted", "''twice", "=HYPERLINK(\"http://example.org\",\"click\")", "  spaces at both ends  ",
            " =1+1", "-1+1", "=", "'", "Caf\u00e9 \u2013 \"quoted\", with a comma", "line\nbreak");

    @TempDir
    Path dir;

    @Test
    void everyFormulaVectorRoundTripsExactlyAndNoCellRunsInASpreadsheet() throws IOException {
        String from = "sqlite:" + dir.resolve("from.db");
        List<Asset> assets = new ArrayList<>();
        try (LocalityStore s = Stores.open(from)) {
            ExampleData.trafford().loadInto(s);
            for (int i = 0; i < VECTORS.size(); i++) {
                String v = VECTORS.get(i);
                assets.add(Asset.builder().id("a-vector-" + i).localityId("sale").name(v.isBlank() ? "blank" : v)
                        .description(v).category(AssetCategory.PHYSICAL).tangibility(Tangibility.TANGIBLE)
                        .location(new GeoPoint(53.42, -2.32)).build());
            }
            s.runInTransaction(u -> assets.forEach(a -> u.save(StandardKinds.ASSET, a, 0)));
        }
        for (String audience : List.of("INTERNAL", "PUBLIC")) {
            Path out = dir.resolve("csv-" + audience);
            Cli export = Cli.run("export", "--council", "trafford", "--format", "csv", "--audience", audience,
                    "--out", out.toString(), "--store", from);
            assertEquals(0, export.exit(), export.err());
            String csv = Files.readString(out.resolve("assets.csv"), StandardCharsets.UTF_8);
            for (String cell : cells(csv)) {
                boolean number = cell.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
                assertTrue(cell.isEmpty() || number || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
                        audience + " assets.csv has a cell a spreadsheet would run: " + cell);
            }
            assertTrue(csv.contains("\"-2.32\""), "a negative longitude stays a number");
        }
        // import the INTERNAL file into an empty council: every vector comes back exactly
        String to = "sqlite:" + dir.resolve("to.db");
        try (LocalityStore s = Stores.open(to)) {
            ExampleData.trafford().loadInto(s);
            s.runInTransaction(u -> s.all(StandardKinds.ASSET).forEach(v -> u.delete(StandardKinds.ASSET, v.value().id(), v.version())));
        }
        Cli imported = Cli.run("import", "assets", dir.resolve("csv-INTERNAL").resolve("assets.csv").toString(),
                "--store", to);
        assertEquals(0, imported.exit(), imported.err());
        try (LocalityStore s = Stores.open(to)) {
            for (Asset a : assets) {
                assertEquals(Optional.of(a), s.get(StandardKinds.ASSET, a.id()).map(v -> v.value()),
                        "round trip of " + a.description().replace("\r", "\\r").replace("\t", "\\t"));
            }
        }
    }

    @Test
    void aFileSavedByExcelWithAByteOrderMarkImports() throws IOException {
        String store = "sqlite:" + dir.resolve("bom.db");
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
        }
        Path csv = dir.resolve("bom.csv");
        Files.write(csv, ("\uFEFFid,locality,name,description,category,tangibility\r\n"
                + "a-bom,sale,Sale Library, Books and a meeting room ,PHYSICAL,TANGIBLE\r\n").getBytes(StandardCharsets.UTF_8));
        Cli r = Cli.run("import", "assets", csv.toString(), "--store", store);
        assertEquals(0, r.exit(), r.err());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(" Books and a meeting room ", s.get(StandardKinds.ASSET, "a-bom").orElseThrow().value().description(),
                    "never trimmed");
        }
    }

    @Test
    void anUpdateFromAFileWithoutOptionalColumnsKeepsWhatItHasNoColumnFor() throws IOException {
        String store = "sqlite:" + dir.resolve("update.db");
        org.localityworking.core.model.Asset before;
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
            before = s.all(StandardKinds.ASSET).stream().map(v -> v.value())
                    .filter(a -> a.acv().isPresent() && a.location().isPresent()).findFirst().orElseThrow();
        }
        Path csv = dir.resolve("names.csv");
        Files.writeString(csv, "id,locality,name,description,category\r\n" + before.id() + "," + before.localityId()
                + ",A new name," + before.description().replace(",", " ") + "," + before.category() + "\r\n",
                StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("import", "assets", csv.toString(), "--store", store).exit());
        try (LocalityStore s = Stores.open(store)) {
            Asset after = s.get(StandardKinds.ASSET, before.id()).orElseThrow().value();
            assertEquals("A new name", after.name());
            assertEquals(before.acv(), after.acv(), "the ACV listing stays");
            assertEquals(before.location(), after.location(), "the location stays");
            assertEquals(before.owner(), after.owner());
            assertEquals(before.transfer(), after.transfer());
            assertEquals(before.wardId(), after.wardId());
        }
        Path cleared = dir.resolve("cleared.csv");
        Files.writeString(cleared, "id,locality,name,description,category,latitude,longitude\r\n" + before.id() + ","
                + before.localityId() + ",A new name," + before.description().replace(",", " ") + ","
                + before.category() + ",,\r\n", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("import", "assets", cleared.toString(), "--store", store).exit());
        try (LocalityStore s = Stores.open(store)) {
            Asset after = s.get(StandardKinds.ASSET, before.id()).orElseThrow().value();
            assertEquals(Optional.empty(), after.location(), "a column that is there but blank clears the value");
            assertEquals(before.acv(), after.acv());
        }
    }

    /** Every cell of an RFC 4180 file as written by the exporter (every value quoted). */
    private static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return cells;
    }
}
