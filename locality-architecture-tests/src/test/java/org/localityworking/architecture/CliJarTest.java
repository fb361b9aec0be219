package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line app as a user runs it: {@code java -jar locality-cli.jar}, copied with its {@code lib/} folder
 * elsewhere, finds a third-party plug-in in {@code plugins/} beside it (the example report, {@code events-by-year});
 * a read-only command on a plug-in's store that is not there (the JSON-files example) creates nothing and says so in
 * one line; {@code locality-cli-standalone.jar} runs alone, and the thin jar without {@code lib/} says so in one line;
 * and on Java 22 or later (Temurin 25 where the machine has it) opening a SQLite store prints no native-access
 * warning. Runs in the reactor after the CLI and the example report are packaged; alone, without them, it is
 * skipped (under {@code CI=true} it fails).
 */
class CliJarTest {
    @TempDir
    Path dir;

    private static Path built(String path) {
        Path p = Path.of("..").resolve(path).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            String why = p + " is not built: run the reactor (mvn -B verify) so the CLI and the example report are packaged";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + why);
            }
            assumeTrue(false, why);
        }
        return p;
    }

    private record Run(int exit, String out) {
    }

    private static Run run(Path java, Path cwd, String... args) throws IOException, InterruptedException {
        return runJar(java, cwd.resolve("locality-cli.jar"), cwd, args);
    }

    private static Run runJar(Path java, Path jar, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(cwd, "run", ".log");
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the CLI did not finish in 120 s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** @return the CLI jar and its lib folder, copied to a folder of their own, with the example report in plugins/ */
    private Path installed() throws IOException {
        Path jar = built("locality-examples/locality-cli/target/locality-cli.jar");
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(jar, app.resolve("locality-cli.jar"));
        Path lib = Files.createDirectories(app.resolve("lib"));
        try (Stream<Path> s = Files.list(jar.resolveSibling("lib"))) {
            for (Path p : s.toList()) {
                Files.copy(p, lib.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path reportTarget = built("locality-examples/locality-example-report/target");
        Path plugin;
        try (Stream<Path> s = Files.list(reportTarget)) {
            plugin = s.filter(p -> p.getFileName().toString().matches("locality-example-report-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("the example report's jar in " + reportTarget));
        }
        Files.copy(plugin, Files.createDirectories(app.resolve("plugins")).resolve(plugin.getFileName()));
        return app;
    }

    private static Path thisJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    void javaMinusJarFindsAPluginInThePluginsFolderBesideIt() throws Exception {
        Path app = installed();
        Run with = run(thisJava(), app, "report", "--list");
        assertEquals(0, with.exit(), with.out());
        assertTrue(with.out().contains("events-by-year\t"), "the plug-in from plugins/: " + with.out());
        try (Stream<Path> s = Files.list(app.resolve("plugins"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Run without = run(thisJava(), app, "report", "--list");
        assertFalse(without.out().contains("events-by-year"), "gone with its jar: " + without.out());
    }

    private static Path ashcombe() {
        return Path.of("..", "docs", "examples", "ashcombe.properties").toAbsolutePath().normalize();
    }

    @Test
    void theStandaloneJarRunsAloneAndTheThinJarWithoutItsLibFolderSaysSoInOneLine() throws Exception {
        Path solo = Files.createDirectories(dir.resolve("solo"));
        Path standalone = Files.copy(built("locality-examples/locality-cli/target/locality-cli-standalone.jar"),
                solo.resolve("locality-cli-standalone.jar"));
        Run setup = runJar(thisJava(), standalone, solo, "setup", ashcombe().toString(), "--store",
                "sqlite:" + solo.resolve("a.db"));
        assertEquals(0, setup.exit(), setup.out());
        Path map = solo.resolve("map.md");
        Run report = runJar(thisJava(), standalone, solo, "report", "asset-map", "--council", "ashcombe", "--format",
                "markdown", "--out", map.toString(), "--store", "sqlite:" + solo.resolve("a.db"));
        assertEquals(0, report.exit(), report.out());
        assertTrue(Files.readString(map).contains("Ashcombe Borough Council"), Files.readString(map));

        Path thin = Files.copy(built("locality-examples/locality-cli/target/locality-cli.jar"),
                solo.resolve("locality-cli.jar"));
        Run alone = runJar(thisJava(), thin, solo, "report", "--list");
        assertEquals(1, alone.exit(), alone.out());
        List<String> lines = alone.out().lines().toList();
        assertEquals(1, lines.size(), alone.out());
        assertEquals("error: " + thin + " needs the lib/ folder that was built beside it (target/lib): copy the folder"
                + " with the jar, or run locality-cli-standalone.jar, which carries everything in one file", lines.get(0));
    }

    @Test
    void aReadOnlyCommandOnAPluginStoreThatIsNotThereCreatesNothing() throws Exception {
        Path app = installed();
        Path jsonTarget = built("locality-examples/locality-example-json-storage/target");
        Path plugin;
        try (Stream<Path> s = Files.list(jsonTarget)) {
            plugin = s.filter(p -> p.getFileName().toString()
                    .matches("locality-example-json-storage-[^-]+(-SNAPSHOT)?\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the JSON-files example's jar in " + jsonTarget));
        }
        Files.copy(plugin, app.resolve("plugins").resolve(plugin.getFileName()));
        Path nowhere = app.resolve("nowhere");
        Run refused = run(thisJava(), app, "report", "asset-map", "--council", "ashcombe", "--store", "jsonfiles:" + nowhere);
        assertEquals(1, refused.exit(), refused.out());
        List<String> lines = refused.out().lines().toList();
        assertEquals(1, lines.size(), refused.out());
        assertEquals("error: --store = \"jsonfiles:" + nowhere + "\" breaks the rule: names no store (the folder "
                + nowhere + " does not exist); this command works on data already there, so nothing was created: load"
                + " data first with 'demo', 'setup' or 'import', or correct the location", lines.get(0));
        assertFalse(Files.exists(nowhere), "no store was created for a command that works on data already there");
        // the same plug-in store, created by a command that writes, then read
        Path data = app.resolve("data");
        assertEquals(0, run(thisJava(), app, "setup", ashcombe().toString(), "--store", "jsonfiles:" + data).exit());
        Run read = run(thisJava(), app, "report", "asset-map", "--council", "ashcombe", "--format", "markdown",
                "--out", app.resolve("map.md").toString(), "--store", "jsonfiles:" + data);
        assertEquals(0, read.exit(), read.out());
        assertTrue(Files.readString(app.resolve("map.md")).contains("Ashcombe Borough Council"));
    }

    @Test
    void onJava22AndLaterOpeningSqlitePrintsNoNativeAccessWarning() throws Exception {
        Optional<Path> newer = Stream.of(System.getenv("JAVA25_HOME"), "/usr/lib/jvm/temurin-25-jdk-amd64")
                .filter(s -> s != null && !s.isBlank()).map(s -> Path.of(s, "bin", "java")).filter(Files::isExecutable)
                .findFirst();
        assumeTrue(newer.isPresent(), "no Java 22 or later on this machine (JAVA25_HOME or Temurin 25)");
        Path app = installed();
        Path config = Path.of("..", "docs", "examples", "ashcombe.properties").toAbsolutePath().normalize();
        Run r = run(newer.get(), app, "setup", config.toString(), "--store", "sqlite:" + app.resolve("a.db"));
        assertEquals(0, r.exit(), r.out());
        assertFalse(r.out().contains("WARNING"), "no warnings: " + r.out());
        assertTrue(r.out().startsWith("Set up Ashcombe Borough Council"), r.out());
    }
}
