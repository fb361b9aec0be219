package org.localityworking.storage.tck;

import java.util.Map;
import org.localityworking.storage.LocalityStore;
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

    /** @return a new store on the location */
    public LocalityStore open() {
        return provider.open(location, options);
    }
}
