package org.localityworking.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.spi.PendingWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tables for a council's own kinds of record. A custom kind's table, {@code custom_<name>}, has the columns
 * every standard kind's table has and is indexed on the single-valued dimensions the kind declares; it is
 * created the first time a store is opened with the kind, and its dimensions are registered in
 * {@code custom_kind}. When a later open declares other dimensions, every record of the kind is re-indexed
 * (key columns and {@code record_key} rows rebuilt from the stored records) in the same transaction, so no
 * query misses a record that was saved under the old definition. Nothing is ever dropped.
 */
final class CustomKinds {
    private static final Logger LOG = LoggerFactory.getLogger(CustomKinds.class);

    private CustomKinds() {
    }

    /** Creates or re-indexes the tables of the custom kinds among {@code kinds}, in one transaction. */
    static void prepare(JdbcBackend backend, Collection<Kind<?>> kinds) throws SQLException {
        List<Kind<?>> custom = kinds.stream().filter(k -> !k.isStandard())
                .sorted(Comparator.comparing(Kind::name)).toList();
        if (custom.isEmpty()) {
            return;
        }
        Dialect d = backend.dialect();
        try (Connection c = backend.connection()) {
            Tx.run(c, d, tx -> {
                if (d == Dialect.POSTGRESQL) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_xact_lock(" + Schema.MIGRATION_LOCK + ")");
                    }
                }
                for (Kind<?> kind : custom) {
                    tx.check();
                    prepare(backend, tx, d, kind);
                }
            });
        }
    }

    /** {@return the kind's dimensions as registered: each name, with * for a multi-valued one, in enum order} */
    static String fingerprint(Kind<?> kind) {
        StringJoiner j = new StringJoiner(",");
        for (Dimension dim : Dimension.values()) {
            if (kind.dimensions().contains(dim)) {
                j.add(dim.name() + (kind.multiValued().contains(dim) ? "*" : ""));
            }
        }
        return j.toString();
    }

    private static <T> void prepare(JdbcBackend backend, Tx tx, Dialect d, Kind<T> kind) throws SQLException {
        Connection c = tx.connection();
        String plain = Columns.plain(kind);
        String table = Columns.table(kind);
        String id = d.idType();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " (id " + id + " PRIMARY KEY, version BIGINT NOT NULL,"
                    + " council_id " + id + ", locality_id " + id + ", ward_id " + id + ", category TEXT, status TEXT,"
                    + " parent_id " + id + ", person_id " + id + ", record_date " + d.dateType() + ", body TEXT NOT NULL)");
            for (Dimension dim : Dimension.values()) {
                if (dim == Dimension.DATE ? kind.dimensions().contains(dim) : Columns.inColumn(kind, dim)) {
                    String column = Columns.of(dim);
                    s.execute("CREATE INDEX IF NOT EXISTS " + plain + "_" + column + " ON " + table + " (" + column + ")");
                }
            }
            if (Columns.inColumn(kind, Dimension.LOCALITY) && Columns.inColumn(kind, Dimension.CATEGORY)) {
                s.execute("CREATE INDEX IF NOT EXISTS " + plain + "_locality_category ON " + table
                        + " (locality_id, category)");
            }
        }
        String now = fingerprint(kind);
        Optional<String> registered = registered(c, kind);
        if (registered.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO custom_kind (name, table_name, dimensions, defined_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, kind.name());
                ps.setString(2, plain);
                ps.setString(3, now);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            LOG.info("Created the table {} for the council's own kind {} (dimensions {})", plain, kind.name(), now);
            return;
        }
        if (registered.get().equals(now)) {
            return;
        }
        int rows = reindex(backend, tx, kind);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE custom_kind SET dimensions = ?, defined_at = ? WHERE name = ?")) {
            ps.setString(1, now);
            ps.setString(2, Instant.now().toString());
            ps.setString(3, kind.name());
            ps.executeUpdate();
        }
        LOG.info("Re-indexed {} records of the council's own kind {}: its dimensions changed from {} to {}", rows,
                kind.name(), registered.get(), now);
    }

    private static Optional<String> registered(Connection c, Kind<?> kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dimensions FROM custom_kind WHERE name = ?")) {
            ps.setString(1, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Rewrites every record's key columns and {@code record_key} rows from the stored record; versions stay. */
    private static <T> int reindex(JdbcBackend backend, Tx tx, Kind<T> kind) throws SQLException {
        Connection c = tx.connection();
        List<PendingWrite<T>> rows = new ArrayList<>();
        JsonCodec json = new JsonCodec();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version, body FROM " + Columns.table(kind));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long version = rs.getLong(2);
                T value = json.read(kind, rs.getString(1), rs.getString(3));
                rows.add(new PendingWrite<>(kind, rs.getString(1), Optional.of(value), version, version));
            }
        }
        JdbcBackend.Layout layout = JdbcBackend.Layout.of(kind);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + Columns.table(kind) + " SET " + layout.assigned()
                + "body = ? WHERE id = ?")) {
            backend.send(tx, ps, rows, (p, w) -> p.setString(backend.bindKept(p, 1, kind, layout, w.value().orElseThrow()),
                    w.id()));
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM record_key WHERE kind = ?")) {
            ps.setString(1, Columns.plain(kind));
            ps.executeUpdate();
        }
        backend.writeKeys(tx, kind, rows, List.of(), List.of());
        return rows.size();
    }
}
