package org.localityworking.storage.memory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.spi.RecordLookup;
import org.localityworking.storage.spi.WriteRules;
import org.localityworking.storage.support.BufferedUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory store. Reads share a read lock; a commit takes the write lock, checks every version and
 * every write rule, and only then applies the unit's writes, so a unit of work is all or nothing and no
 * update is lost.
 */
final class MemoryStore implements LocalityStore {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryStore.class);

    private final String location;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** One table per kind, at the kind's {@link Kind#ordinal()}. */
    private final Table<?>[] tables = new Table<?>[Kind.all().size()];
    private volatile boolean closed;

    MemoryStore(String location) {
        this.location = location;
        for (Kind<?> kind : Kind.all()) {
            tables[kind.ordinal()] = new Table<>(kind);
        }
        LOG.debug("Opened in-memory store {}", location);
    }

    @SuppressWarnings("unchecked")
    private <T> Table<T> table(Kind<T> kind) {
        int i = kind.ordinal();
        Table<T> table = i >= 0 && i < tables.length ? (Table<T>) tables[i] : null;
        if (table == null || table.kind() != kind) {
            throw new StorageException("The memory store holds the standard kinds only, not " + kind.name());
        }
        return table;
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException("The store " + location + " is closed");
        }
    }

    @Override
    public <R> R inTransaction(Function<UnitOfWork, R> work) {
        requireOpen();
        return BufferedUnitOfWork.run(this, work, this::commit);
    }

    private void commit(List<PendingWrite<?>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            requireOpen();
            BufferedUnitOfWork.requireVersions(writes, (kind, id) -> table(kind).version(id));
            WriteRules.check(writes, BufferedUnitOfWork.overCommitted(writes, new RecordLookup() {
                @Override
                public <T> Optional<T> find(Kind<T> kind, String id) {
                    return table(kind).get(id).map(Versioned::value);
                }
            }));
            for (PendingWrite<?> w : writes) {
                apply(w);
            }
        } finally {
            lock.writeLock().unlock();
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

    /**
     * Reads without the lock: rows live in a concurrent map, and a commit writes them only after the whole unit
     * has passed its checks, so a read sees a committed version (read-committed, as in PostgreSQL).
     */
    @Override
    public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
        requireOpen();
        return table(kind).get(id);
    }

    @Override
    public <T> List<Versioned<T>> query(Kind<T> kind, Query query) {
        requireOpen();
        query.requireSupportedBy(kind);
        lock.readLock().lock();
        try {
            return table(kind).query(query);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public <T> long count(Kind<T> kind, Query query) {
        if (query.equals(Query.all())) {
            requireOpen();
            lock.readLock().lock();
            try {
                return table(kind).size();
            } finally {
                lock.readLock().unlock();
            }
        }
        return query(kind, query).size();
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "MemoryStore[" + location + "]";
    }
}
