package org.localityworking.storage.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.spi.StorageBackendProvider;
import org.localityworking.storage.spi.StorageProvider;

/**
 * A backend provider of SPI version 2 seen as a storage provider of version 1, while the library moves from
 * the one to the other: opening it opens a backend and puts the library's {@link BackendStore} on top.
 *
 * @param backendProvider the provider
 */
public record BackendProviderAdapter(StorageBackendProvider backendProvider) implements StorageProvider {
    @Override
    public String id() {
        return backendProvider.info().id();
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public boolean accepts(String location) {
        return backendProvider.accepts(location);
    }

    @Override
    public List<String> locationExamples() {
        return backendProvider.info().locationExamples();
    }

    @Override
    public LocalityStore open(String location, Map<String, String> options) {
        Set<Kind<?>> kinds = Set.copyOf(Kind.all());
        return new BackendStore(backendProvider.open(location, options, kinds), location, id(), kinds);
    }

    @Override
    public String toString() {
        return backendProvider.getClass().getName();
    }
}
