package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first embedding is code that compiles and runs as it stands there: its Java block, with the imports
 * a reader's IDE adds, is compiled against the library and run from a folder holding a copy of the example
 * configuration at the path it names; it must write the locality profile of Ashcombe as HTML into a new SQLite
 * store's folder.
 */
class ReadmeEmbeddingTest {
    @TempDir
    Path dir;

    private static final String IMPORTS = String.join("\n",
            "import java.io.OutputStream;",
            "import java.nio.file.Files;",
            "import java.nio.file.Path;",
            "import java.time.Instant;",
            "import java.time.LocalDate;",
            "import org.localityworking.core.config.CouncilConfigurations;",
            "import org.localityworking.core.config.CouncilDefinition;",
            "import org.localityworking.reporting.Audience;",
            "import org.localityworking.reporting.Report;",
            "import org.localityworking.reporting.ReportRequest;",
            "import org.localityworking.reporting.registry.FormatRegistry;",
            "import org.localityworking.reporting.registry.ReportRegistry;",
            "import org.localityworking.reporting.run.Reports;",
            "import org.localityworking.storage.LocalityStore;",
            "import org.localityworking.storage.StandardKinds;",
            "import org.localityworking.storage.registry.Stores;", "");

    @Test
    void theFirstEmbeddingCompilesAndWritesAReport() throws Exception {
        String readme = Files.readString(BomTest.ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## A first embedding"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(m.find(), "the README's first embedding has a Java block");
        // the block names paths relative to a clone of the repository: run it where they resolve, in a copy
        Path run = Files.createDirectories(dir.resolve("clone"));
        Path config = Files.createDirectories(run.resolve("docs/examples")).resolve("ashcombe.properties");
        Files.copy(BomTest.ROOT.resolve("docs/examples/ashcombe.properties"), config);
        String body = m.group(1).replace("Path.of(\"", "Path.of(\"" + run + "/").replace("\"sqlite:./", "\"sqlite:" + run + "/");
        String source = IMPORTS + "public class Embedding {\n    public static void main(String[] args) throws Exception {\n"
                + body + "    }\n}\n";
        Path src = Files.createDirectories(dir.resolve("src")).resolve("Embedding.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, errors, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertEquals(0, compiled, "the README's block compiles:\n" + errors.toString(StandardCharsets.UTF_8) + "\n" + source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeEmbeddingTest.class.getClassLoader())) {
            loader.loadClass("Embedding").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
        Path html = run.resolve("ashcombe-profile.html");
        assertTrue(Files.isRegularFile(run.resolve("ashcombe.db")), "the store was created where the README says");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Ashcombe Borough Council")
                && page.contains("Riverside"), "the locality profile of Ashcombe, as HTML: " + page.substring(0,
                Math.min(400, page.length())));
    }
}
