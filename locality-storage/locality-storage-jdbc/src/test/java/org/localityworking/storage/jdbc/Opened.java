package org.localityworking.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * The library's store on a JDBC location, and a second backend on the same database for tests that look
 * at it with SQL as well as through the store.
 *
 * @param backend the backend (for its connections and dialect)
 * @param store   the library's store over it
 */
record Opened(JdbcBackend backend, LocalityStore store) implements AutoCloseable {
    static Opened open(String location) {
        return open(location, Map.of());
    }

    static Opened open(String location, Map<String, String> options) {
        return open(location, options, java.util.List.of());
    }

    /** Opens with the council's own kinds as well as the standard ones. */
    static Opened open(String location, Map<String, String> options, java.util.List<Kind<?>> custom) {
        Stores.Builder builder = Stores.builder().provider(new JdbcStorageProvider()).location(location).kinds(custom);
        options.forEach(builder::option);
        LocalityStore store = builder.open();
        try {
            return new Opened((JdbcBackend) new JdbcStorageProvider().open(location, options, Set.copyOf(store.kinds())),
                    store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    Connection connection() throws SQLException {
        return backend.connection();
    }

    Dialect dialect() {
        return backend.dialect();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            backend.close();
        }
    }
}
