package org.localityworking.examples.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches {@link ModulePathSmoke} in a child JVM on the module path (as JUnit's own modular user-guide
 * tests do), with the library's jars, their dependencies and Logback as modules, and checks what it
 * printed. The build's other tests run on the class path; this one is what keeps the {@code uses} and
 * {@code provides} clauses honest.
 */
class ModulePathSmokeTest {
    private static final String MODULE = "org.localityworking.examples.modulepath";

    @TempDir
    Path dir;

    @Test
    void theLibraryWorksAsModulesOnTheModulePath() throws IOException, InterruptedException {
        String dependencies = Files.readString(Path.of("target", "module-path.txt"), StandardCharsets.UTF_8).strip();
        String modulePath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + dependencies;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath,
                "--module", MODULE + "/" + ModulePathSmoke.class.getName(),
                dir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the application finishes");
        assertEquals(0, process.exitValue(), "the modular application failed:\n" + output);
        assertTrue(output.contains("module-path smoke: all checks passed"), output);
        assertTrue(output.contains("ok: " + ModulePathSmoke.class.getName() + " is in a named module (module "
                + MODULE + ")"), output);

        // An application that adds Logback at INFO sees what was discovered and opened ...
        assertTrue(output.contains("LOG INFO  org.localityworking.core.plugin.PluginRegistry - Storage providers"
                + " found: "), output);
        assertTrue(output.contains("LOG INFO  org.localityworking.core.plugin.PluginRegistry - Report definitions"
                + " found: "), output);
        assertTrue(output.contains("LOG INFO  org.localityworking.storage.registry.Stores - Opening store memory:"),
                output);
        assertTrue(output.contains("LOG INFO  org.localityworking.storage.jdbc.JdbcStorageProvider - Opened SQLITE store"
                + " at sqlite:"), output);
        // ... nothing at DEBUG (from the pool, the drivers or the library) since it did not ask, and no warning.
        assertFalse(output.contains("LOG DEBUG") || output.contains("LOG TRACE"), output);
        assertFalse(output.contains("LOG WARN") || output.contains("LOG ERROR"), output);
    }
}
