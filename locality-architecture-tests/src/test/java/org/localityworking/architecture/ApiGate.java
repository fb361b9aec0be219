package org.localityworking.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a module's public API, as {@link ApiSurface} describes it, with the description committed in
 * {@code locality-architecture-tests/api/<module>.api}, and says what changed. Run with {@code -Dapi.update=true}
 * to write the descriptions afresh; the diff of those files is then what a reviewer reads.
 */
final class ApiGate {

    static final String HOW_TO_ACKNOWLEDGE = "If the change is meant, run `mvn -B install -DskipTests` and then "
            + "`mvn -B verify -pl locality-architecture-tests -Dapi.update=true`, and commit the changed .api file "
            + "with the change (CONTRIBUTING.md says which changes need a new major, minor or SPI version)";

    private ApiGate() {
    }

    /**
     * {@return empty when the description matches the committed file; otherwise a message naming the module,
     *         every line added (+) and removed (-), and how to acknowledge the change}
     */
    static Optional<String> compare(String module, List<String> actual, Path committed) {
        if (!Files.exists(committed)) {
            return Optional.of("The public API of " + module + " has no committed description (" + committed
                    + "). " + HOW_TO_ACKNOWLEDGE);
        }
        List<String> expected = read(committed);
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        Set<String> added = new LinkedHashSet<>(actual);
        expected.forEach(added::remove);
        Set<String> removed = new LinkedHashSet<>(expected);
        actual.forEach(removed::remove);
        StringBuilder m = new StringBuilder("The public API of " + module + " differs from " + committed.getFileName()
                + ":\n");
        removed.forEach(l -> m.append("- ").append(l.strip()).append('\n'));
        added.forEach(l -> m.append("+ ").append(l.strip()).append('\n'));
        if (added.isEmpty() && removed.isEmpty()) {
            m.append("(the same lines in another order)\n");
        }
        return Optional.of(m.append(HOW_TO_ACKNOWLEDGE).toString());
    }

    static List<String> read(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
