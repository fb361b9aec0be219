package org.localityworking.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * One database transaction on one connection: the one place where the JDBC backend begins a transaction,
 * checks that it is still open, commits it and ends it, for both databases.
 *
 * <p><b>SQLite</b> may end a transaction by itself: on some errors (SQLITE_BUSY, SQLITE_FULL, SQLITE_IOERR,
 * SQLITE_NOMEM) it rolls the whole transaction back, and the statements that follow then run in autocommit
 * mode, each committing on its own. sqlite-jdbc's own transaction handling does not notice: its
 * {@code setAutoCommit(false)} records "in a transaction" before its {@code BEGIN} runs, so a {@code BEGIN} that
 * failed on a busy file leaves a pooled connection that believes it is in a transaction while every statement
 * commits alone. So for SQLite this class never uses the driver's transaction mode: the connection stays in the
 * driver's autocommit mode, the transaction is begun, committed and rolled back with explicit statements
 * ({@code BEGIN IMMEDIATE}, {@code COMMIT}, {@code ROLLBACK}), and SQLite's own commit and rollback hooks
 * (through sqlite-jdbc's {@link SQLiteCommitListener}) record every end of a transaction on the connection.
 * {@link #check()} runs before every statement the backend sends, so once SQLite has ended the transaction no
 * statement of the unit runs, and the attempt is abandoned whole ({@link Ended}).
 *
 * <p><b>PostgreSQL</b> keeps a transaction open until told otherwise (an error aborts it, and every later
 * statement fails); the driver's transaction mode is used as it is.
 */
final class Tx {
    private final Connection c;
    private final Dialect dialect;
    private final Watch watch;
    private boolean open;
    private boolean broken;
    private boolean endedBySqlite;

    private Tx(Connection c, Dialect dialect, Watch watch) {
        this.c = c;
        this.dialect = dialect;
        this.watch = watch;
    }

    /**
     * SQLite told this transaction's connection that a transaction ended before the backend ended it: the unit's
     * earlier statements were rolled back with it, and none of its later statements ran.
     */
    static final class Ended extends SQLException {
        private static final long serialVersionUID = 1L;

        Ended(String message) {
            super(message);
        }
    }

    /** Counts the ends of transactions SQLite reports on one connection (its commit and rollback hooks). */
    private static final class Watch implements SQLiteCommitListener {
        private int commits;
        private int rollbacks;

        @Override
        public synchronized void onCommit() {
            commits++;
        }

        @Override
        public synchronized void onRollback() {
            rollbacks++;
        }

        synchronized int commits() {
            return commits;
        }

        synchronized int rollbacks() {
            return rollbacks;
        }
    }

    /**
     * Begins a transaction on the connection. SQLite: {@code BEGIN IMMEDIATE}, which takes the file's write lock
     * (waiting up to the busy timeout) so nothing of the unit can meet another writer later; PostgreSQL:
     * auto-commit off.
     *
     * @throws SQLException when the transaction cannot begin (for SQLite, a busy file: nothing was written)
     */
    static Tx begin(Connection c, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            c.setAutoCommit(false);
            Tx tx = new Tx(c, dialect, null);
            tx.open = true;
            return tx;
        }
        if (!c.getAutoCommit()) {
            // never left so by this backend: a connection in the driver's transaction mode may lie about its state,
            // so the attempt is abandoned (Ended) and the backend throws the connection away
            throw new Ended("The connection was in the driver's transaction mode; it is not used for a commit");
        }
        Watch watch = new Watch();
        SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
        sqlite.getDatabase().addCommitListener(watch);
        Tx tx = new Tx(c, dialect, watch);
        try {
            exec(c, "BEGIN IMMEDIATE");
        } catch (SQLException | RuntimeException e) {
            tx.stopWatching();
            throw e;
        }
        tx.open = true;
        if (watch.commits() + watch.rollbacks() != 0) {
            // BEGIN itself ends nothing; anything seen here came from another statement on this connection
            tx.rollbackQuietly(new SQLException("unexpected"));
            throw new Ended("SQLite reported a transaction ending while this one began");
        }
        return tx;
    }

    /** {@return the connection the transaction runs on} */
    Connection connection() {
        return c;
    }

    /**
     * Throws {@link Ended} when SQLite has ended the transaction by itself; the backend calls it before every
     * statement of a unit of work, so no statement runs outside the transaction.
     */
    void check() throws Ended {
        if (sawEnd()) {
            endedBySqlite = true;
            open = false;
            throw new Ended("SQLite ended the transaction by itself (" + watch.rollbacks() + " rollback(s), "
                    + watch.commits() + " commit(s) seen); nothing of it remains and no later statement of it ran");
        }
    }

    /**
     * Commits: for SQLite, only when the transaction is still open, and then it must be the one commit SQLite
     * reports.
     *
     * @throws Ended        when SQLite had already ended the transaction (nothing of it remains)
     * @throws SQLException when the commit fails; whether it landed is then unknown to this class
     */
    void commit() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            c.commit();
            open = false;
            c.setAutoCommit(true);
            return;
        }
        check();
        exec(c, "COMMIT");
        open = false;
        int commits = watch.commits();
        int rollbacks = watch.rollbacks();
        stopWatching();
        if (commits != 1 || rollbacks != 0) {
            throw new SQLException("SQLite reported " + commits + " commit(s) and " + rollbacks
                    + " rollback(s) for one COMMIT");
        }
    }

    /**
     * Rolls back what is still open, adding any failure to {@code cause} as suppressed. A connection whose
     * rollback failed is {@linkplain #broken() broken} and must not go back to the pool.
     */
    void rollbackQuietly(Throwable cause) {
        endedBySqlite |= sawEnd();
        try {
            if (dialect == Dialect.POSTGRESQL) {
                try {
                    c.rollback();
                } finally {
                    c.setAutoCommit(true);
                }
            } else if (open && !endedBySqlite) {
                exec(c, "ROLLBACK");
            }
        } catch (SQLException | RuntimeException e) {
            broken = true;
            cause.addSuppressed(e);
        } finally {
            open = false;
            stopWatching();
        }
    }

    /** {@return whether SQLite (or the test) ended the transaction before the backend did} */
    boolean endedBySqlite() {
        return endedBySqlite || (open && sawEnd());
    }

    private boolean sawEnd() {
        return watch != null && (watch.commits() != 0 || watch.rollbacks() != 0);
    }

    /** {@return whether the connection may be in an unknown state and must be thrown away, not pooled} */
    boolean broken() {
        return broken;
    }

    private void stopWatching() {
        if (watch == null) {
            return;
        }
        try {
            c.unwrap(SQLiteConnection.class).getDatabase().removeCommitListener(watch);
        } catch (SQLException | RuntimeException e) {
            broken = true;
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    interface Work {
        void run(Tx tx) throws SQLException;
    }

    /**
     * Runs the work in one transaction on the connection: commits when it returns; rolls back and rethrows when
     * it throws (a failure to roll back is added to that error, never put in its place). For the schema and the
     * council's own kinds; units of work go through {@link JdbcBackend#commit}, which also retries and resolves.
     */
    static void run(Connection c, Dialect dialect, Work work) throws SQLException {
        Tx tx = begin(c, dialect);
        try {
            work.run(tx);
            tx.commit();
        } catch (SQLException | RuntimeException | Error e) {
            tx.rollbackQuietly(e);
            throw e;
        }
    }
}
