package org.localityworking.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.localityworking.storage.jdbc.JdbcBackend.Step;

/**
 * Injects a fault at the {@code nth} occurrence of a step of a commit in each of the first {@code attempts}
 * attempts, and records, as each later attempt begins, how many of the unit's rows another connection sees
 * committed: a number above zero there means an abandoned attempt left rows behind.
 */
final class FaultInjector implements JdbcBackend.Faults {
    private final Step step;
    private final int nth;
    private final int attempts;
    private final JdbcBackend.Faults fault;
    private final IntSupplier committedRows;
    /** Attempts that began (their transaction began). */
    final AtomicInteger attempt = new AtomicInteger();
    private final AtomicInteger seen = new AtomicInteger();
    /** The unit's committed rows as another connection saw them at the start of each attempt after the first. */
    final List<Integer> rowsSeenAtEachLaterAttempt = new ArrayList<>();

    FaultInjector(Step step, int nth, int attempts, IntSupplier committedRows, JdbcBackend.Faults fault) {
        this.step = step;
        this.nth = nth;
        this.attempts = attempts;
        this.committedRows = committedRows;
        this.fault = fault;
    }

    @Override
    public void at(Step s, Connection c) throws SQLException {
        if (s == Step.BEGUN) {
            if (attempt.incrementAndGet() > 1) {
                rowsSeenAtEachLaterAttempt.add(committedRows.getAsInt());
            }
            seen.set(0);
        }
        if (s == step && seen.incrementAndGet() == nth && attempt.get() <= attempts) {
            fault.at(s, c);
        }
    }
}
