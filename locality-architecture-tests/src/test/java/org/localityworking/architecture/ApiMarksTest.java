package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of every package a library module exports carries {@code @API(status, since)},
 * as JUnit's do; nested types share their enclosing type's mark. No exported package is an internal one.
 */
class ApiMarksTest {

    /** {@return "type (module)" for every exported public type without an {@code @API} mark} */
    static List<String> unmarked(List<Class<?>> types) {
        return types.stream().filter(t -> ApiSurface.mark(t).isEmpty()).map(Class::getName).toList();
    }

    @Test
    void everyExportedTypeIsMarked() {
        List<String> unmarked = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, ModuleDescriptor> m : ApiSurface.libraryModules().entrySet()) {
            List<Class<?>> types = ApiSurface.publicTypes(ApiSurface.exportedPackages(m.getValue()));
            checked += types.size();
            unmarked(types).forEach(t -> unmarked.add(t + " (" + m.getKey() + ")"));
        }
        assertTrue(checked > 100, "only " + checked + " exported types found: is the class path complete?");
        assertEquals(List.of(), unmarked, "exported public types without @API(status, since)");
    }

    @Test
    void noInternalPackageIsExportedToEveryone() {
        List<String> internal = new ArrayList<>();
        ApiSurface.libraryModules().forEach((name, d) -> ApiSurface.exportedPackages(d).stream()
                .filter(p -> p.contains(".internal")).forEach(p -> internal.add(name + " exports " + p)));
        assertEquals(List.of(), internal);
    }
}
