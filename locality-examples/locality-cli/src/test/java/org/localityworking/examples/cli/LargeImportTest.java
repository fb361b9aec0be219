package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * An import streams: a file of 150,000 assets goes into a SQLite store through the command line in a process with
 * a 48 MB heap. Before the CSV imports streamed, the whole file and every record were held at once (about 650 MB
 * for 100,000 rows), so this process would run out of memory. Trafford's localities from the example data (seed
 * 001's localities).
 */
class LargeImportTest {
    private static final int ROWS = 150_000;

    @TempDir
    Path dir;

    @Test
    void aFileOfOneHundredAndFiftyThousandRowsImportsInA48MegabyteHeap() throws Exception {
        String store = "sqlite:" + dir.resolve("large.db");
        int before;
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
            before = s.all(Kind.ASSET).size();
        }
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,locality,name,description,category\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("large-" + i + ",sale,Asset " + i + ",A place on the national list of community assets,"
                        + (i % 2 == 0 ? "Physical" : "Associations") + "\n");
            }
        }
        Path log = dir.resolve("import.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                LocalityCli.class.getName(), "import", "assets", file.toString(), "--store", store)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the import did not finish in 10 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Imported 150000 assets from large.csv") && output.contains("150000 created"), output);
        assertTrue(output.lines().filter(l -> l.strip().startsWith("read ")).count() == ROWS / 10_000, output); // progress
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(before + ROWS, s.all(Kind.ASSET).size());
            assertEquals("Asset 149999", s.get(Kind.ASSET, "large-149999").orElseThrow().value().name());
        }
    }
}
