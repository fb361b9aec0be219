package org.localityworking.storage.jdbc;

import java.util.Map;
import java.util.Set;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * The JDBC provider with faults injected into its backend's commits ({@link JdbcBackend.Faults}), for the tests
 * that reach a commit's unhappy paths on purpose.
 */
final class FaultyJdbcProvider implements StorageBackendProvider {
    private final JdbcBackend.Faults faults;
    /** The backend it opened last, for tests that look inside it. */
    volatile JdbcBackend opened;

    FaultyJdbcProvider(JdbcBackend.Faults faults) {
        this.faults = faults;
    }

    /** {@return the library's store on the location, its backend's commits running through the faults} */
    static LocalityStore open(String location, Map<String, String> options, JdbcBackend.Faults faults) {
        Stores.Builder builder = Stores.builder().provider(new FaultyJdbcProvider(faults)).location(location);
        options.forEach(builder::option);
        return builder.open();
    }

    @Override
    public ProviderInfo info() {
        return new JdbcStorageProvider().info();
    }

    @Override
    public boolean accepts(String location) {
        return new JdbcStorageProvider().accepts(location);
    }

    @Override
    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
        JdbcBackend backend = (JdbcBackend) new JdbcStorageProvider().open(location, options, kinds);
        backend.faults(faults);
        opened = backend;
        return backend;
    }
}
