package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's API gate: each library module's public API must equal its committed description in
 * {@code api/<module>.api}. An unacknowledged change (a type, constructor, field or method added, removed or
 * changed in an exported package, or a type's {@code @API} status) fails here until the description is updated
 * with {@code -Dapi.update=true} and committed. {@link ApiGateSelfTest} shows the gate failing on a change.
 */
class ApiDescriptionTest {

    /** The library's modules: a module missing from the class path must fail, not be skipped. */
    static final Set<String> LIBRARY = Set.of("org.localityworking.core", "org.localityworking.storage",
            "org.localityworking.storage.memory", "org.localityworking.storage.jdbc", "org.localityworking.storage.tck",
            "org.localityworking.reporting", "org.localityworking.interop", "org.localityworking.publishing.tck");

    static Path apiDir() {
        return Path.of(System.getProperty("api.dir", "api"));
    }

    @Test
    void everyLibraryModuleIsChecked() {
        assertEquals(new TreeSet<>(LIBRARY), new TreeSet<>(ApiSurface.libraryModules().keySet()));
    }

    @Test
    void everyModulesPublicApiIsTheCommittedOne() throws Exception {
        boolean update = Boolean.getBoolean("api.update");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ModuleDescriptor> m : ApiSurface.libraryModules().entrySet()) {
            List<String> lines = ApiSurface.describe(ApiSurface.publicTypes(ApiSurface.exportedPackages(m.getValue())));
            Path file = apiDir().resolve(m.getKey() + ".api");
            if (update) {
                ApiGate.write(file, lines);
            } else {
                ApiGate.compare(m.getKey(), lines, file).ifPresent(problems::add);
            }
        }
        try (Stream<Path> files = Files.list(apiDir())) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".api"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !LIBRARY.contains(n))
                    .forEach(n -> problems.add("api/" + n + ".api describes a module the library no longer has"));
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }
}
