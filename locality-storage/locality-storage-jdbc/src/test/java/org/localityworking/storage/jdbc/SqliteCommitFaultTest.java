package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.jdbc.JdbcBackend.Step;

/**
 * Faults injected at each step of an SQLite commit (after BEGIN, between the check and the writes, between two
 * batches of writes, at COMMIT, after COMMIT), as SQLite produces them: the transaction rolled back by SQLite
 * itself with an error (SQLITE_BUSY, SQLITE_FULL...), the same without the error reaching the backend, a busy
 * answer that leaves the transaction open, and another connection taking the write lock meanwhile. In every
 * case the unit lands whole or not at all, no row of an abandoned attempt is ever committed, and what the
 * commit reports is what the file holds.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SqliteCommitFaultTest {
    /** More than two batches ({@link JdbcBackend#WRITES_A_BATCH}), so a fault can fall between batches. */
    private static final int ROWS = 2 * JdbcBackend.WRITES_A_BATCH + 500;

    @TempDir
    Path dir;

    private static void unit(UnitOfWork u, String prefix, int rows) {
        for (int i = 0; i < rows; i++) {
            u.save(StandardKinds.ORGANISATION, new Organisation(prefix + i, "Friends of the park " + i, Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()), 0);
        }
    }

    /** Counts the unit's rows as another process sees them: committed rows only. */
    private static int committedRows(Path file, String prefix) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Columns.table(StandardKinds.ORGANISATION)
                     + " WHERE id LIKE '" + prefix + "%'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What SQLite does on SQLITE_BUSY, SQLITE_FULL or SQLITE_IOERR inside a transaction: rolls it all back. */
    private static void sqliteRollsBack(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        }
    }

    private static int nth(Step step) {
        return step == Step.BATCH_SENT ? 2 : 1; // the second of three batches: rows before and after it
    }

    @ParameterizedTest(name = "SQLite rolls back with an error at {0}: the attempt is abandoned whole and tried again")
    @EnumSource(value = Step.class, names = {"BEGUN", "VERIFIED", "BATCH_SENT", "COMMITTING"})
    void aRollbackBySqliteWithAnErrorIsRetriedAndTheUnitLandsOnce(Step step) {
        Path file = dir.resolve("busy-error.db");
        FaultInjector faults = new FaultInjector(step, nth(step), 1, () -> committedRows(file, "f-"), (s, c) -> {
            sqliteRollsBack(c);
            throw new SQLException("[SQLITE_BUSY] The database file is locked (injected)", "", 5);
        });
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "f-", ROWS));
            assertEquals(2, faults.attempt.get(), "one abandoned attempt, then one that landed");
            assertEquals(List.of(0), faults.rowsSeenAtEachLaterAttempt, "nothing of the abandoned attempt landed");
            assertEquals(ROWS, committedRows(file, "f-"));
            assertEquals(1, store.get(StandardKinds.ORGANISATION, "f-" + (ROWS - 1)).orElseThrow().version());
        }
    }

    @ParameterizedTest(name = "SQLite rolls back and no error reaches the backend, at {0}: no later statement runs")
    @EnumSource(value = Step.class, names = {"BEGUN", "VERIFIED", "BATCH_SENT", "COMMITTING"})
    void aSilentRollbackIsNoticedBeforeTheNextStatement(Step step) {
        Path file = dir.resolve("silent.db");
        FaultInjector faults = new FaultInjector(step, nth(step), 1, () -> committedRows(file, "s-"), (s, c) -> sqliteRollsBack(c));
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "s-", ROWS));
            // had the backend gone on, the writes after the rollback would each have committed on their own
            assertEquals(List.of(0), faults.rowsSeenAtEachLaterAttempt, "no statement ran outside the transaction");
            assertEquals(ROWS, committedRows(file, "s-"));
        }
    }

    @ParameterizedTest(name = "a busy answer that leaves the transaction open, at {0}: rolled back, tried again")
    @EnumSource(value = Step.class, names = {"BEGUN", "VERIFIED", "BATCH_SENT", "COMMITTING"})
    void aBusyAnswerWithTheTransactionStillOpenIsRolledBackAndRetried(Step step) {
        Path file = dir.resolve("busy-open.db");
        FaultInjector faults = new FaultInjector(step, nth(step), 1, () -> committedRows(file, "b-"), (s, c) -> {
            throw new SQLException("[SQLITE_BUSY] The database file is locked (injected)", "", 5);
        });
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "b-", ROWS));
            assertEquals(List.of(0), faults.rowsSeenAtEachLaterAttempt);
            assertEquals(ROWS, committedRows(file, "b-"));
        }
    }

    @ParameterizedTest(name = "SQLite rolls back at {0} and another process takes the write lock: the retry waits")
    @EnumSource(value = Step.class, names = {"BEGUN", "VERIFIED", "BATCH_SENT", "COMMITTING"})
    void anotherWriterTakesTheLockWhileTheAttemptIsAbandoned(Step step) throws Exception {
        Path file = dir.resolve("other.db");
        CountDownLatch locked = new CountDownLatch(1);
        List<Thread> others = new ArrayList<>();
        FaultInjector faults = new FaultInjector(step, nth(step), 1, () -> committedRows(file, "o-"), (s, c) -> {
            sqliteRollsBack(c);
            Thread other = new Thread(() -> {
                try (Connection oc = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = oc.createStatement()) {
                    st.execute("PRAGMA busy_timeout = 10000");
                    st.execute("BEGIN IMMEDIATE");
                    st.execute("INSERT INTO " + Columns.table(StandardKinds.ORGANISATION) + " (id, version, body) VALUES"
                            + " ('other-1', 1, '{\"v\":2,\"id\":\"other-1\"}')");
                    locked.countDown();
                    Thread.sleep(700);
                    st.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            others.add(other);
            other.start();
            try {
                assertTrue(locked.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new SQLException("[SQLITE_BUSY] The database file is locked (injected)", "", 5);
        });
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of("busyTimeoutMs", "100"), faults)) {
            store.runInTransaction(u -> unit(u, "o-", ROWS));
            for (Thread t : others) {
                t.join();
            }
            assertTrue(faults.attempt.get() >= 2);
            assertTrue(faults.rowsSeenAtEachLaterAttempt.stream().allMatch(n -> n == 0),
                    "nothing of an abandoned attempt landed: " + faults.rowsSeenAtEachLaterAttempt);
            assertEquals(ROWS, committedRows(file, "o-"));
            assertEquals(1, committedRows(file, "other-"), "the other writer's row is there too");
        }
    }

    @Test
    void aTransactionEndedByEveryAttemptIsRefusedSayingNothingWasWritten() {
        Path file = dir.resolve("always.db");
        FaultInjector faults = new FaultInjector(Step.BATCH_SENT, 1, Integer.MAX_VALUE, () -> committedRows(file, "a-"), (s, c) -> sqliteRollsBack(c));
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of(), faults)) {
            StorageException e = assertThrows(StorageException.class, () -> store.runInTransaction(u -> unit(u, "a-", ROWS)));
            assertTrue(e.getMessage().contains("SQLite ended the transaction by itself")
                    && e.getMessage().contains("Nothing of this unit of work was written; run it again"), e.getMessage());
            assertEquals(JdbcBackend.BUSY_BACKOFF_MS.length + 1, faults.attempt.get());
            assertEquals(0, committedRows(file, "a-"), "what the message says is what the file holds");
        }
    }

    @Test
    void aCommitWhoseAnswerIsLostIsReadBackAndReportedAsLanded() {
        Path file = dir.resolve("answer-lost.db");
        FaultInjector faults = new FaultInjector(Step.COMMITTED, 1, 1, () -> committedRows(file, "l-"), (s, c) -> {
            throw new SQLException("[SQLITE_IOERR] disk I/O error (injected after the COMMIT)", "", 10);
        });
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "l-", ROWS));
            assertEquals(1, faults.attempt.get(), "it landed, so it was not tried again");
            assertEquals(ROWS, committedRows(file, "l-"));
        }
    }

    @Test
    void aCommitThatFailsIsReadBackAndTriedAgainWhenNothingLanded() {
        Path file = dir.resolve("commit-failed.db");
        FaultInjector faults = new FaultInjector(Step.COMMITTING, 1, 1, () -> committedRows(file, "c-"), (s, c) -> {
            sqliteRollsBack(c);
            // the statement that failed was the COMMIT itself: the backend cannot tell from here whether it landed
        });
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "c-", 10));
            assertEquals(2, faults.attempt.get());
            assertEquals(10, committedRows(file, "c-"));
        }
    }

    @Test
    void aPooledConnectionIsNeverLeftBelievingItIsInATransaction() throws Exception {
        // the path the fault report met: a BEGIN that failed on a busy file; then a later unit on the same pool
        Path file = dir.resolve("pool.db");
        FaultInjector faults = new FaultInjector(Step.BEGUN, 1, 0, () -> committedRows(file, "p-"), (s, c) -> { });
        try (LocalityStore store = FaultyJdbcProvider.open("sqlite:" + file, Map.of("busyTimeoutMs", "50",
                "poolSize", "1"), faults)) {
            store.runInTransaction(u -> unit(u, "p-first-", 1));
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread other = new Thread(() -> {
                try (Connection oc = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = oc.createStatement()) {
                    st.execute("BEGIN IMMEDIATE");
                    locked.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    st.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other.start();
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                release.countDown();
            });
            releaser.start();
            store.runInTransaction(u -> unit(u, "p-", 2_500)); // BEGIN fails busy at least once, then lands
            other.join();
            releaser.join();
            assertTrue(faults.attempt.get() >= 1);
            assertEquals(2_501, committedRows(file, "p-"));
            // and the pool's one connection still commits atomically: a refused unit leaves nothing
            assertThrows(RuntimeException.class, () -> store.runInTransaction(u -> {
                unit(u, "q-", 5);
                throw new IllegalStateException("the caller's own failure");
            }));
            assertEquals(0, committedRows(file, "q-"));
        }
    }
}
