package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.localityworking.storage.registry.Stores;

/**
 * Six command-line imports at once, each in its own process, into one SQLite file: each either lands whole or
 * is refused saying nothing was written and to run it again; the final counts are exactly the imports that
 * landed.
 */
class SixWritersTest {
    private static final int PROCESSES = 6;
    private static final int ROWS = 2_000;

    @TempDir
    Path dir;

    @Test
    void sixImportsAtOnceEachLandWholeOrSayNothingWasWritten() throws Exception {
        String store = "sqlite:" + dir.resolve("six.db");
        int before;
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
            before = s.all(Kind.ASSET).size();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            StringBuilder csv = new StringBuilder("id,locality,name,description,category\n");
            for (int i = 0; i < ROWS; i++) {
                csv.append("six-").append(p).append('-').append(i).append(",sale,Asset ").append(i).append(" of writer ")
                        .append(p).append(",Written by process ").append(p).append(",Physical\n");
            }
            Path file = Files.writeString(dir.resolve("writer-" + p + ".csv"), csv, StandardCharsets.UTF_8);
            Path log = dir.resolve("writer-" + p + ".log");
            logs.add(log);
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LocalityCli.class.getName(), "import", "assets", file.toString(), "--store", store)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        List<Integer> exits = new ArrayList<>();
        for (Process p : processes) {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "an import did not finish in 5 minutes");
            exits.add(p.exitValue());
        }
        int landed = 0;
        try (LocalityStore s = Stores.open(store)) {
            for (int p = 0; p < PROCESSES; p++) {
                String prefix = "six-" + p + "-";
                long mine = s.all(Kind.ASSET).stream().filter(v -> v.value().id().startsWith(prefix)).count();
                String log = Files.readString(logs.get(p), StandardCharsets.UTF_8);
                if (exits.get(p) == 0) {
                    assertEquals(ROWS, mine, "writer " + p + " said it imported: " + log);
                    landed++;
                } else {
                    assertEquals(1, exits.get(p), log);
                    assertEquals(0, mine, "writer " + p + " failed, and wrote nothing: " + log);
                    assertTrue(log.contains("Nothing of this unit of work was written; run it again"), log);
                }
            }
            assertTrue(landed >= 1, "exits " + exits);
            assertEquals(before + landed * ROWS, s.all(Kind.ASSET).size(), "exits " + exits);
        }
        System.err.println("six writers: " + landed + " of " + PROCESSES + " landed, exits " + exits);
    }
}
