package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.architecture.fixture.Marked;
import org.localityworking.architecture.fixture.Unmarked;

/**
 * The gate itself fails where it must: on an exported type without a mark, and on an API that differs from its
 * committed description (here: a method added to {@link Marked} after its description was written).
 */
class ApiGateSelfTest {

    static final String PACKAGE = "org.localityworking.architecture.fixture";

    @Test
    void anUnmarkedTypeIsFound() {
        List<Class<?>> types = ApiSurface.publicTypes(List.of(PACKAGE));
        assertEquals(List.of(Marked.class, Unmarked.class), types);
        assertEquals(List.of(Unmarked.class.getName()), ApiMarksTest.unmarked(types));
    }

    @Test
    void anUnacknowledgedChangeFailsAndSaysWhatChanged(@TempDir Path dir) {
        List<String> now = ApiSurface.describe(List.of(Marked.class));
        List<String> before = now.stream().filter(l -> !l.contains("added()")).toList();
        assertEquals(now.size() - 1, before.size(), "the fixture's description has its added() line");
        Path committed = dir.resolve("fixture.api");
        ApiGate.write(committed, before);

        Optional<String> failure = ApiGate.compare("fixture", now, committed);
        assertTrue(failure.isPresent(), "a grown API must fail the gate");
        assertTrue(failure.get().contains("+ public static int " + Marked.class.getName() + ".added()"), failure.get());
        assertTrue(failure.get().contains("-Dapi.update=true"), failure.get());

        ApiGate.write(committed, now); // acknowledged: the description is updated
        assertEquals(Optional.empty(), ApiGate.compare("fixture", now, committed));
    }

    @Test
    void aRemovedSignatureAndAChangedMarkAreChangesToo(@TempDir Path dir) {
        List<String> now = ApiSurface.describe(List.of(Marked.class));
        Path committed = dir.resolve("fixture.api");
        ApiGate.write(committed, now.stream().map(l -> l.replace("STABLE since 1.0", "EXPERIMENTAL since 1.0")).toList());
        String failure = ApiGate.compare("fixture", now, committed).orElseThrow();
        assertTrue(failure.contains("- ") && failure.contains("EXPERIMENTAL since 1.0"), failure);
        assertTrue(failure.contains("+ ") && failure.contains("STABLE since 1.0"), failure);
    }
}
