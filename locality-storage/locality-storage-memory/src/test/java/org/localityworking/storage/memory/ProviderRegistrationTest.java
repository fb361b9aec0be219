package org.localityworking.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localityworking.storage.spi.StorageBackendProvider;

/** The provider is registered both ways: META-INF/services for the class path, provides for the module path. */
class ProviderRegistrationTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void moduleInfoProvidesWhatMetaInfServicesLists() throws IOException {
        ModuleReference ref = ModuleFinder.of(CLASSES).findAll().iterator().next();
        ModuleDescriptor d = ref.descriptor();
        assertEquals("org.localityworking.storage.memory", d.name());
        Set<String> provided = d.provides().stream()
                .filter(p -> p.service().equals(StorageBackendProvider.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
        List<String> listed = Files.readAllLines(CLASSES.resolve("META-INF/services/" + StorageBackendProvider.class.getName()),
                StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        assertEquals(Set.of(MemoryStorageProvider.class.getName()), provided);
        assertEquals(List.of(MemoryStorageProvider.class.getName()), listed);
    }

    @Test
    void theApiModuleUsesTheService() {
        ModuleDescriptor api = StorageBackendProvider.class.getModule().getDescriptor() != null
                ? StorageBackendProvider.class.getModule().getDescriptor()
                : ModuleFinder.of(Path.of("..", "locality-storage-api", "target", "classes")).findAll().iterator().next()
                        .descriptor();
        assertEquals(Set.of(StorageBackendProvider.class.getName()), api.uses());
    }
}
