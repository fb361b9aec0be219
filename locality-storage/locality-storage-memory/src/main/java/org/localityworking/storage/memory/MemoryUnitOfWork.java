package org.localityworking.storage.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.PendingWrite;

/**
 * Buffers a unit of work's writes, one per record. A second write to the same record must expect the
 * version the first one gave it; the pair then commits as one write, checked against the stored version,
 * whose new version counts both saves.
 */
final class MemoryUnitOfWork implements UnitOfWork {
    private final MemoryStore store;
    private final Map<String, PendingWrite<?>> writes = new LinkedHashMap<>();
    private boolean finished;

    MemoryUnitOfWork(MemoryStore store) {
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
        writes.put(MemoryStore.key(kind, id), new PendingWrite<>(kind, id, Optional.of(value), stored,
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
        writes.put(MemoryStore.key(kind, id), new PendingWrite<>(kind, id, Optional.empty(), stored, 0));
    }

    /** @return the version to check against the store: the caller's, or the first write's for a repeated record */
    private <T> long chain(Kind<T> kind, String id, long expectedVersion) {
        PendingWrite<?> earlier = writes.remove(MemoryStore.key(kind, id));
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
        PendingWrite<?> w = writes.get(MemoryStore.key(kind, id));
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

    void finish() {
        finished = true;
    }

    List<PendingWrite<?>> writes() {
        return new ArrayList<>(writes.values());
    }
}
