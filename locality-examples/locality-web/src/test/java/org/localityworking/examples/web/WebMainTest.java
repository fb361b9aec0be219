package org.localityworking.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's mistakes are one line with an exit code, and a store that is not there is never created. */
class WebMainTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = WebMain.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoreThatIsNotThereIsOneLineAndIsNotCreated() {
        Path missing = dir.resolve("nested/none.db");
        Run r = run("--store", "sqlite:" + missing, "--port", "0");
        assertEquals(1, r.exit());
        assertEquals(List.of("error: --store = \"sqlite:" + missing + "\" breaks the rule: names no store (the file "
                + missing + " does not exist): load data first, for example with the CLI's demo, or correct the"
                + " location"), r.err().lines().toList());
        assertFalse(Files.exists(dir.resolve("nested")), "nothing created");
    }

    @Test
    void aUsageMistakeIsOneLine() {
        Run r = run("--port", "eighty");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        Run negative = run("--refresh-seconds", "-1", "--store", "memory:");
        assertEquals(1, negative.exit());
        assertEquals(List.of("error: --refresh-seconds = \"-1\" breaks the rule: must be 0 or more"),
                negative.err().lines().toList());
    }
}
