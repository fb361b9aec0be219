package org.localityworking.storage.memory;

import java.util.List;
import java.util.Map;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.spi.StorageProvider;

/**
 * The {@code memory:} provider: a thread-safe, indexed store held in this JVM. Each {@link #open} gives a
 * new, empty store ({@code memory:} or {@code memory:NAME}, the name only labelling it); nothing outlives
 * the process. It takes no options.
 */
public final class MemoryStorageProvider implements StorageProvider {
    /** The provider's id. */
    public static final String ID = "memory";

    /** Creates the provider; does no work until {@link #open}. */
    public MemoryStorageProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public boolean accepts(String location) {
        return location != null && location.startsWith("memory:");
    }

    @Override
    public List<String> locationExamples() {
        return List.of("memory:", "memory:trafford");
    }

    @Override
    public LocalityStore open(String location, Map<String, String> options) {
        if (!accepts(location)) {
            throw new ValidationException("location", location, "the memory provider opens memory: locations only");
        }
        if (!options.isEmpty()) {
            String key = options.keySet().iterator().next();
            throw new ValidationException("options." + key, options.get(key), "the memory provider takes no options");
        }
        return new MemoryStore(location);
    }
}
