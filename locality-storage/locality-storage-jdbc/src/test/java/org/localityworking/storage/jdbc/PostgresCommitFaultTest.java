package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.jdbc.JdbcBackend.Step;

/**
 * PostgreSQL commits when the connection is cut or the server killed mid-commit: at each step (after BEGIN,
 * after the check, between batches of writes, at COMMIT) the commit's connection is terminated by the server,
 * or its server process is killed with SIGKILL (the postmaster then restarts every backend and recovers, as
 * after a crash); and a COMMIT whose answer is lost. No acknowledged commit is lost, none is half applied, and
 * the unit lands exactly once.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostgresCommitFaultTest {
    private static final int ROWS = 2 * JdbcBackend.WRITES_A_BATCH + 500;
    private String location;

    @BeforeEach
    void schema() {
        location = PostgresTestDatabase.freshSchema();
    }

    private static void unit(UnitOfWork u, String prefix, int rows) {
        for (int i = 0; i < rows; i++) {
            u.save(StandardKinds.ORGANISATION, new Organisation(prefix + i, "Friends of the park " + i, Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()), 0);
        }
    }

    private Connection plain() throws SQLException {
        JdbcLocation parsed = JdbcLocation.parse(location);
        return DriverManager.getConnection(parsed.jdbcUrl());
    }

    /** The unit's committed rows, seen on a new connection (waiting for a restarting server). */
    private int committedRows(String prefix) {
        SQLException last = null;
        for (int i = 0; i < 120; i++) {
            try (Connection c = plain(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Columns.table(StandardKinds.ORGANISATION)
                         + " WHERE id LIKE '" + prefix + "%'")) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                last = e;
                sleep(500);
            }
        }
        throw new IllegalStateException("PostgreSQL did not come back", last);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The server ends the commit's connection (as an administrator or a cut network would). */
    private void terminate(Connection c) throws SQLException {
        int pid = backendPid(c);
        try (Connection other = plain(); Statement s = other.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }

    /** Kills the server process serving the commit with SIGKILL: PostgreSQL restarts every backend and recovers. */
    private static void kill(Connection c) throws SQLException {
        int pid = backendPid(c);
        try {
            Process p = new ProcessBuilder("kill", "-KILL", Integer.toString(pid)).redirectErrorStream(true).start();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kill -KILL " + pid + " failed: "
                        + new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sleep(200); // let the postmaster notice before the backend goes on
    }

    /** Whether this process may signal the server's processes (root, or the server's own user, on this machine). */
    private boolean maySignalTheServer() throws SQLException {
        try (Connection c = plain()) {
            if (!JdbcLocation.parse(location).jdbcUrl().matches("jdbc:postgresql://(localhost|127\\.0\\.0\\.1)[:/].*")) {
                return false;
            }
            Process p = new ProcessBuilder("kill", "-0", Integer.toString(backendPid(c))).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "the connection is cut at {0}: nothing of that attempt remains and the unit lands once")
    @EnumSource(value = Step.class, names = {"BEGUN", "VERIFIED", "BATCH_SENT", "COMMITTING"})
    void aConnectionCutMidCommitIsRetriedAndTheUnitLandsOnce(Step step) {
        FaultInjector faults = new FaultInjector(step, step == Step.BATCH_SENT ? 2 : 1, 1, () -> committedRows("t-"),
                (s, c) -> terminate(c));
        try (LocalityStore store = FaultyJdbcProvider.open(location, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "t-", ROWS));
            assertEquals(2, faults.attempt.get());
            assertEquals(List.of(0), faults.rowsSeenAtEachLaterAttempt, "nothing of the cut attempt landed");
            assertEquals(ROWS, committedRows("t-"));
        }
    }

    @ParameterizedTest(name = "the server process is killed at {0}: no acknowledged commit is lost, none is half applied")
    @EnumSource(value = Step.class, names = {"VERIFIED", "BATCH_SENT", "COMMITTING"})
    void theServerKilledMidCommit(Step step) throws Exception {
        assumeTrue("true".equals(System.getenv("CI")) || maySignalTheServer(),
                "this process may not signal the PostgreSQL server's processes");
        FaultInjector faults = new FaultInjector(step, step == Step.BATCH_SENT ? 2 : 1, 1, () -> committedRows("k-"),
                (s, c) -> kill(c));
        try (LocalityStore before = FaultyJdbcProvider.open(location, Map.of(), JdbcBackend.Faults.NONE)) {
            before.runInTransaction(u -> unit(u, "k-first-", 3)); // acknowledged before the kill
        }
        try (LocalityStore store = FaultyJdbcProvider.open(location, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "k-", ROWS));
            assertTrue(faults.attempt.get() >= 2, "the killed attempt, then at least one more");
            assertTrue(faults.rowsSeenAtEachLaterAttempt.stream().allMatch(n -> n == 3),
                    "nothing of the killed attempt landed: " + faults.rowsSeenAtEachLaterAttempt);
            assertEquals(ROWS + 3, committedRows("k-"), "the acknowledged unit survived and the killed one landed once");
        }
    }

    @Test
    void aCommitWhoseAnswerIsLostIsReadBackAndReportedAsLanded() {
        FaultInjector faults = new FaultInjector(Step.COMMITTED, 1, 1, () -> committedRows("l-"), (s, c) -> {
            throw new SQLException("An I/O error occurred while sending to the backend (injected after COMMIT)", "08006");
        });
        try (LocalityStore store = FaultyJdbcProvider.open(location, Map.of(), faults)) {
            store.runInTransaction(u -> unit(u, "l-", ROWS));
            assertEquals(1, faults.attempt.get(), "it landed, so it was not tried again");
            assertEquals(ROWS, committedRows("l-"));
        }
    }
}
