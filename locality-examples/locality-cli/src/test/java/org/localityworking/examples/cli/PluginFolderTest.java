package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report plug-in written by someone else, as a jar in a folder: with {@code --plugins DIR} the CLI finds it (the
 * folder joins the class path every registry discovers from), lists it and runs it; without the folder it is not
 * there; a folder that does not exist is refused in one line. The plug-in is compiled here from source against the
 * library, as its author would build it, and jarred with its {@code META-INF/services} registration.
 */
class PluginFolderTest {
    @TempDir
    Path dir;
    private Path plugins;
    private String store;

    private static final String SOURCE = String.join("\n",
            "package org.example.hello;",
            "import java.util.List;",
            "import org.localityworking.reporting.Paragraph;",
            "import org.localityworking.reporting.Report;",
            "import org.localityworking.reporting.Section;",
            "import org.localityworking.reporting.spi.ReportContext;",
            "import org.localityworking.reporting.spi.ReportDefinition;",
            "import org.localityworking.reporting.spi.ReportParameter;",
            "public final class HelloReport implements ReportDefinition {",
            "    public String id() { return \"hello-plugin\"; }",
            "    public String spiVersion() { return SPI_VERSION; }",
            "    public String title() { return \"Hello from a plug-in\"; }",
            "    public String description() { return \"A report found in the plug-in folder.\"; }",
            "    public List<ReportParameter> parameters() { return List.of(); }",
            "    public Report build(ReportContext c) {",
            "        return Report.builder().reportId(id()).title(title()).subject(c.request().councilId())",
            "                .audience(c.request().audience()).generatedAt(c.request().generatedAt())",
            "                .sections(List.of(new Section(\"Hello\", List.of(new Paragraph(\"Hello from the plug-in"
                    + " folder\"))))).build();",
            "    }",
            "}", "");

