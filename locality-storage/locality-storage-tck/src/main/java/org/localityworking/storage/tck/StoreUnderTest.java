package org.localityworking.storage.tck;

import java.util.Map;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.StorageProviderRegistry;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackendProvider;
import org.localityworking.storage.spi.StorageProvider;

/**
 * What the kit tests: a provider, a location it accepts and the options to open it with.
 *
 * @param provider   the provider under test (the kit also loads it by id through the production registry)
 * @param location   a location for this test's data, fresh for each test
 * @param options    options for {@link StorageProvider#open}
 * @param persistent whether data outlives {@link LocalityStore#close()} (the reopen tests run only then)
 */
public record StoreUnderTest(StorageProvider provider, String location, Map<String, String> options,
                             boolean persistent) {
    public StoreUnderTest {
        options = Map.copyOf(options);
    }

    /**
     * What the kit tests for a backend provider (storage SPI 2): the library's store over its backends. Whether
     * the reopen tests run comes from the capabilities the provider declares, not from the test.
     *
     * @param provider the backend provider under test
     * @param location a location for this test's data, fresh for each test
     * @param options  options for {@link StorageBackendProvider#open}
     * @return what the kit tests
     */
    public static StoreUnderTest of(StorageBackendProvider provider, String location, Map<String, String> options) {
        return new StoreUnderTest(StorageProviderRegistry.of(provider), location, options,
                provider.info().has(ProviderInfo.Capability.PERSISTENT));
    }

    /** @return a new store on the location */
    public LocalityStore open() {
        return provider.open(location, options);
    }
}
