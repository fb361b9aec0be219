package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.registry.Stores;

/**
 * Another process holding an SQLite file's write lock: a commit waits ({@code busyTimeoutMs}), tries again with a
 * bounded backoff, and either succeeds once the lock is free or is refused saying nothing was written.
 */
class SqliteBusyTest {
    @TempDir
    Path dir;

    /** Takes the file's write lock on a plain connection (as another process would) and holds it. */
    private Thread holdLock(Path file, long millis, CountDownLatch locked) {
        Thread t = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("BEGIN IMMEDIATE");
                locked.countDown();
                Thread.sleep(millis);
                s.execute("COMMIT");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    private LocalityStore open(Path file) {
        LocalityStore store = Stores.builder().location("sqlite:" + file).option("busyTimeoutMs", "100").open();
        return store;
    }

    @Test
    void aShortLockIsWaitedOutAndTheCommitLands() throws Exception {
        Path file = dir.resolve("short.db");
        try (LocalityStore store = open(file)) {
            CountDownLatch locked = new CountDownLatch(1);
            Thread other = holdLock(file, 900, locked);
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            store.runInTransaction(u -> u.save(StandardKinds.ORGANISATION, new org.localityworking.core.model.Organisation(
                    "busy-org", "Busy Friends", org.localityworking.core.model.Sector.VCSE,
                    org.localityworking.core.model.OrganisationKind.COMMUNITY_GROUP, java.util.Optional.empty()), 0));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            other.join();
            assertTrue(store.get(StandardKinds.ORGANISATION, "busy-org").isPresent());
            assertTrue(waited >= 300, "the commit waited for the other writer: " + waited + " ms");
        }
    }

    @Test
    void aLockHeldTooLongIsRefusedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("long.db");
        try (LocalityStore store = open(file)) {
            CountDownLatch locked = new CountDownLatch(1);
            Thread other = holdLock(file, 12_000, locked);
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            StorageException e = assertThrows(StorageException.class, () -> store.runInTransaction(u -> u.save(
                    StandardKinds.ORGANISATION, new org.localityworking.core.model.Organisation("late-org", "Late Friends",
                            org.localityworking.core.model.Sector.VCSE,
                            org.localityworking.core.model.OrganisationKind.COMMUNITY_GROUP, java.util.Optional.empty()), 0)));
            assertTrue(e.getMessage().contains("is busy") && e.getMessage().contains("Nothing of this unit of work was"
                    + " written; run it again"), e.getMessage());
            assertEquals(JdbcBackend.BUSY_BACKOFF_MS.length + 1, Integer.parseInt(e.getMessage()
                    .replaceAll("(?s).*through ([0-9]+) attempts.*", "$1")));
            other.join();
            assertTrue(store.get(StandardKinds.ORGANISATION, "late-org").isEmpty(), "nothing was written");
        }
    }
}
