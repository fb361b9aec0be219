package org.localityworking.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.StampedLock;
import org.junit.jupiter.api.Test;
import org.localityworking.storage.Versioned;

/** The row table against a {@link HashMap} doing the same puts and removes, alone and with readers beside a writer. */
class RowTableTest {
    private static Optional<Versioned<String>> row(String id, long version) {
        return Optional.of(new Versioned<>(id, version));
    }

    /**
     * Ids drawn from a small range, so that puts replace, removes hit and miss, the table grows many times and
     * removals move rows back over long probe runs (ids whose hash codes collide: "Aa" and "BB" share one).
     */
    @Test
    void agreesWithAHashMapOverManyRandomPutsAndRemoves() {
        Random random = new Random(31);
        StampedLock lock = new StampedLock();
        RowTable<String> table = new RowTable<>(lock);
        Map<String, Optional<Versioned<String>>> model = new HashMap<>();
        for (int step = 0; step < 300_000; step++) {
            int n = random.nextInt(step < 150_000 ? 20_000 : 2_000);
            // a prefix of colliding pairs gives runs of equal hash codes
            String id = (random.nextInt(8) == 0 ? "AaBB".repeat(1 + n % 3) : "r-") + n;
            if (random.nextInt(3) == 0) {
                assertEquals(model.remove(id), table.remove(id), "remove at step " + step);
            } else {
                Optional<Versioned<String>> row = row(id, step + 1L);
                assertEquals(model.put(id, row), table.put(id, row), "put at step " + step);
            }
            if (step % 9_973 == 0) {
                assertHolds(model, table);
            }
        }
        assertHolds(model, table);
        for (String id : List.copyOf(model.keySet())) {
            assertEquals(model.remove(id), table.remove(id));
            assertEquals(Optional.empty(), table.read(id));
        }
        assertEquals(0, table.size());
        assertNull(table.remove("r-1"));
    }

    private static void assertHolds(Map<String, Optional<Versioned<String>>> model, RowTable<String> table) {
        assertEquals(model.size(), table.size());
        for (var e : model.entrySet()) {
            // the very Optional put: a read allocates nothing
            assertSame(e.getValue(), table.read(e.getKey()), e.getKey());
            assertSame(e.getValue(), table.get(e.getKey()), e.getKey());
            // an equal id that is another object (an id from a request, not from a stored record)
            String copy = new String(e.getKey().toCharArray());
            assertSame(e.getValue(), table.read(copy), copy);
            assertSame(e.getValue(), table.get(copy), copy);
        }
        List<Versioned<String>> walked = new ArrayList<>();
        table.forEach(walked::add);
        assertEquals(model.size(), walked.size());
        for (Versioned<String> v : walked) {
            assertEquals(model.get(v.value()).orElseThrow(), v);
        }
        assertEquals(Optional.empty(), table.read("never-put"));
    }

    /**
     * A writer grows the table, replaces rows and removes others under the write lock while readers read with no
     * lock: a row that is never removed is always found, with the version it had before the read or one written
     * since, never missing, never another id's.
     */
    @Test
    void readersWithNoLockSeeEachRowWholeWhileTheTableGrowsAndRowsComeAndGo() throws Exception {
        StampedLock lock = new StampedLock();
        RowTable<String> table = new RowTable<>(lock);
        int kept = 500;
        for (int i = 0; i < kept; i++) {
            long stamp = lock.writeLock();
            table.put("kept-" + i, row("kept-" + i, 1));
            lock.unlockWrite(stamp);
        }
        long[] written = new long[kept]; // versions the writer has finished writing (read racily: a lower bound)
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        int readers = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            int seed = r;
            threads.add(new Thread(() -> {
                Random random = new Random(seed);
                try {
                    while (done.getCount() > 0) {
                        int i = random.nextInt(kept);
                        String id = "kept-" + i;
                        long before;
                        synchronized (written) {
                            before = written[i];
                        }
                        Versioned<String> seen = table.read(id).orElseThrow(() -> new AssertionError(id + " missing"));
                        assertEquals(id, seen.value());
                        assertTrue(seen.version() >= before, id + " went back from " + before + " to " + seen.version());
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }));
        }
        threads.forEach(Thread::start);
        Random random = new Random(5);
        try {
            for (int round = 2; round <= 41 && failure.get() == null; round++) {
                // grow through several doublings with rows that come and go, then take them all out again
                for (int j = 0; j < 20_000; j++) {
                    long stamp = lock.writeLock();
                    try {
                        table.put("passing-" + j, row("passing-" + j, round));
                        int i = random.nextInt(kept);
                        table.put("kept-" + i, row("kept-" + i, round));
                        synchronized (written) {
                            written[i] = round;
                        }
                    } finally {
                        lock.unlockWrite(stamp);
                    }
                }
                for (int j = 0; j < 20_000; j++) {
                    long stamp = lock.writeLock();
                    try {
                        table.remove("passing-" + j);
                    } finally {
                        lock.unlockWrite(stamp);
                    }
                }
            }
        } finally {
            done.countDown();
            for (Thread t : threads) {
                t.join();
            }
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(kept, table.size());
    }

    /**
     * A unit of work's rows are written one by one under the write lock; a reader with no lock that comes meanwhile
     * waits for the unit to end and then sees all of it, never the first row new and the second old.
     */
    @Test
    void aReaderDuringAUnitOfWorkWaitsForItsEnd() throws Exception {
        StampedLock lock = new StampedLock();
        RowTable<String> table = new RowTable<>(lock);
        table.put("first", row("first", 1));
        table.put("second", row("second", 1));
        long stamp = lock.writeLock();
        table.put("first", row("first", 2));
        AtomicReference<Optional<Versioned<String>>> seen = new AtomicReference<>();
        Thread reader = new Thread(() -> seen.set(table.read("first")));
        reader.start();
        reader.join(300);
        assertNull(seen.get(), "read the first row of a unit of work still being written");
        table.put("second", row("second", 2));
        lock.unlockWrite(stamp);
        reader.join(10_000);
        assertEquals(row("first", 2), seen.get());
        assertEquals(row("second", 2), table.read("second"));
    }
}
