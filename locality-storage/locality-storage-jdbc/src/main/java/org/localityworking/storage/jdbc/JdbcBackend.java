package org.localityworking.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.support.BufferedUnitOfWork;

/**
 * A backend in an SQLite file or a PostgreSQL database. Each commit is one database transaction: the
 * library's {@link Commit#verify} reads what it needs inside the transaction (rows locked for share on
 * PostgreSQL), then conditional writes (insert if absent, update or delete where the version matches)
 * apply the batch and catch any writer that raced past the check, and only then does it commit. SQLite has
 * one writer at a time (a lock in this JVM, and a busy timeout across processes); PostgreSQL writers run
 * in parallel on pooled connections. Every statement is prepared with bound values; table and column names
 * come from {@link Kind} and {@link Columns}, never from input.
 */
final class JdbcBackend implements StorageBackend {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcBackend.class);
    private static final String INSERT_KEY = "INSERT INTO record_key (kind, id, dimension, key_value) VALUES (?, ?, ?, ?)";
    private static final String DELETE_KEYS = "DELETE FROM record_key WHERE kind = ? AND id = ?";

    private final String location;
    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final JsonCodec json = new JsonCodec();
    private final ReentrantLock writer;
    private volatile boolean closed;

    JdbcBackend(String location, Dialect dialect, HikariDataSource dataSource) {
        this.location = location;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.writer = dialect == Dialect.SQLITE ? new ReentrantLock(true) : null;
    }

    Dialect dialect() {
        return dialect;
    }

    /** @return a connection from the pool, for tests and tools that look at the schema */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException("The store " + location + " is closed");
        }
    }

    /** The waits between attempts at a commit that found an SQLite file busy with another process's writer. */
    static final long[] BUSY_BACKOFF_MS = {250, 500, 1_000, 2_000, 4_000};

    @Override
    public void commit(Commit commit) {
        List<PendingWrite<?>> writes = commit.writes();
        requireOpen();
        if (writer != null) {
            writer.lock();
        }
        try {
            for (int attempt = 0; ; attempt++) {
                try (Connection c = dataSource.getConnection()) {
                    transaction(c, true, tx -> {
                        commit.verify(new TransactionReader(tx, writes));
                        Map<Kind<?>, List<PendingWrite<?>>> byKind = new LinkedHashMap<>();
                        for (PendingWrite<?> w : writes) {
                            byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w);
                        }
                        for (Map.Entry<Kind<?>, List<PendingWrite<?>>> e : byKind.entrySet()) {
                            applyAll(tx, e.getKey(), e.getValue());
                        }
                    });
                    return;
                } catch (SQLException e) {
                    if (!busy(e)) {
                        throw new StorageException("Could not commit a unit of work to " + location + ": " + e.getMessage(), e);
                    }
                    if (attempt >= BUSY_BACKOFF_MS.length) {
                        throw new StorageException("The store " + location + " is busy: another process has been"
                                + " writing to it through " + (attempt + 1) + " attempts. Nothing of this unit of work"
                                + " was written; run it again when the other writer has finished.", e);
                    }
                    LOG.info("The store {} is busy with another writer; trying the commit again in {} ms (attempt {} of"
                            + " {})", location, BUSY_BACKOFF_MS[attempt], attempt + 2, BUSY_BACKOFF_MS.length + 1);
                    pause(BUSY_BACKOFF_MS[attempt]);
                }
            }
        } finally {
            if (writer != null) {
                writer.unlock();
            }
        }
    }

    /** @return whether the error is SQLite finding the file locked by another connection (SQLITE_BUSY or LOCKED) */
    static boolean busy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == 5 || s.getErrorCode() == 6
                    || String.valueOf(s.getMessage()).contains("SQLITE_BUSY"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a busy store; nothing was written", e);
        }
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    /**
     * Runs the work in one transaction on the connection: commits when it returns; rolls back and rethrows
     * when it throws (a failure to roll back or to restore auto-commit is added to that error, never put in its
     * place); then sets auto-commit as given.
     */
    static void transaction(Connection c, boolean autoCommitAfter, SqlWork work) throws SQLException {
        c.setAutoCommit(false);
        Throwable failure = null;
        try {
            work.run(c);
            c.commit();
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            rollbackQuietly(c, e);
            throw e;
        } finally {
            restoreAutoCommit(c, autoCommitAfter, failure);
        }
    }

    /**
     * Restores a connection's auto-commit after a transaction. When the transaction already failed, a failure
     * here is added to that error as suppressed, so the real error (a version conflict, a refused reference)
     * is the one the caller sees; otherwise it is thrown.
     */
    static void restoreAutoCommit(Connection c, boolean autoCommit, Throwable failure) throws SQLException {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /** Rolls back, adding a failure to roll back to the error that caused it, as suppressed. */
    static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void applyAll(Connection c, Kind<T> kind, List<PendingWrite<?>> untyped) throws SQLException {
        List<PendingWrite<T>> inserts = new ArrayList<>();
        List<PendingWrite<T>> updates = new ArrayList<>();
        List<PendingWrite<T>> deletes = new ArrayList<>();
        for (PendingWrite<?> w : untyped) {
            PendingWrite<T> t = (PendingWrite<T>) w;
            if (t.isDelete()) {
                deletes.add(t);
            } else if (t.expectedVersion() == 0) {
                inserts.add(t);
            } else {
                updates.add(t);
            }
        }
        String table = Columns.table(kind);
        if (!inserts.isEmpty()) {
            String sql = "INSERT INTO " + table + " (id, version, council_id, locality_id, ward_id, category, status,"
                    + " parent_id, person_id, record_date, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + dialect.insertSuffix();
            int[] counts;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (PendingWrite<T> w : inserts) {
                    ps.setString(1, w.id());
                    ps.setLong(2, w.newVersion());
                    bindColumns(ps, 3, kind, w.value().orElseThrow());
                    ps.addBatch();
                }
                counts = ps.executeBatch();
            } catch (SQLException e) {
                if (!Dialect.isUniqueViolation(e)) {
                    throw e;
                }
                // The transaction is aborted: roll back, then name the record that already exists.
                c.rollback();
                for (PendingWrite<T> w : inserts) {
                    long actual = storedVersion(c, kind, w.id());
                    if (actual != 0) {
                        throw new ConcurrencyConflictException(kind.name(), w.id(), 0, actual);
                    }
                }
                // A concurrent unit held the id and has since rolled back: still a conflict, and a retry will succeed.
                throw new ConcurrencyConflictException(kind.name(), inserts.get(0).id(), 0, 1);
            }
            checkCounts(c, kind, inserts, counts);
        }
        if (!updates.isEmpty()) {
            String sql = "UPDATE " + table + " SET version = ?, council_id = ?, locality_id = ?, ward_id = ?,"
                    + " category = ?, status = ?, parent_id = ?, person_id = ?, record_date = ?, body = ?"
                    + " WHERE id = ? AND version = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (PendingWrite<T> w : updates) {
                    ps.setLong(1, w.newVersion());
                    bindColumns(ps, 2, kind, w.value().orElseThrow());
                    ps.setString(11, w.id());
                    ps.setLong(12, w.expectedVersion());
                    ps.addBatch();
                }
                checkCounts(c, kind, updates, ps.executeBatch());
            }
        }
        if (!deletes.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND version = ?")) {
                for (PendingWrite<T> w : deletes) {
                    ps.setString(1, w.id());
                    ps.setLong(2, w.expectedVersion());
                    ps.addBatch();
                }
                checkCounts(c, kind, deletes, ps.executeBatch());
            }
        }
        if (!kind.multiValued().isEmpty()) {
            writeKeys(c, kind, inserts, updates, deletes);
        }
    }

    <T> void writeKeys(Connection c, Kind<T> kind, List<PendingWrite<T>> inserts, List<PendingWrite<T>> updates,
                               List<PendingWrite<T>> deletes) throws SQLException {
        if (!updates.isEmpty() || !deletes.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(DELETE_KEYS)) {
                for (List<PendingWrite<T>> list : List.of(updates, deletes)) {
                    for (PendingWrite<T> w : list) {
                        ps.setString(1, Columns.plain(kind));
                        ps.setString(2, w.id());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_KEY)) {
            int rows = 0;
            for (List<PendingWrite<T>> list : List.of(inserts, updates)) {
                for (PendingWrite<T> w : list) {
                    T value = w.value().orElseThrow();
                    for (Dimension d : kind.multiValued()) {
                        for (String key : kind.keys(value, d)) {
                            ps.setString(1, Columns.plain(kind));
                            ps.setString(2, w.id());
                            ps.setString(3, d.name());
                            ps.setString(4, key);
                            ps.addBatch();
                            rows++;
                        }
                    }
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    <T> void bindColumns(PreparedStatement ps, int first, Kind<T> kind, T value) throws SQLException {
        int i = first;
        for (Dimension d : Columns.KEYS) {
            ps.setString(i++, Columns.single(kind, value, d).orElse(null));
        }
        dialect.setDate(ps, i++, kind.date(value).orElse(null));
        ps.setString(i, json.write(kind, value));
    }

    private <T> void checkCounts(Connection c, Kind<T> kind, List<PendingWrite<T>> writes, int[] counts)
            throws SQLException {
        for (int i = 0; i < writes.size(); i++) {
            PendingWrite<T> w = writes.get(i);
            if (counts[i] == 1) {
                continue;
            }
            long actual = storedVersion(c, kind, w.id());
            boolean landed = counts[i] == Statement.SUCCESS_NO_INFO && actual == w.newVersion();
            if (!landed) {
                throw new ConcurrencyConflictException(kind.name(), w.id(), w.expectedVersion(), actual);
            }
        }
    }

    private long storedVersion(Connection c, Kind<?> kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + Columns.table(kind) + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Reads committed rows inside the commit's transaction and remembers what it read. A row the batch does
     * not write (one it refers to) is locked for share until the commit ends, so nobody deletes it meanwhile
     * (on PostgreSQL; SQLite has one writer). A row the batch writes is read without a lock: two commits that
     * both locked it for share would deadlock on the update, and the conditional write catches a writer that
     * raced past the check.
     */
    private final class TransactionReader implements BackendReader {
        private final Connection c;
        private final java.util.Set<String> written = new java.util.HashSet<>();
        private final Map<String, Optional<Versioned<?>>> read = new HashMap<>();

        TransactionReader(Connection c, List<PendingWrite<?>> writes) {
            this.c = c;
            writes.forEach(w -> written.add(BufferedUnitOfWork.key(w.kind(), w.id())));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            String key = BufferedUnitOfWork.key(kind, id);
            Optional<Versioned<?>> known = read.get(key);
            if (known == null) {
                known = Optional.ofNullable(select(c, kind, id, written.contains(key) ? "" : dialect.forShare())
                        .orElse(null));
                read.put(key, known);
            }
            return known.map(v -> (Versioned<T>) v);
        }

        /** One SELECT for up to {@value #IDS_A_QUERY} ids, reading versions only (no bodies to parse). */
        @Override
        public Map<String, Long> versions(Kind<?> kind, java.util.Collection<String> ids) {
            Map<String, Long> versions = new HashMap<>();
            List<String> all = List.copyOf(ids);
            for (int from = 0; from < all.size(); from += IDS_A_QUERY) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_A_QUERY));
                // no FOR SHARE, unlike read() of a record the unit refers to: the library asks only for the records
                // it writes, and the write itself catches a concurrent change (the UPDATE's version, the primary key)
                String sql = "SELECT id, version FROM " + Columns.table(kind) + " WHERE id IN ("
                        + "?, ".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            versions.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                } catch (SQLException e) {
                    throw new StorageException("Could not read the versions of " + chunk.size() + " " + kind.name()
                            + " records from " + location, e);
                }
            }
            return versions;
        }
    }

    /** The most ids one query names (SQLite allows 32,766 parameters, PostgreSQL 65,535). */
    private static final int IDS_A_QUERY = 500;

    private <T> Optional<Versioned<T>> select(Connection c, Kind<T> kind, String id, String suffix) {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, body FROM " + Columns.table(kind)
                + " WHERE id = ?" + suffix)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Versioned<>(json.read(kind, id, rs.getString(2)), rs.getLong(1)));
            }
        } catch (SQLException e) {
            throw new StorageException("Could not read " + kind.name() + " " + id + " from " + location, e);
        }
    }

    @Override
    public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
        requireOpen();
        try (Connection c = dataSource.getConnection()) {
            return select(c, kind, id, "");
        } catch (SQLException e) {
            throw new StorageException("Could not read " + kind.name() + " " + id + " from " + location, e);
        }
    }

    /** A WHERE clause and its bound values. */
    private record Where(String sql, List<Object> values) {
        void bind(PreparedStatement ps, Dialect dialect) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof LocalDate date) {
                    dialect.setDate(ps, i + 1, date);
                } else {
                    ps.setString(i + 1, (String) v);
                }
            }
        }
    }

    private Where where(Kind<?> kind, Query query) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Dimension d : Columns.KEYS) {
            Optional<String> wanted = query.value(d);
            if (wanted.isEmpty()) {
                continue;
            }
            if (Columns.inColumn(kind, d)) {
                conditions.add(Columns.of(d) + " = ?");
            } else {
                conditions.add("id IN (SELECT id FROM record_key WHERE kind = ? AND dimension = ? AND key_value = ?)");
                values.add(Columns.plain(kind));
                values.add(d.name());
            }
            values.add(wanted.get());
        }
        query.from().ifPresent(f -> {
            conditions.add("record_date >= ?");
            values.add(f);
        });
        query.to().ifPresent(t -> {
            conditions.add("record_date <= ?");
            values.add(t);
        });
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    /** The rows that match exactly, from one SELECT (one commit point), ordered by id. */
    @Override
    public <T> List<Versioned<T>> candidates(Kind<T> kind, Query query) {
        requireOpen();
        Where where = where(kind, query);
        String sql = "SELECT id, version, body FROM " + Columns.table(kind) + where.sql() + " ORDER BY id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, dialect);
            List<Versioned<T>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Versioned<>(json.read(kind, rs.getString(1), rs.getString(3)), rs.getLong(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException("Could not query " + kind.name() + " in " + location, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        dataSource.close();
    }

    @Override
    public String toString() {
        return "JdbcBackend[" + location + "]";
    }
}
