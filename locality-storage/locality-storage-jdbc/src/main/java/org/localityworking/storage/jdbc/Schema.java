package org.localityworking.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localityworking.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database schema, created on first open and migrated by version on later opens. The version is
 * recorded in {@code locality_schema}; a database with a newer version than this library knows is refused.
 *
 * <p>Migrations, applied in order from the recorded version in one transaction, are frozen SQL files
 * beside this class ({@code migrations/sqlite/V1.sql}, {@code migrations/postgresql/V1.sql}, ...), never
 * derived from the code of the day, so a database created today and one migrated from version 1 end up
 * the same:
 * <ol>
 *   <li>the tables: {@code locality_schema}, one table per kind of record and {@code record_key};</li>
 *   <li>the indexes on every key column, on locality with category, on record dates, and on
 *       {@code record_key};</li>
 *   <li>{@code custom_kind}, the register of the council's own kinds (their tables are made by
 *       {@link CustomKinds});</li>
 *   <li>the table and indexes of {@code naming_consent}, a standard kind added then;</li>
 *   <li>the table and index of {@code source}, a standard kind added then;</li>
 *   <li>the tables and indexes of {@code gift} and {@code need}, standard kinds added then.</li>
 * </ol>
 */
final class Schema {
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** The schema version this library writes. */
    static final int CURRENT = 6;

    private Schema() {
    }

    /**
     * Brings the database up to {@link #CURRENT}, or refuses a newer one. Safe when several processes open a new
     * or older database at once: the version is read again inside one transaction that only one process at a
     * time can hold (SQLite's write lock, taken as the transaction begins; a PostgreSQL advisory lock), and every
     * missing step is applied in that transaction, so the first process migrates and the others find the work done.
     */
    static void prepare(Connection c, Dialect dialect, String location) throws SQLException {
        int seen = version(c, dialect);
        refuseNewer(seen, location);
        if (seen == CURRENT) {
            return;
        }
        Tx.run(c, dialect, tx -> {
            if (dialect == Dialect.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                }
            }
            int version = version(c, dialect);
            refuseNewer(version, location);
            while (version < CURRENT) {
                int next = version + 1;
                tx.check();
                apply(c, dialect, next);
                LOG.info("Migrated the database at {} to schema version {}", location, next);
                version = next;
            }
        });
    }

    /** The PostgreSQL advisory lock that lets one process at a time migrate a database (any fixed number). */
    static final long MIGRATION_LOCK = 0x4c6f63616c697479L;

    private static void refuseNewer(int version, String location) {
        if (version > CURRENT) {
            throw new StorageException("The database at " + location + " has schema version " + version
                    + ", newer than this library's " + CURRENT + ". It was written by a newer version of"
                    + " locality-storage-jdbc: upgrade the library to open it. Nothing was changed.");
        }
    }

    /** {@return the recorded schema version, 0 for an empty database} */
    static int version(Connection c, Dialect dialect) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.tableExistsSql())) {
            ps.setString(1, "locality_schema");
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM locality_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies one migration step and records it, in one transaction (for tests that build an older database). */
    static void migrate(Connection c, Dialect dialect, int to) throws SQLException {
        Tx.run(c, dialect, tx -> apply(c, dialect, to));
    }

    /** Applies one migration step and records it, inside the caller's transaction. */
    private static void apply(Connection c, Dialect dialect, int to) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : step(dialect, to)) {
                s.execute(sql);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO locality_schema (version, applied_at) VALUES (?, ?)")) {
            ps.setInt(1, to);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /**
     * The statements of one migration step, read from the frozen file
     * {@code migrations/<dialect>/V<to>.sql} beside this class.
     *
     * @param d  the database
     * @param to the schema version the step brings the database to
     * @return the statements, in order
     */
    static List<String> step(Dialect d, int to) {
        String resource = "migrations/" + d.name().toLowerCase(Locale.ROOT) + "/V" + to + ".sql";
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No migration to schema version " + to + " for " + d + ": "
                        + resource + " is missing from locality-storage-jdbc");
            }
            return statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** {@return the statements of a migration file: comment lines dropped, split at semicolons ending a line} */
    static List<String> statements(String file) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : file.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(trimmed);
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.length() - 1));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            throw new IllegalStateException("A migration statement does not end with a semicolon: " + current);
        }
        return statements;
    }
}
