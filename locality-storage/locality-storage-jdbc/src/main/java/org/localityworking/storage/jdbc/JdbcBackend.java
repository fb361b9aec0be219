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
import org.sqlite.SQLiteConnection;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.StorageBackend;

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
    /**
     * The statements SQLite commits prepared, by connection (the driver's own, under the pool's proxy) and SQL, kept
     * prepared for the next commits on that connection: a commit prepares its INSERT and its check's queries again at
     * every unit otherwise, and a statement prepared once a unit is also run by code the JIT has not compiled. Only
     * commits use them, and on SQLite a commit holds {@link #writer}, so one thread at a time. PostgreSQL's driver
     * keeps its own prepared statements.
     */
    private final Map<Connection, Map<String, PreparedStatement>> kept = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A statement for one use in a commit: on SQLite one kept on the connection (closing it clears its batch and
     * parameters and keeps it), on PostgreSQL a new one (closing it closes it).
     */
    record Prepared(PreparedStatement statement, boolean keep) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            if (!keep) {
                statement.close();
                return;
            }
            try {
                statement.clearBatch();
                statement.clearParameters();
            } catch (SQLException | RuntimeException e) {
                statement.close(); // a statement that cannot be cleared is prepared again next time
                throw e;
            }
        }
    }

    /** {@return the statement for one use in a commit on the connection, kept prepared there on SQLite} */
    Prepared prepare(Connection c, String sql) throws SQLException {
        if (dialect != Dialect.SQLITE) {
            return new Prepared(c.prepareStatement(sql), false);
        }
        Connection own = c.unwrap(SQLiteConnection.class);
        Map<String, PreparedStatement> of = kept.get(own);
        if (of == null) {
            // a connection the pool has not lent before, perhaps in place of one it closed: close the statements kept
            // on closed ones (SQLite keeps a closed connection's memory until its last statement is finalized)
            List.copyOf(kept.keySet()).stream().filter(JdbcBackend::isClosedQuietly).forEach(this::forget);
            of = new HashMap<>();
            kept.put(own, of);
        }
        PreparedStatement ps = of.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = own.prepareStatement(sql);
            of.put(sql, ps);
        }
        return new Prepared(ps, true);
    }

    /** {@return the statements kept on every connection, for tests} */
    List<PreparedStatement> keptStatements() {
        List<PreparedStatement> all = new ArrayList<>();
        kept.values().forEach(of -> all.addAll(of.values()));
        return all;
    }

    private static boolean isClosedQuietly(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    /** Closes the statements kept on a connection the backend is done with. */
    private void forget(Connection own) {
        Map<String, PreparedStatement> of = kept.remove(own);
        if (of != null) {
            for (PreparedStatement ps : of.values()) {
                try {
                    ps.close();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Could not close a statement kept on a connection to {}", location, e);
                }
            }
        }
    }

    /** The records commits' checks decoded, for the next checks. */
    private final DecodedBodies decoded = new DecodedBodies();
    /**
     * Each kind's queries for a commit's check of one record, without and with the dialect's share lock, made at
     * its first check (a check reads a unit's localities and wards at every unit).
     */
    private final Map<Kind<?>, String[]> checkSelects = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each kind's {@link Layout}, made at its first write. */
    private final Map<Kind<?>, Layout> layouts = new java.util.concurrent.ConcurrentHashMap<>();
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

    /** {@return a connection from the pool, for tests and tools that look at the schema} */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException("The store " + location + " is closed");
        }
    }

    /** The waits between attempts at a commit that found the store busy, ended by SQLite or cut off. */
    static final long[] BUSY_BACKOFF_MS = {250, 500, 1_000, 2_000, 4_000};

    /** How many writes one batched statement sends at most, so a long unit is checked between batches. */
    static final int WRITES_A_BATCH = 1_000;

    /** The points of a commit where a test may inject a fault ({@link #faults(Faults)}). */
    enum Step {
        /** The transaction has begun; nothing of the unit has been read or written. */
        BEGUN,
        /** The library's check has passed; nothing has been written. */
        VERIFIED,
        /** A batch of the unit's writes has been sent (of at most {@link #WRITES_A_BATCH}; more may follow). */
        BATCH_SENT,
        /** Every write has run; the COMMIT is next. */
        COMMITTING,
        /** The COMMIT returned. */
        COMMITTED
    }

    /** A fault a test injects at a step of a commit: it may act on the connection and may throw. */
    @FunctionalInterface
    interface Faults {
        /** No faults: production. */
        Faults NONE = (step, c) -> { };

        void at(Step step, Connection c) throws SQLException;
    }

    private volatile Faults faults = Faults.NONE;

    /** Injects faults into this backend's commits (tests only). */
    void faults(Faults faults) {
        this.faults = faults;
    }

    /** Why one attempt at a commit left nothing behind, so the next attempt may run. */
    private static final class Retry extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;

        Retry(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }
    }

    /**
     * Commits the unit in one transaction, trying again after an attempt that left nothing behind (the file busy
     * with another process's writer, the transaction ended by SQLite itself, the connection to PostgreSQL lost
     * before the commit), with a bounded backoff; then refuses saying nothing was written. When the connection
     * is lost during the COMMIT itself, whether it landed is read back from the database before anything is
     * said. What this method reports is what is in the store.
     */
    @Override
    public void commit(Commit commit) {
        requireOpen();
        if (writer != null) {
            writer.lock();
        }
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    attempt(commit);
                    return;
                } catch (Retry r) {
                    if (attempt >= BUSY_BACKOFF_MS.length) {
                        throw new StorageException("The store " + location + " is busy: " + r.reason + ", through "
                                + (attempt + 1) + " attempts. Nothing of this unit of work was written; run it again"
                                + " when the other writer has finished.", r.getCause());
                    }
                    LOG.info("The store {} is busy ({}); trying the commit again in {} ms (attempt {} of {})", location,
                            r.reason, BUSY_BACKOFF_MS[attempt], attempt + 2, BUSY_BACKOFF_MS.length + 1);
                    pause(BUSY_BACKOFF_MS[attempt]);
                }
            }
        } finally {
            if (writer != null) {
                writer.unlock();
            }
        }
    }

    /** One attempt: returns when the unit landed; throws {@link Retry} when nothing of it did. */
    private void attempt(Commit commit) throws Retry {
        List<PendingWrite<?>> writes = commit.writes();
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            if (lostConnection(e)) {
                throw new Retry("could not connect (" + e.getMessage() + ")", e);
            }
            throw new StorageException("Could not commit a unit of work to " + location + ": " + e.getMessage(), e);
        }
        Tx tx = null;
        boolean committing = false;
        try {
            tx = Tx.begin(c, dialect);
            Faults f = faults;
            f.at(Step.BEGUN, c);
            tx.check();
            try (TransactionReader reader = new TransactionReader(tx, writes)) {
                commit.verify(reader);
            }
            f.at(Step.VERIFIED, c);
            Kind<?> only = writes.get(0).kind();
            for (PendingWrite<?> w : writes) {
                if (w.kind() != only) {
                    only = null;
                    break;
                }
            }
            if (only != null) {
                applyAll(tx, only, writes); // a unit of one kind, as a bulk save is: no grouping
            } else {
                Map<Kind<?>, List<PendingWrite<?>>> byKind = new LinkedHashMap<>();
                for (PendingWrite<?> w : writes) {
                    byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w);
                }
                for (Map.Entry<Kind<?>, List<PendingWrite<?>>> e : byKind.entrySet()) {
                    applyAll(tx, e.getKey(), e.getValue());
                }
            }
            f.at(Step.COMMITTING, c);
            committing = true;
            tx.commit();
            f.at(Step.COMMITTED, c);
        } catch (Error e) {
            if (tx != null) {
                tx.rollbackQuietly(e);
            }
            evict(c);
            throw e;
        } catch (SQLException | RuntimeException e) {
            if (tx != null) {
                tx.rollbackQuietly(e); // a no-op when SQLite or the COMMIT already ended the transaction
            }
            if ((tx != null && tx.broken()) || lostConnection(e) || e instanceof Tx.Ended) {
                evict(c);
            }
            if (committing) {
                resolve(commit, e); // returns when the unit landed, else throws
                return;
            }
            if (e instanceof Tx.Ended || (tx != null && tx.endedBySqlite())) {
                throw new Retry("SQLite ended the transaction by itself: " + rootMessage(e), e);
            }
            if (busy(e)) {
                throw new Retry("another process has been writing to it", e);
            }
            if (lostConnection(e)) {
                throw new Retry("the connection was lost before the commit: " + rootMessage(e), e);
            }
            if (e instanceof SQLException) {
                throw new StorageException("Could not commit a unit of work to " + location + ": " + e.getMessage()
                        + ". Nothing of it was written.", e);
            }
            throw (RuntimeException) e;
        } finally {
            closeQuietly(c);
        }
    }

    /**
     * The COMMIT failed or its answer was lost: reads back, on a new connection, whether the unit landed. Returns
     * when every write is in the store as the unit wrote it; throws {@link Retry} when none is (nothing landed);
     * otherwise (the store cannot be read, or it holds other writes now) refuses saying it cannot tell.
     */
    private void resolve(Commit commit, Throwable failure) throws Retry {
        String cause = rootMessage(failure);
        for (int attempt = 0; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                Landed landed = landed(c, commit.writes());
                if (landed == Landed.ALL) {
                    LOG.warn("The commit to {} reported \"{}\", but every write of the unit is in the store: it landed",
                            location, cause);
                    return;
                }
                if (landed == Landed.NONE) {
                    throw new Retry("the commit failed (" + cause + ") and nothing of it is in the store", failure);
                }
                throw new StorageException("The commit of a unit of work to " + location + " failed (" + cause
                        + ") and the store now holds other writes to its records, so whether it landed cannot be"
                        + " told: look at the records before running it again.", failure);
            } catch (SQLException e) {
                if (attempt >= BUSY_BACKOFF_MS.length) {
                    throw new StorageException("The commit of a unit of work to " + location + " failed (" + cause
                            + ") and the store could not be read since (" + e.getMessage() + "), so whether it landed"
                            + " is not known: look at the store before running it again.", failure);
                }
                pause(BUSY_BACKOFF_MS[attempt]);
            }
        }
    }

    private enum Landed { ALL, NONE, MIXED }

    /** Compares the stored version and body of each record the unit writes with what the unit wrote, and with before. */
    private Landed landed(Connection c, List<PendingWrite<?>> writes) throws SQLException {
        boolean all = true;
        boolean none = true;
        for (PendingWrite<?> w : writes) {
            Optional<Map.Entry<Long, String>> stored = versionAndBody(c, w.kind(), w.id());
            long version = stored.map(Map.Entry::getKey).orElse(0L);
            boolean after = w.isDelete() ? stored.isEmpty()
                    : version == w.newVersion() && stored.get().getValue().equals(body(w));
            boolean before = version == w.expectedVersion();
            all &= after;
            none &= before;
        }
        return all ? Landed.ALL : none ? Landed.NONE : Landed.MIXED;
    }

    @SuppressWarnings("unchecked")
    private <T> String body(PendingWrite<T> w) {
        return json.write(w.kind(), w.value().orElseThrow());
    }

    private Optional<Map.Entry<Long, String>> versionAndBody(Connection c, Kind<?> kind, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, body FROM " + Columns.table(kind) + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Map.entry(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private void evict(Connection c) {
        try {
            if (dialect == Dialect.SQLITE) {
                forget(c.unwrap(SQLiteConnection.class));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not reach the connection to {} under the pool's", location, e);
        }
        try {
            dataSource.evictConnection(c);
        } catch (RuntimeException e) {
            LOG.debug("Could not evict a connection from the pool of {}", location, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not return a connection to the pool", e);
        }
    }

    /** {@return whether the error is SQLite finding the file locked by another connection (SQLITE_BUSY or LOCKED)} */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ((s.getErrorCode() & 0xff) == 5 || (s.getErrorCode() & 0xff) == 6
                    || String.valueOf(s.getMessage()).contains("SQLITE_BUSY"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return whether the error is the connection to the database lost or refused (SQL state class 08, or the
     *         server shutting down or restarting, 57P01 to 57P03), so nothing of an unfinished transaction remains}
     */
    static boolean lostConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().matches("57P0[1-3]"))) {
                return true;
            }
        }
        return false;
    }

    /** {@return the message of the error at the bottom of the chain of causes} */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a busy store; nothing was written", e);
        }
    }

    /** Binds one item's values to a statement. */
    @FunctionalInterface
    interface Binder<W> {
        void bind(PreparedStatement ps, W item) throws SQLException;
    }

    /**
     * Sends the items through the prepared statement in batches of at most {@value #WRITES_A_BATCH}, checking
     * before each batch that the transaction is still open, so no statement of a unit runs once SQLite has
     * ended its transaction.
     *
     * @return each item's update count
     */
    <W> int[] send(Tx tx, PreparedStatement ps, List<W> items, Binder<W> binder) throws SQLException {
        int[] counts = new int[items.size()];
        for (int from = 0; from < items.size(); from += WRITES_A_BATCH) {
            int to = Math.min(items.size(), from + WRITES_A_BATCH);
            tx.check();
            for (int i = from; i < to; i++) { // indexed: the unit's lists are, and no iterator is made
                binder.bind(ps, items.get(i));
                ps.addBatch();
            }
            int[] part = ps.executeBatch();
            System.arraycopy(part, 0, counts, from, part.length);
            faults.at(Step.BATCH_SENT, tx.connection());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private <T> void applyAll(Tx tx, Kind<T> kind, List<PendingWrite<?>> untyped) throws SQLException {
        Connection c = tx.connection();
        boolean onlyInserts = true;
        boolean allFirst = true;
        for (PendingWrite<?> w : untyped) {
            onlyInserts &= w.expectedVersion() == 0 && !w.isDelete();
            allFirst &= w.newVersion() == 1;
        }
        List<PendingWrite<T>> inserts;
        List<PendingWrite<T>> updates = List.of();
        List<PendingWrite<T>> deletes = List.of();
        if (onlyInserts) {
            inserts = (List<PendingWrite<T>>) (List<?>) untyped; // a bulk save: the unit's list as it is
        } else {
            inserts = new ArrayList<>();
            updates = new ArrayList<>();
            deletes = new ArrayList<>();
            allFirst = true;
            for (PendingWrite<?> w : untyped) {
                PendingWrite<T> t = (PendingWrite<T>) w;
                if (t.isDelete()) {
                    deletes.add(t);
                } else if (t.expectedVersion() == 0) {
                    inserts.add(t);
                    allFirst &= t.newVersion() == 1;
                } else {
                    updates.add(t);
                }
            }
        }
        String table = Columns.table(kind);
        Layout layout = layouts.computeIfAbsent(kind, Layout::of);
        if (!inserts.isEmpty()) {
            // a new record's version is 1 (one saved twice in its unit is higher), written as a literal when all
            // are: one parameter fewer a row, each a call into the driver's native code
            boolean literalVersion = allFirst;
            String sql = "INSERT INTO " + table + " (id, version, " + layout.named() + "body) VALUES (?, "
                    + (literalVersion ? "1, " : "?, ") + "?, ".repeat(layout.bound()) + "?)" + dialect.insertSuffix();
            int[] counts;
            try (Prepared prepared = prepare(c, sql)) {
                PreparedStatement ps = prepared.statement();
                counts = send(tx, ps, inserts, (p, w) -> {
                    p.setString(1, w.id());
                    int next = 2;
                    if (!literalVersion) {
                        p.setLong(next++, w.newVersion());
                    }
                    bindKept(p, next, kind, layout, w.value().orElseThrow());
                });
            } catch (SQLException e) {
                if (!Dialect.isUniqueViolation(e)) {
                    throw e;
                }
                // PostgreSQL aborted the transaction: roll back, then name the record that already exists.
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
            String sql = "UPDATE " + table + " SET version = ?, " + layout.assigned() + "body = ? WHERE id = ? AND version = ?";
            try (Prepared prepared = prepare(c, sql)) {
                PreparedStatement ps = prepared.statement();
                checkCounts(c, kind, updates, send(tx, ps, updates, (p, w) -> {
                    p.setLong(1, w.newVersion());
                    int next = bindKept(p, 2, kind, layout, w.value().orElseThrow());
                    p.setString(next, w.id());
                    p.setLong(next + 1, w.expectedVersion());
                }));
            }
        }
        if (!deletes.isEmpty()) {
            try (Prepared prepared = prepare(c, "DELETE FROM " + table + " WHERE id = ? AND version = ?")) {
                PreparedStatement ps = prepared.statement();
                checkCounts(c, kind, deletes, send(tx, ps, deletes, (p, w) -> {
                    p.setString(1, w.id());
                    p.setLong(2, w.expectedVersion());
                }));
            }
        }
        if (!kind.multiValued().isEmpty()) {
            writeKeys(tx, kind, inserts, updates, deletes);
        }
    }

    /** One row of {@code record_key}. */
    private record KeyRow(String id, String dimension, String key) {
    }

    <T> void writeKeys(Tx tx, Kind<T> kind, List<PendingWrite<T>> inserts, List<PendingWrite<T>> updates,
                       List<PendingWrite<T>> deletes) throws SQLException {
        Connection c = tx.connection();
        String plain = Columns.plain(kind);
        if (!updates.isEmpty() || !deletes.isEmpty()) {
            List<PendingWrite<T>> gone = new ArrayList<>(updates);
            gone.addAll(deletes);
            try (Prepared prepared = prepare(c, DELETE_KEYS)) {
                PreparedStatement ps = prepared.statement();
                send(tx, ps, gone, (p, w) -> {
                    p.setString(1, plain);
                    p.setString(2, w.id());
                });
            }
        }
        List<KeyRow> rows = new ArrayList<>();
        Dimension[] multiValued = kind.multiValued().toArray(new Dimension[0]);
        for (List<PendingWrite<T>> list : List.of(inserts, updates)) {
            for (int i = 0, n = list.size(); i < n; i++) {
                PendingWrite<T> w = list.get(i);
                T value = w.value().orElseThrow();
                for (Dimension d : multiValued) {
                    for (String key : kind.keys(value, d)) {
                        rows.add(new KeyRow(w.id(), d.name(), key));
                    }
                }
            }
        }
        if (!rows.isEmpty()) {
            try (Prepared prepared = prepare(c, INSERT_KEY)) {
                PreparedStatement ps = prepared.statement();
                send(tx, ps, rows, (p, r) -> {
                    p.setString(1, plain);
                    p.setString(2, r.id());
                    p.setString(3, r.dimension());
                    p.setString(4, r.key());
                });
            }
        }
    }

    /**
     * The columns a kind's rows fill: the key columns of the dimensions it keeps in a column, and the date where it
     * has one. A write binds only these (a row of assets binds 4 keys, not 7 and a date); the other columns are
     * NULL, left out of an INSERT and set to NULL by name in an UPDATE, so a row holds what binding them all held.
     */
    record Layout(List<Dimension> keys, boolean dated) {
        static Layout of(Kind<?> kind) {
            return new Layout(java.util.Arrays.stream(Columns.KEYS).filter(d -> Columns.inColumn(kind, d)).toList(),
                    kind.dimensions().contains(Dimension.DATE));
        }

        /** {@return the number of parameters before the body} */
        int bound() {
            return keys.size() + (dated ? 1 : 0);
        }

        /** {@return the filled columns for an INSERT's column list, each followed by ", "} */
        String named() {
            StringBuilder sql = new StringBuilder();
            for (Dimension d : keys) {
                sql.append(Columns.of(d)).append(", ");
            }
            return dated ? sql.append(Columns.of(Dimension.DATE)).append(", ").toString() : sql.toString();
        }

        /** {@return every key column and the date for an UPDATE's SET: a parameter where filled, else NULL} */
        String assigned() {
            StringBuilder sql = new StringBuilder();
            for (Dimension d : Columns.KEYS) {
                sql.append(Columns.of(d)).append(keys.contains(d) ? " = ?, " : " = NULL, ");
            }
            return sql.append(Columns.of(Dimension.DATE)).append(dated ? " = ?, " : " = NULL, ").toString();
        }
    }

    /** Binds the layout's columns and then the body from {@code first}; {@return the next parameter's index} */
    <T> int bindKept(PreparedStatement ps, int first, Kind<T> kind, Layout layout, T value) throws SQLException {
        int i = first;
        List<Dimension> keys = layout.keys();
        for (int k = 0, n = keys.size(); k < n; k++) {
            ps.setString(i++, Columns.first(kind, value, keys.get(k)));
        }
        if (layout.dated()) {
            dialect.setDate(ps, i++, kind.date(value).orElse(null));
        }
        ps.setString(i++, json.write(kind, value));
        return i;
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

    /** A record's key in a commit's sets of written and read records: its kind (by identity) and its id, no string built. */
    record RecordKey(Kind<?> kind, String id) {
        // written out: a record's generated equals and hashCode are bootstrapped through method handles, whose
        // classes and caches stay on the heap for the life of the JVM
        @Override
        public boolean equals(Object o) {
            return o instanceof RecordKey k && k.kind == kind && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(kind) + id.hashCode();
        }
    }

    /**
     * Reads committed rows inside the commit's transaction and remembers what it read. A row the batch does
     * not write (one it refers to) is locked for share until the commit ends, so nobody deletes it meanwhile
     * (on PostgreSQL; SQLite has one writer). A row the batch writes is read without a lock: two commits that
     * both locked it for share would deadlock on the update, and the conditional write catches a writer that
     * raced past the check.
     */
    private final class TransactionReader implements BackendReader, AutoCloseable {
        private final Tx tx;
        private final Connection c;
        /**
         * Each query this check has prepared, kept until the check ends: a unit's rules read many records of a kind
         * one by one (an import's 10,000 rows name thousands of wards and localities), each once.
         */
        private final Map<String, Prepared> statements = new HashMap<>();
        /**
         * The records the unit writes, which a read takes no share lock on (it will take a stronger one); kept only
         * where reads lock ({@code FOR SHARE} on PostgreSQL): SQLite's transaction holds the whole file.
         */
        private final java.util.Set<RecordKey> written = new java.util.HashSet<>();
        private final Map<RecordKey, Optional<Versioned<?>>> read = new HashMap<>();

        TransactionReader(Tx tx, List<PendingWrite<?>> writes) {
            this.tx = tx;
            this.c = tx.connection();
            if (!dialect.forShare().isEmpty()) {
                writes.forEach(w -> written.add(new RecordKey(w.kind(), w.id())));
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            RecordKey key = new RecordKey(kind, id);
            Optional<Versioned<?>> known = read.get(key);
            if (known == null) {
                checkOpen();
                String sql = checkSelects.computeIfAbsent(kind, k -> new String[] {selectSql(k, ""),
                        selectSql(k, dialect.forShare())})[written.contains(key) ? 0 : 1];
                try {
                    Prepared prepared = statements.get(sql);
                    if (prepared == null) {
                        prepared = prepare(c, sql);
                        statements.put(sql, prepared);
                    }
                    known = Optional.ofNullable(select(prepared.statement(), kind, id, true).orElse(null));
                } catch (SQLException e) {
                    throw new StorageException("Could not read " + kind.name() + " " + id + " from " + location, e);
                }
                read.put(key, known);
            }
            return known.map(v -> (Versioned<T>) v);
        }

        /** One SELECT for up to {@value #IDS_A_QUERY} ids, reading versions only (no bodies to parse). */
        @Override
        public Map<String, Long> versions(Kind<?> kind, java.util.Collection<String> ids) {
            // no FOR SHARE, unlike read() of a record the unit refers to: the library asks only for the records
            // it writes, and the write itself catches a concurrent change (the UPDATE's version, the primary key)
            return selectVersions(c, kind, ids, this::checkOpen);
        }

        /** The commit's reads run inside its transaction too: none once SQLite has ended it. */
        private void checkOpen() {
            try {
                tx.check();
            } catch (Tx.Ended e) {
                throw new StorageException("Could not read from " + location + ": " + e.getMessage(), e);
            }
        }

        /** Ends the check's use of its statements (the connection stays open for the writes). */
        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (Prepared ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            statements.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    /** Outside a commit: one SELECT for up to {@value #IDS_A_QUERY} ids, on a connection from the pool. */
    @Override
    public Map<String, Long> versions(Kind<?> kind, java.util.Collection<String> ids) {
        requireOpen();
        if (ids.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return selectVersions(c, kind, ids, () -> { });
        } catch (SQLException e) {
            throw new StorageException("Could not read the versions of " + ids.size() + " " + kind.name()
                    + " records from " + location, e);
        }
    }

    /** The versions of those of the ids that are stored, {@value #IDS_A_QUERY} ids a SELECT; {@code before} runs before each. */
    private Map<String, Long> selectVersions(Connection c, Kind<?> kind, java.util.Collection<String> ids, Runnable before) {
        Map<String, Long> versions = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_A_QUERY) {
            before.run();
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_A_QUERY));
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

    /** The most ids one query names (SQLite allows 32,766 parameters, PostgreSQL 65,535). */
    private static final int IDS_A_QUERY = 500;

    /**
     * The record in a row's body column: from SQLite as the UTF-8 bytes it stores (no text made only to be encoded
     * again for the parser), from PostgreSQL as text.
     */
    private <T> T body(Kind<T> kind, String id, ResultSet rs, int column) throws SQLException {
        return decode(kind, id, storedBody(rs, column));
    }

    /** {@return a row's body column as stored: from SQLite its UTF-8 bytes, from PostgreSQL its text} */
    private Object storedBody(ResultSet rs, int column) throws SQLException {
        return dialect == Dialect.SQLITE ? rs.getBytes(column) : rs.getString(column);
    }

    /** {@return the record in a body {@link #storedBody} read} */
    private <T> T decode(Kind<T> kind, String id, Object body) {
        return body instanceof byte[] bytes ? json.read(kind, id, bytes) : json.read(kind, id, (String) body);
    }

    private <T> Optional<Versioned<T>> select(Connection c, Kind<T> kind, String id, String suffix) {
        try (PreparedStatement ps = c.prepareStatement(selectSql(kind, suffix))) {
            return select(ps, kind, id);
        } catch (SQLException e) {
            throw new StorageException("Could not read " + kind.name() + " " + id + " from " + location, e);
        }
    }

    /** {@return the query for one record by id, its version and body} */
    private static String selectSql(Kind<?> kind, String suffix) {
        return "SELECT version, body FROM " + Columns.table(kind) + " WHERE id = ?" + suffix;
    }

    /** Reads one record through a prepared {@link #selectSql}. */
    private <T> Optional<Versioned<T>> select(PreparedStatement ps, Kind<T> kind, String id) throws SQLException {
        return select(ps, kind, id, false);
    }

    /**
     * Reads one record through a prepared {@link #selectSql}; for a commit's check ({@code inCheck}), a body an earlier
     * check decoded gives the record decoded then ({@link DecodedBodies}).
     */
    private <T> Optional<Versioned<T>> select(PreparedStatement ps, Kind<T> kind, String id, boolean inCheck)
            throws SQLException {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Object body = storedBody(rs, 2);
            T value = inCheck ? decoded.decode(kind, id, body, b -> decode(kind, id, b)) : decode(kind, id, body);
            return Optional.of(new Versioned<>(value, rs.getLong(1)));
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

    private Where where(Kind<?> kind, Query<?> query) {
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
    public <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query) {
        requireOpen();
        Where where = where(kind, query);
        String sql = "SELECT id, version, body FROM " + Columns.table(kind) + where.sql() + " ORDER BY id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, dialect);
            List<Versioned<T>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Versioned<>(body(kind, rs.getString(1), rs, 3), rs.getLong(2)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException("Could not query " + kind.name() + " in " + location, e);
        }
    }

    /** The council's own kinds this database holds records of, from its register {@code custom_kind}. */
    @Override
    public Map<String, Long> heldKinds() {
        requireOpen();
        Map<String, Long> held = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Map<String, String> tables = new java.util.TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT name, table_name FROM custom_kind")) {
                while (rs.next()) {
                    tables.put(rs.getString(1), rs.getString(2));
                }
            }
            for (Map.Entry<String, String> e : tables.entrySet()) {
                if (!e.getValue().matches("custom_[a-z][a-z0-9_]{0,39}")) {
                    throw new StorageException("The register custom_kind in " + location + " names a table that is not"
                            + " one this library makes: " + e.getValue());
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + e.getValue() + "\"")) {
                    rs.next();
                    held.put(e.getKey(), rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Could not read which kinds " + location + " holds: " + e.getMessage(), e);
        }
        return held;
    }

    /**
     * After an erasure: SQLite overwrites deleted content with zeros already ({@code secure_delete}); here the
     * write-ahead log, which still holds the pages as they were, is checkpointed into the file and emptied
     * ({@code wal_checkpoint(TRUNCATE)}), which it can be only when no reader holds an older snapshot (then that
     * is reported). PostgreSQL keeps old row versions until a vacuum: the touched tables are vacuumed (what the
     * server keeps elsewhere, in backups and archived WAL, is beyond the library's reach: see docs/USING.md).
     */
    @Override
    public List<String> afterErasure(java.util.Set<Kind<?>> kinds) {
        requireOpen();
        List<String> traces = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    if (rs.next() && (rs.getInt(1) != 0 || rs.getInt(2) != rs.getInt(3))) {
                        traces.add("the SQLite write-ahead log of " + location + " could not be emptied: another"
                                + " connection was reading an older snapshot; it is emptied at the next checkpoint"
                                + " once that reader finishes (or when the last connection closes)");
                    }
                }
            } else {
                List<String> tables = new ArrayList<>(List.of(Columns.table(StandardKinds.PERSON), "record_key"));
                kinds.forEach(k -> tables.add(Columns.table(k)));
                for (String table : new java.util.LinkedHashSet<>(tables)) {
                    s.execute("VACUUM " + table);
                }
                traces.add("PostgreSQL's own copies outside the tables (backups, archived write-ahead log, replicas)"
                        + " still hold the erased values until they expire: the library cannot reach them");
            }
        } catch (SQLException e) {
            traces.add("the store " + location + " could not be cleaned after the erasure (" + e.getMessage()
                    + "): its files may still hold the erased values");
        }
        return traces;
    }

    @Override
    public void close() {
        closed = true;
        if (writer != null) {
            writer.lock(); // no commit is using a kept statement while they are closed
        }
        try {
            List.copyOf(kept.keySet()).forEach(this::forget);
        } finally {
            if (writer != null) {
                writer.unlock();
            }
        }
        dataSource.close();
    }

    @Override
    public String toString() {
        return "JdbcBackend[" + location + "]";
    }
}
