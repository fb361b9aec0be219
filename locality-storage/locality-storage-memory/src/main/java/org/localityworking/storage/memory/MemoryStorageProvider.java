package org.localityworking.storage.memory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * The {@code memory:} provider: a thread-safe, indexed backend held in this JVM. Each {@link #open} gives a
 * new, empty backend ({@code memory:} or {@code memory:NAME}, the name only labelling it); nothing outlives
 * the process. It takes no options. The reference backend: the strictest about isolation (every query reads
 * one commit point).
 */
public final class MemoryStorageProvider implements StorageBackendProvider {
    /** The provider's id. */
    public static final String ID = "memory";

    private static final ProviderInfo INFO = new ProviderInfo(ID, SPI_VERSION,
            Set.of(ProviderInfo.Capability.SNAPSHOT_QUERIES, ProviderInfo.Capability.EXACT_QUERIES), List.of("memory:", "memory:trafford"));

    /** Creates the provider; does no work until {@link #open}. */
    public MemoryStorageProvider() {
    }

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public boolean accepts(String location) {
        return location != null && location.startsWith("memory:");
    }

    @Override
    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
        if (!accepts(location)) {
            throw new ValidationException("location", location, "the memory provider opens memory: locations only");
        }
        if (!options.isEmpty()) {
            String key = options.keySet().iterator().next();
            throw new ValidationException("options." + key, options.get(key), "the memory provider takes no options");
        }
        return new MemoryBackend(location, kinds);
    }
}
