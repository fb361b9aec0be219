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
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * Six command-line imports of 10,000 rows at once, each in its own process, into one SQLite file, on a machine
 * with more busy processes than cores (the six JVMs and two spinning threads here, on the project's two cores):
 * for every process, what it printed and its exit code match what is in the store. Each either lands whole
 * (exit 0, "Imported 10000 assets") or is refused saying nothing was written and to run it again (exit 1, none
 * of its rows stored); the final count is exactly the imports that landed. Before the JDBC backend began and
 * checked its own transactions, this met imports that failed after landing every row, and refused imports that
 * left thousands of rows behind.
 */
@org.junit.jupiter.api.Timeout(value = 10, unit = TimeUnit.MINUTES)
class SixWritersTest {
    private static final int PROCESSES = 6;
    private static final int ROWS = 10_000;
    /** Where the spinning threads leave their sum, so the loop is not optimised away. */
    static volatile long sink;

    @TempDir
    Path dir;

    @Test
    void sixImportsAtOnceEachLandWholeOrSayNothingWasWritten() throws Exception {
        String store = "sqlite:" + dir.resolve("six.db");
        int before;
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
            before = s.all(StandardKinds.ASSET).size();
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
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread spin = new Thread(() -> {
                long x = 0;
                while (!done.get()) {
                    x += System.nanoTime() % 7;
                }
                sink = x;
            });
            spin.setDaemon(true);
            spin.start();
            load.add(spin);
        }
        List<Integer> exits = new ArrayList<>();
        try {
            for (Process p : processes) {
                assertTrue(p.waitFor(8, TimeUnit.MINUTES), "an import did not finish in 8 minutes");
                exits.add(p.exitValue());
            }
        } finally {
            done.set(true);
            for (Thread t : load) {
                t.join();
            }
            processes.forEach(Process::destroyForcibly);
        }
        int landed = 0;
        try (LocalityStore s = Stores.open(store)) {
            for (int p = 0; p < PROCESSES; p++) {
                String prefix = "six-" + p + "-";
                long mine = s.all(StandardKinds.ASSET).stream().filter(v -> v.value().id().startsWith(prefix)).count();
                String log = Files.readString(logs.get(p), StandardCharsets.UTF_8);
                if (exits.get(p) == 0) {
                    assertEquals(ROWS, mine, "writer " + p + " said it imported: " + log);
                    assertTrue(log.contains("Imported " + ROWS + " assets"), log);
                    landed++;
                } else {
                    assertEquals(1, exits.get(p), log);
                    assertEquals(0, mine, "writer " + p + " failed, and wrote nothing: " + log);
                    assertTrue(log.contains("Nothing of this unit of work was written; run it again"), log);
                }
            }
            assertTrue(landed >= 1, "exits " + exits);
            assertEquals(before + landed * ROWS, s.all(StandardKinds.ASSET).size(), "exits " + exits);
        }
        System.err.println("six writers: " + landed + " of " + PROCESSES + " landed, exits " + exits);
    }
}
