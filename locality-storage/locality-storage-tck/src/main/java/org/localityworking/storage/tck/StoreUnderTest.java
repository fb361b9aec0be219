package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Map;
import org.apiguardian.api.API;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.OpenMode;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * What the kit tests: a backend provider, a location it accepts and the options to open it with. Whether
 * the reopen tests run comes from the capabilities the provider declares ({@link #persistent()}), never from
 * the test.
 *
 * @param provider the provider under test (the kit also loads it by id through the production registry)
 * @param location a location for this test's data, fresh for each test
 * @param options  options for {@link StorageBackendProvider#open}
 */
@API(status = MAINTAINED, since = "1.0")
public record StoreUnderTest(StorageBackendProvider provider, String location, Map<String, String> options) {
    /** Copies the options. */
    public StoreUnderTest {
        options = Map.copyOf(options);
    }

    /**
     * {@return what the kit tests}
     *
     * @param provider the provider under test
     * @param location a location for this test's data, fresh for each test
     * @param options  options for {@link StorageBackendProvider#open}
     */
    public static StoreUnderTest of(StorageBackendProvider provider, String location, Map<String, String> options) {
        return new StoreUnderTest(provider, location, options);
    }

    /** {@return whether the provider declares its data persistent, so the reopen tests run} */
    public boolean persistent() {
        return provider.info().has(ProviderInfo.Capability.PERSISTENT);
    }

    /**
     * {@return a new store on the location: the library's store over a backend of the provider, holding the
     * standard kinds and the kit's own kind, {@link WarmSpace#KIND}}
     */
    public LocalityStore open() {
        return open(OpenMode.CREATE_IF_MISSING);
    }

    /**
     * {@return a store on the location opened in the mode: with {@link OpenMode#MUST_EXIST}, only if a store is
     * there already}
     *
     * @param mode how to open
     */
    public LocalityStore open(OpenMode mode) {
        Stores.Builder builder = Stores.builder().provider(provider).location(location).kind(WarmSpace.KIND)
                .openMode(mode);
        options.forEach(builder::option);
        return builder.open();
    }
}
