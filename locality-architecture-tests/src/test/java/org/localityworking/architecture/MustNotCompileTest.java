package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs that must not compile against the library, each beside a control that must: a query asking a key of
 * another kind, or a value of the wrong enum, or run on another kind (typed keys); a format that does not render
 * every block type (the closed block model's visitor). Each file in {@code must-not-compile/} marks the line
 * javac must refuse with {@code // error}.
 */
class MustNotCompileTest {

    record Result(boolean compiled, List<Diagnostic<? extends JavaFileObject>> errors) {
    }

    static Result compile(Path source, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none", "-Xlint:none");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
            List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
            diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).forEach(errors::add);
            return new Result(ok, errors);
        }
    }

    static Stream<Path> mustNotCompile() throws IOException, URISyntaxException {
        return list("must-not-compile");
    }

    static Stream<Path> mustCompile() throws IOException, URISyntaxException {
        return list("must-compile");
    }

    private static Stream<Path> list(String dir) throws IOException, URISyntaxException {
        Path d = Path.of(MustNotCompileTest.class.getResource("/" + dir).toURI());
        try (Stream<Path> files = Files.list(d)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertFalse(sources.isEmpty(), dir + " holds no programs");
            return sources.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("mustNotCompile")
    void isRefusedOnTheMarkedLine(Path source, @TempDir Path out) throws IOException {
        List<String> lines = Files.readAllLines(source);
        long marked = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// error")) {
                marked = i + 1L;
            }
        }
        assertTrue(marked > 0, source + " marks no line with // error");
        Result r = compile(source, out);
        assertFalse(r.compiled(), source.getFileName() + " compiled, but must not");
        long line = marked;
        assertTrue(r.errors().stream().allMatch(d -> d.getLineNumber() == line),
                source.getFileName() + " must fail on line " + line + " only, but: " + r.errors());
    }

    @ParameterizedTest
    @MethodSource("mustCompile")
    void theControlCompiles(Path source, @TempDir Path out) throws IOException {
        Result r = compile(source, out);
        assertEquals(List.of(), r.errors().stream().map(Object::toString).toList());
        assertTrue(r.compiled());
    }
}
