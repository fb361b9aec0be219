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
