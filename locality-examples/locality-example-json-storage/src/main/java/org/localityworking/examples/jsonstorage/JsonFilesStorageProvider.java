package org.localityworking.examples.jsonstorage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.NoStoreException;
import org.localityworking.storage.spi.OpenMode;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * An example storage provider: {@code jsonfiles:DIR} keeps each kind of record in {@code DIR/KIND.json}.
 * It is small on purpose, to show what a backend must do; it scans instead of indexing. It declares its
 * data persistent, but not durable at commit: a crash between writing two kinds' files can keep one and
 * lose the other.
 */
public final class JsonFilesStorageProvider implements StorageBackendProvider {
    private static final ProviderInfo INFO = new ProviderInfo("jsonfiles", SPI_VERSION,
            Set.of(ProviderInfo.Capability.PERSISTENT, ProviderInfo.Capability.SNAPSHOT_QUERIES),
            List.of("jsonfiles:./data/trafford-json"));

    /** The location prefix. */
    static final String SCHEME = "jsonfiles:";

    /** Public no-argument constructor, as ServiceLoader requires; no I/O here. */
    public JsonFilesStorageProvider() {
    }

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public boolean accepts(String location) {
        return location != null && location.startsWith(SCHEME) && location.length() > SCHEME.length();
    }

    @Override
    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
        return open(location, options, kinds, OpenMode.CREATE_IF_MISSING);
    }

    /** Storage SPI 2.2: with {@link OpenMode#MUST_EXIST} the folder must be there already; nothing is created. */
    @Override
    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds, OpenMode mode) {
        if (!accepts(location)) {
            throw new ValidationException("location", location, "must be jsonfiles:DIR");
        }
        if (!options.isEmpty()) {
            String key = options.keySet().iterator().next();
            throw new ValidationException("options." + key, options.get(key), "the jsonfiles provider takes no options");
        }
        Path dir = Path.of(location.substring(SCHEME.length()));
        if (mode == OpenMode.MUST_EXIST && !Files.isDirectory(dir)) {
            throw new NoStoreException(location, "the folder " + dir.toAbsolutePath().normalize() + " does not exist");
        }
        return new JsonFilesBackend(location, dir, kinds);
    }
}
