package org.localityworking.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database schema, created on first open and migrated by version on later opens. The version is
 * recorded in {@code locality_schema}; a database with a newer version than this library knows is refused.
 *
 * <p>Migrations, each applied in one transaction in order from the recorded version:
 * <ol>
 *   <li>the tables: {@code locality_schema}, one table per {@link Kind} and {@code record_key};</li>
 *   <li>the indexes on every key column, on locality with category, and on {@code record_key}.</li>
 * </ol>
 */
final class Schema {
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** The schema version this library writes. */
    static final int CURRENT = 2;

    private Schema() {
    }

    /** Brings the database up to {@link #CURRENT}, or refuses a newer one. */
    static void prepare(Connection c, Dialect dialect, String location) throws SQLException {
        int version = version(c, dialect);
        if (version > CURRENT) {
            throw new StorageException("The database at " + location + " has schema version " + version
                    + ", newer than this library's " + CURRENT + ". It was written by a newer version of"
                    + " locality-storage-jdbc: upgrade the library to open it. Nothing was changed.");
        }
        while (version < CURRENT) {
            int next = version + 1;
            migrate(c, dialect, next);
            LOG.info("Migrated the database at {} to schema version {}", location, next);
            version = next;
        }
    }

    /** @return the recorded schema version, 0 for an empty database */
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

    /** Applies one migration step and records it, in one transaction. */
    static void migrate(Connection c, Dialect dialect, int to) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : step(dialect, to)) {
                s.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO locality_schema (version, applied_at) VALUES (?, ?)")) {
                ps.setInt(1, to);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static List<String> step(Dialect d, int to) {
        List<String> sql = new ArrayList<>();
        switch (to) {
            case 1 -> {
                sql.add("CREATE TABLE locality_schema (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
                for (Kind<?> kind : Kind.all()) {
                    sql.add("CREATE TABLE " + Columns.table(kind) + " (id " + d.idType() + " PRIMARY KEY,"
                            + " version BIGINT NOT NULL, council_id " + d.idType() + ", locality_id " + d.idType()
                            + ", ward_id " + d.idType() + ", category TEXT, status TEXT, parent_id " + d.idType()
                            + ", person_id " + d.idType() + ", record_date " + d.dateType() + ", body TEXT NOT NULL)");
                }
                sql.add("CREATE TABLE record_key (kind TEXT NOT NULL, id " + d.idType() + " NOT NULL,"
                        + " dimension TEXT NOT NULL, key_value " + d.idType() + " NOT NULL,"
                        + " PRIMARY KEY (kind, dimension, key_value, id))");
            }
            case 2 -> {
                for (Kind<?> kind : Kind.all()) {
                    String t = Columns.table(kind);
                    String n = Columns.plain(kind);
                    for (Dimension dim : Columns.KEYS) {
                        if (Columns.inColumn(kind, dim)) {
                            sql.add("CREATE INDEX " + n + "_" + Columns.of(dim) + " ON " + t + " (" + Columns.of(dim) + ")");
                        }
                    }
                    if (Columns.inColumn(kind, Dimension.LOCALITY) && Columns.inColumn(kind, Dimension.CATEGORY)) {
                        sql.add("CREATE INDEX " + n + "_locality_category ON " + t + " (locality_id, category)");
                    }
                    if (kind.dimensions().contains(Dimension.DATE)) {
                        sql.add("CREATE INDEX " + n + "_record_date ON " + t + " (record_date)");
                    }
                }
                sql.add("CREATE INDEX record_key_record ON record_key (kind, id)");
            }
            default -> throw new IllegalStateException("No migration to schema version " + to);
        }
        return sql;
    }
}
