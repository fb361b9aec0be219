package org.localityworking.examples.jsonstorage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.spi.StorageProvider;

/**
 * An example storage provider: {@code jsonfiles:DIR} keeps each kind of record in {@code DIR/KIND.json}.
 * It is small on purpose, to show what a provider must do; it scans instead of indexing.
 */
public final class JsonFilesStorageProvider implements StorageProvider {
    /** The location prefix. */
    static final String SCHEME = "jsonfiles:";

    /** Public no-argument constructor, as ServiceLoader requires; no I/O here. */
    public JsonFilesStorageProvider() {
    }

    @Override
    public String id() {
        return "jsonfiles";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public boolean accepts(String location) {
        return location != null && location.startsWith(SCHEME) && location.length() > SCHEME.length();
    }

    @Override
    public List<String> locationExamples() {
        return List.of("jsonfiles:./data/trafford-json");
    }

    @Override
    public LocalityStore open(String location, Map<String, String> options) {
        if (!accepts(location)) {
            throw new ValidationException("location", location, "must be jsonfiles:DIR");
        }
        if (!options.isEmpty()) {
            String key = options.keySet().iterator().next();
            throw new ValidationException("options." + key, options.get(key), "the jsonfiles provider takes no options");
        }
        return new JsonFilesStore(location, Path.of(location.substring(SCHEME.length())));
    }
}
