package org.localityworking.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.NoStoreException;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.OpenMode;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.spi.StorageBackendProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code jdbc} provider: {@code sqlite:PATH} (an embedded file; the file and its folder are created
 * when missing) and {@code postgresql://HOST:PORT/DB} (user and password as URL parameters or options),
 * and the {@code jdbc:sqlite:} and {@code jdbc:postgresql:} URLs of both.
 *
 * <p>Options, beside the location or, for SQLite, in its query part ({@code sqlite:./x.db?busyTimeoutMs=100}; an
 * unknown one is refused by name): {@code user}, {@code password} (PostgreSQL), {@code poolSize} (connections, default 4 for
 * SQLite and 8 for PostgreSQL) and {@code busyTimeoutMs} (SQLite: how long one commit attempt waits for another
 * process's write lock, default 10000). SQLite runs in WAL mode with {@code synchronous=FULL}, one writer at a
 * time, each commit taking the write lock as it begins ({@code BEGIN IMMEDIATE}); a commit that still finds the
 * file busy is tried again with a bounded backoff, and then refused saying nothing was written. The schema is created on first open and migrated on later opens
 * (see {@code SCHEMA.md}).
 */
public final class JdbcStorageProvider implements StorageBackendProvider {
    /** The provider's id. */
    public static final String ID = "jdbc";
    private static final Set<String> OPTIONS = Set.of("user", "password", "poolSize", "busyTimeoutMs");
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorageProvider.class);

    /** Creates the provider; does no work until {@link #open}. */
    public JdbcStorageProvider() {
    }

    private static final ProviderInfo INFO = new ProviderInfo(ID, SPI_VERSION,
            Set.of(ProviderInfo.Capability.PERSISTENT, ProviderInfo.Capability.DURABLE_AT_COMMIT,
                    ProviderInfo.Capability.MULTI_PROCESS, ProviderInfo.Capability.SNAPSHOT_QUERIES,
                    ProviderInfo.Capability.KEYED_INSERTS),
            List.of("sqlite:./locality-data/locality.db", "postgresql://localhost:5432/locality",
                    "jdbc:sqlite:./data/trafford.db", "jdbc:postgresql://db.example.org/locality?user=app"));

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public boolean accepts(String location) {
        return JdbcLocation.accepts(location);
    }

    @Override
    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds) {
        return open(location, options, kinds, OpenMode.CREATE_IF_MISSING);
    }

    /**
     * {@inheritDoc} With {@link OpenMode#MUST_EXIST}, an SQLite file that does not exist, or a database (or
     * schema) that holds no Locality Working tables, is refused before anything is created.
     */
    @Override
    public StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds, OpenMode mode) {
        JdbcLocation parsed = JdbcLocation.parse(location);
        options = new java.util.HashMap<>(options);
        for (Map.Entry<String, String> e : parsed.options().entrySet()) {
            String before = options.put(e.getKey(), e.getValue());
            if (before != null && !before.equals(e.getValue())) {
                throw new ValidationException("options." + e.getKey(), before, "is given twice, as " + before
                        + " beside the location and as " + e.getValue() + " in it: give it once");
            }
        }
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (!OPTIONS.contains(e.getKey())) {
                throw new ValidationException("options." + e.getKey(), e.getValue(),
                        "the JDBC provider takes only the options " + OPTIONS);
            }
        }
        String shown = redact(location);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(parsed.jdbcUrl());
        config.setPoolName("locality-" + parsed.dialect().name().toLowerCase(java.util.Locale.ROOT));
        config.setMaximumPoolSize(poolSize(options, parsed.dialect() == Dialect.SQLITE ? 4 : 8));
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(1);
        if (options.containsKey("user")) {
            config.setUsername(options.get("user"));
        }
        if (options.containsKey("password")) {
            config.setPassword(options.get("password"));
        }
        if (parsed.dialect() == Dialect.SQLITE && mode == OpenMode.MUST_EXIST
                && !Files.isRegularFile(parsed.file().orElseThrow())) {
            throw new NoStoreException(shown, "the file " + parsed.file().orElseThrow().toAbsolutePath().normalize()
                    + " does not exist");
        }
        if (parsed.dialect() == Dialect.SQLITE) {
            createFolder(parsed.file().orElseThrow(), shown);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            // deleted and rewritten content is overwritten with zeros, so an erased value leaves no bytes in the file
            config.addDataSourceProperty("secure_delete", "true");
            config.addDataSourceProperty("busy_timeout", Integer.toString(busyTimeout(options)));
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        HikariDataSource dataSource = pool(config, parsed.dialect() == Dialect.SQLITE ? busyTimeout(options) : 0, shown);
        try (Connection c = dataSource.getConnection()) {
            if (mode == OpenMode.MUST_EXIST && Schema.version(c, parsed.dialect()) == 0) {
                throw new NoStoreException(shown, parsed.dialect() == Dialect.SQLITE
                        ? "the file holds no Locality Working tables" : "the database holds no Locality Working tables");
            }
            Schema.prepare(c, parsed.dialect(), shown);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException("Could not prepare the schema at " + shown + ": " + JdbcBackend.rootMessage(e), e);
        }
        JdbcBackend backend = new JdbcBackend(shown, parsed.dialect(), dataSource);
        try {
            CustomKinds.prepare(backend, kinds);
        } catch (SQLException | RuntimeException e) {
            backend.close();
            throw new StorageException("Could not prepare the tables of the council's own kinds at " + shown + ": "
                    + JdbcBackend.rootMessage(e), e);
        }
        LOG.info("Opened {} store at {} (schema version {})", parsed.dialect(), shown, Schema.CURRENT);
        return backend;
    }

    /** {@return how long SQLite waits for another process's write lock before a commit attempt gives up, in ms} */
    static int busyTimeout(Map<String, String> options) {
        String v = options.getOrDefault("busyTimeoutMs", "10000");
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= 600_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException("options.busyTimeoutMs", v, "must be a whole number of milliseconds from 0 to 600000");
    }

    private static int poolSize(Map<String, String> options, int fallback) {
        String v = options.get("poolSize");
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException("options.poolSize", v, "must be a whole number from 1 to 64");
    }

    private static void createFolder(Path file, String shown) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("Could not create the folder for the SQLite file " + shown + ": " + e.getMessage(), e);
        }
    }

    /** {@return the location with any password hidden, for messages and logs} */
    static String redact(String location) {
        return org.localityworking.storage.LocalityStore.hidePasswords(location);
    }

    /**
     * The connection pool, whose first connection is opened here. A new SQLite file that another process or thread
     * is creating at the same moment may answer SQLITE_BUSY to the first connection's settings (switching the file
     * to WAL needs the writer's lock, which SQLite does not wait for there): such an open is tried again, pausing
     * 25 ms, doubling to 1 s, for as long as a commit would wait for the writer ({@code busyTimeoutMs}).
     */
    private static HikariDataSource pool(HikariConfig config, int busyMillis, String shown) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(busyMillis);
        long pause = 25;
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                String root = JdbcBackend.rootMessage(e);
                if (!root.contains("SQLITE_BUSY") || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw new StorageException("Could not open the database at " + shown + ": " + root, e);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("Interrupted while opening the database at " + shown, stop);
                }
                pause = Math.min(1_000, pause * 2);
            }
        }
    }
}