    @BeforeEach
    void buildThePlugin() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/org/example/hello"));
        Files.writeString(src.resolve("HelloReport.java"), SOURCE, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("HelloReport.java").toString());
        assertEquals(0, compiled, "the plug-in compiles against the library");
        plugins = Files.createDirectories(dir.resolve("plugins"));
        try (OutputStream out = Files.newOutputStream(plugins.resolve("hello-report.jar"));
             JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("org/example/hello/HelloReport.class"));
            jar.write(Files.readAllBytes(classes.resolve("org/example/hello/HelloReport.class")));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("META-INF/services/org.localityworking.reporting.spi.ReportDefinition"));
            jar.write("org.example.hello.HelloReport\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        store = "sqlite:" + dir.resolve("ashcombe.db");
        assertEquals(0, Cli.run("setup", SetupCommandTest.ASHCOMBE.toString(), "--store", store).exit());
    }

    @Test
    void withThePluginFolderTheCliFindsListsAndRunsAReportPlugin() throws IOException {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Cli without = Cli.run("report", "--list");
        assertEquals(0, without.exit());
        assertFalse(without.out().contains("hello-plugin"), "not on the class path: " + without.out());
        Cli listed = Cli.run("report", "--list", "--plugins", plugins.toString());
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains("hello-plugin\tHello from a plug-in"), listed.out());
        Path out = dir.resolve("hello.md");
        Cli run = Cli.run("--plugins=" + plugins, "report", "hello-plugin", "--council", "ashcombe", "--format",
                "markdown", "--out", out.toString(), "--store", store);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out).contains("Hello from the plug-in folder"), Files.readString(out));
        assertEquals(before, Thread.currentThread().getContextClassLoader(), "the context class loader is restored");
        assertFalse(Cli.run("report", "--list").out().contains("hello-plugin"), "the folder is gone after the command");
    }

    /** A storage provider that uses a library of its own, {@code org.example.engine.Engine}, when it opens a store. */
    private static final String KV_PROVIDER = String.join("\n",
            "package org.example.kv;",
            "import java.util.*;",
            "import org.localityworking.storage.Kind;",
            "import org.localityworking.storage.spi.*;",
            "public final class KvProvider implements StorageBackendProvider {",
            "    public ProviderInfo info() {",
            "        return new ProviderInfo(\"kv\", SPI_VERSION, Set.of(), List.of(\"kv:./data\"));",
            "    }",
            "    public boolean accepts(String location) { return location.startsWith(\"kv:\"); }",
            "    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {",
            "        org.example.engine.Engine.start(location);",
            "        throw new UnsupportedOperationException(\"not reached: the engine is missing\");",
            "    }",
            "}", "");

    /** The same, but it needs the engine as soon as it is created: discovery skips it. */
    private static final String KV_EAGER_PROVIDER = KV_PROVIDER.replace("class KvProvider", "class KvEagerProvider")
            .replace("\"kv\"", "\"kv-eager\"").replace("\"kv:", "\"kv-eager:")
            .replace("    public ProviderInfo info() {", "    private final Object engine = new org.example.engine.Engine();\n"
                    + "    public ProviderInfo info() {");

    private static final String ENGINE = "package org.example.engine;\npublic final class Engine {\n"
            + "    public static void start(String where) { }\n}\n";

    /** Compiles the two providers and the engine, and jars the providers alone: the engine's jar is missing. */
    private void buildTheKvPluginWithoutItsEngine() throws IOException {
        Path src = Files.createDirectories(dir.resolve("kv-src"));
        Files.createDirectories(src.resolve("org/example/kv"));
        Files.createDirectories(src.resolve("org/example/engine"));
        Files.writeString(src.resolve("org/example/kv/KvProvider.java"), KV_PROVIDER, StandardCharsets.UTF_8);
        Files.writeString(src.resolve("org/example/kv/KvEagerProvider.java"), KV_EAGER_PROVIDER, StandardCharsets.UTF_8);
        Files.writeString(src.resolve("org/example/engine/Engine.java"), ENGINE, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("kv-classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), src.resolve("org/example/kv/KvProvider.java").toString(),
                src.resolve("org/example/kv/KvEagerProvider.java").toString(),
                src.resolve("org/example/engine/Engine.java").toString());
        assertEquals(0, compiled, "the plug-in compiles against the library and its engine");
        try (OutputStream out = Files.newOutputStream(plugins.resolve("kv-storage.jar"));
             JarOutputStream jar = new JarOutputStream(out)) {
            for (String c : List.of("KvProvider", "KvEagerProvider")) {
                jar.putNextEntry(new JarEntry("org/example/kv/" + c + ".class"));
                jar.write(Files.readAllBytes(classes.resolve("org/example/kv/" + c + ".class")));
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.localityworking.storage.spi.StorageBackendProvider"));
            jar.write("org.example.kv.KvProvider\norg.example.kv.KvEagerProvider\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    @Test
    void aPluginsMissingDependencyIsOneLineNamingTheClass() throws IOException {
        buildTheKvPluginWithoutItsEngine();
        // needed when it opens a store: the provider is found, and opening names the missing class
        Cli open = Cli.run("report", "asset-map", "--council", "ashcombe", "--plugins", plugins.toString(),
                "--store", "kv:" + dir.resolve("kv-store"));
        assertEquals(1, open.exit(), open.err());
        List<String> lines = open.err().lines().toList();
        assertEquals(1, lines.size(), open.err());
        assertTrue(lines.get(0).startsWith("error: The storage provider kv (org.example.kv.KvProvider) could not open"
                + " the store: it needs the class org.example.engine.Engine, which is on neither the class path nor"
                + " the module path."), lines.get(0));
        assertFalse(lines.get(0).contains("NoClassDefFoundError"), lines.get(0));
        // needed as soon as it is created: discovery skips it, and the refusal says why
        Cli eager = Cli.run("report", "asset-map", "--council", "ashcombe", "--plugins", plugins.toString(),
                "--store", "kv-eager:" + dir.resolve("kv-store"));
        assertEquals(1, eager.exit(), eager.err());
        lines = eager.err().lines().toList();
        assertEquals(1, lines.size(), eager.err());
        assertTrue(lines.get(0).startsWith("error: No storage provider accepts the location 'kv-eager:"), lines.get(0));
        assertTrue(lines.get(0).contains("Skipped: Skipping the storage provider org.example.kv.KvEagerProvider: it"
                + " needs the class org.example.engine.Engine"), lines.get(0));
        assertFalse(Files.exists(dir.resolve("kv-store")), "nothing created");
    }

    @Test
    void aPluginFolderThatIsNotThereIsRefusedInOneLine() {
        Cli r = Cli.run("report", "--list", "--plugins", dir.resolve("nowhere").toString());
        assertEquals(1, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("error: --plugins = ") && lines.get(0).endsWith("must be a folder of plug-in jars"),
                lines.get(0));
    }
}
