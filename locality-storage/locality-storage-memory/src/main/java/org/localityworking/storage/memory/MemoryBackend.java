package org.localityworking.storage.memory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.StampedLock;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.KindReader;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.support.KindTable;

/**
 * The in-memory backend: one indexed {@link Table} per kind, guarded by one {@link StampedLock}. A commit
 * takes the write lock, has the library verify the batch, and applies it; a query reads under the read lock;
 * a read by id is optimistic (no lock at all) and falls back to the read lock only when a commit ran
 * meanwhile, so every reader sees each commit whole or not at all, on later reads too.
 */
@SuppressWarnings("UnnecessaryLambda") // notOpenedWith: one function for the hot read path, not one per read
final class MemoryBackend implements StorageBackend {
    private final StampedLock lock = new StampedLock();
    private final KindTable<Table<?>> tables;
    private final java.util.function.Function<Kind<?>, StorageException> notOpenedWith = kind -> new StorageException(
            "The memory store " + toString() + " was not opened with the kind " + kind.name());
    private final String location;

    /** Reads the tables with no lock: for the library's check, inside a commit, under the write lock. */
    private final BackendReader underWriteLock = new BackendReader() {
        @Override
        public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
            return table(kind).get(id);
        }
    };

    MemoryBackend(String location, Set<Kind<?>> kinds) {
        this.location = location;
        this.tables = KindTable.of(kinds, kind -> new Table<>(kind, lock));
    }

    @SuppressWarnings("unchecked")
    private <T> Table<T> table(Kind<T> kind) {
        return (Table<T>) tables.get(kind, notOpenedWith);
    }

    @Override
    public <T> Optional<Versioned<T>> read(Kind<T> kind, String id) {
        return read(table(kind), id);
    }

    /** A read with no lock, taken again under the read lock only when a commit ran meanwhile (the row map's read). */
    private <T> Optional<Versioned<T>> read(Table<T> table, String id) {
        return table.rows().read(id);
    }

    /** The kind's table found once: the library keeps this reader for every read by id of the kind. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> KindReader<T> reader(Kind<T> kind) {
        Table<?> found = tables.find(kind).orElse(null);
        if (found == null) {
            return id -> read(kind, id); // refuses the kind on each read, as read does
        }
        return ((Table<T>) found).rows();
    }

    @Override
    public <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query) {
        Table<T> table = table(kind);
        long stamp = lock.readLock();
        try {
            return table.query(query);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public <T> long count(Kind<T> kind, Query<? super T> query) {
        Table<T> table = table(kind);
        long stamp = lock.readLock();
        try {
            return table.count(query);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public void commit(Commit commit) {
        for (PendingWrite<?> w : commit.writes()) {
            table(w.kind());
        }
        long stamp = lock.writeLock();
        try {
            commit.verify(underWriteLock);
            for (PendingWrite<?> w : commit.writes()) {
                apply(w);
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    private <T> void apply(PendingWrite<T> w) {
        Table<T> table = table(w.kind());
        if (w.isDelete()) {
            table.remove(w.id());
        } else {
            table.put(new Versioned<>(w.value().orElseThrow(), w.newVersion()));
        }
    }

    @Override
    public void close() {
        // Nothing to release: the data goes with the last reference to the backend.
    }

    @Override
    public String toString() {
        return "MemoryBackend[" + location + "]";
    }
}
