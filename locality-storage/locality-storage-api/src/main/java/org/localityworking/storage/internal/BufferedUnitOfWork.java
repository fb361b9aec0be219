package org.localityworking.storage.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.PendingWrite;

/**
 * A unit of work for providers to reuse: it buffers writes, one per record, and reads committed data
 * through the store. The provider commits {@link #writes()} after the work returns. A second write to the same record must expect the
 * version the first one gave it; the pair then commits as one write, checked against the stored version,
 * whose new version counts both saves.
 */
public final class BufferedUnitOfWork implements UnitOfWork {
    private final LocalityStore store;
    private final Map<RecordKey, PendingWrite<?>> writes = new LinkedHashMap<>();
    private boolean finished;

    /** @param store where reads of records this unit has not written go */
    public BufferedUnitOfWork(LocalityStore store) {
        this.store = store;
    }

    @Override
    public <T> Versioned<T> save(Kind<T> kind, T value, long expectedVersion) {
        requireActive();
        if (value == null) {
            throw new ValidationException(kind.name(), null, "a saved record is required");
        }
        if (expectedVersion < 0) {
            throw new ValidationException("expectedVersion", Long.toString(expectedVersion),
                    "must be 0 (new record) or the version read");
        }
        String id = kind.id(value);
        long stored = chain(kind, id, expectedVersion);
        writes.put(key(kind, id), new PendingWrite<>(kind, id, Optional.of(value), stored,
                expectedVersion + 1));
        return new Versioned<>(value, expectedVersion + 1);
    }

    @Override
    public <T> void delete(Kind<T> kind, String id, long expectedVersion) {
        requireActive();
        if (expectedVersion < 1) {
            throw new ValidationException("expectedVersion", Long.toString(expectedVersion),
                    "must be the version read (at least 1) to delete");
        }
        long stored = chain(kind, id, expectedVersion);
        writes.put(key(kind, id), new PendingWrite<>(kind, id, Optional.empty(), stored, 0));
    }

    /** @return the version to check against the store: the caller's, or the first write's for a repeated record */
    private <T> long chain(Kind<T> kind, String id, long expectedVersion) {
        PendingWrite<?> earlier = writes.remove(key(kind, id));
        if (earlier == null) {
            return expectedVersion;
        }
        long seen = earlier.newVersion();
        if (seen != expectedVersion) {
            throw new ConcurrencyConflictException(kind.name(), id, expectedVersion, seen);
        }
        return earlier.expectedVersion();
    }

    @Override
    public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
        requireActive();
        PendingWrite<?> w = writes.get(key(kind, id));
        if (w != null) {
            return w.value().map(v -> new Versioned<>(kind.type().cast(v), w.newVersion()));
        }
        return store.get(kind, id);
    }

    private void requireActive() {
        if (finished) {
            throw new StorageException("This unit of work has ended; start a new one with inTransaction");
        }
    }

    /** Ends the unit: later calls fail. Call it when the work returns or throws. */
    public void finish() {
        finished = true;
    }

    /** {@return the buffered writes, one per record, in the order each record was last written (unmodifiable)} */
    public List<PendingWrite<?>> writes() {
        return List.copyOf(writes.values());
    }

    /**
     * {@return a lookup for {@link WriteRules}: the unit's own writes first (a delete hides the record), then the
     *         committed data} It reads the unit's own map of writes, so a commit's check builds no second one.
     *
     * @param committed what the store holds, as of the commit's atomic step
     */
    public org.localityworking.storage.RecordLookup over(org.localityworking.storage.RecordLookup committed) {
        return new org.localityworking.storage.RecordLookup() {
            @Override
            public <T> Optional<T> find(Kind<T> kind, String id) {
                PendingWrite<?> w = writes.get(key(kind, id));
                return w != null ? w.value().map(kind.type()::cast) : committed.find(kind, id);
            }

            @Override
            public boolean exists(Kind<?> kind, String id) {
                PendingWrite<?> w = writes.get(key(kind, id));
                return w != null ? !w.isDelete() : committed.exists(kind, id);
            }
        };
    }

    /**
     * Runs a unit of work the way every provider does: buffer its writes, end the unit when the work returns or
     * throws, then hand the ended unit to the provider's commit (which writes all of {@link #writes()} or nothing).
     *
     * @param store  where the unit's reads of unwritten records go
     * @param work   the caller's work
     * @param commit the provider's commit of the ended unit
     * @return what the work returned
     */
    public static <R> R run(LocalityStore store, java.util.function.Function<UnitOfWork, R> work,
                            java.util.function.Consumer<BufferedUnitOfWork> commit) {
        BufferedUnitOfWork unit = new BufferedUnitOfWork(store);
        R result;
        try {
            result = work.apply(unit);
        } finally {
            unit.finish();
        }
        commit.accept(unit);
        return result;
    }

    /**
     * {@return a key naming a record of a kind, for maps of pending writes: the kind (compared by identity, as a store
     *         compares kinds) and the id, with no string built, since a unit's check makes several for each record}
     */
    private static RecordKey key(Kind<?> kind, String id) {
        return new RecordKey(kind, id);
    }

    /** A record's key in maps of writes. */
    private record RecordKey(Kind<?> kind, String id) {
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
}
