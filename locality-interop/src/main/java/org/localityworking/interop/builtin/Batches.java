package org.localityworking.interop.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localityworking.interop.ImportInterruptedException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;

/**
 * Writes an import's records in the order given (file order, except for an import that joins several tables),
 * {@code batchSize} to a unit of work, counting what landed and up to which line, so that a batch the store
 * refuses after others landed can say exactly what was written ({@link ImportInterruptedException}). Holds one
 * batch at a time.
 */
final class Batches {
    /** The records of one unit of work when the request does not say. */
    static final int DEFAULT_BATCH = 10_000;

    /** A pending write: the record, the version it was read at, and the line it starts on. */
    private record Pending(Kind<?> kind, Object record, long version, long line) {
    }

    private final LocalityStore store;
    private final String file;
    private final int batchSize;
    private final boolean inFileOrder;
    private final List<Pending> batch;
    private int created;
    private int updated;
    private int unchanged;
    private long lastLineWritten = 1;

    Batches(LocalityStore store, String file, int batchSize) {
        this(store, file, batchSize, true);
    }

    /**
     * @param inFileOrder whether records are saved in the order of their lines in the file; if not, an interruption
     *                    says how many records were written, not up to which line
     */
    Batches(LocalityStore store, String file, int batchSize, boolean inFileOrder) {
        this.store = store;
        this.file = file;
        this.batchSize = batchSize;
        this.inFileOrder = inFileOrder;
        this.batch = new ArrayList<>(Math.min(batchSize, DEFAULT_BATCH));
    }

    /** Counts a record the store already holds as the file has it; nothing to write. */
    void unchanged(long line) {
        unchanged++;
        if (batch.isEmpty()) {
            lastLineWritten = line;
        }
    }

    /** Adds a write over the version read ({@code 0} for a new record); commits when the batch is full. */
    void save(Kind<?> kind, Object record, long version, long line) {
        batch.add(new Pending(kind, record, version, line));
        if (batch.size() >= batchSize) {
            commit();
        }
    }

    /**
     * Adds a write of the record unless the store holds it as it is, in which case it is counted unchanged; the
     * version written over is the one the store holds now.
     */
    <T> void saveChanged(Kind<T> kind, T record, long line) {
        Optional<Versioned<T>> stored = store.get(kind, kind.id(record));
        if (stored.isPresent() && stored.get().value().equals(record)) {
            unchanged(line);
        } else {
            save(kind, record, stored.map(Versioned::version).orElse(0L), line);
        }
    }

    /**
     * {@return what saving the record would do, as an index into an import's counts: 0 create, 1 update,
     *         2 nothing (the store holds it as it is)}
     */
    static <T> int change(LocalityStore store, Kind<T> kind, T record) {
        Optional<Versioned<T>> stored = store.get(kind, kind.id(record));
        return stored.isEmpty() ? 0 : stored.get().value().equals(record) ? 2 : 1;
    }

    /** Commits what is pending, as one unit of work. */
    void commit() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.runInTransaction(u -> batch.forEach(p -> write(u, p.kind(), p.record(), p.version())));
        } catch (RuntimeException e) {
            throw stopped(batch.get(0).line(), e);
        }
        for (Pending p : batch) {
            if (p.version() == 0) {
                created++;
            } else {
                updated++;
            }
        }
        lastLineWritten = batch.get(batch.size() - 1).line();
        batch.clear();
    }

    private static <T> void write(UnitOfWork u, Kind<T> kind, Object record, long version) {
        u.save(kind, kind.type().cast(record), version);
    }

    /** {@return what was written: the counts of the batches that landed} */
    ImportResult result() {
        return new ImportResult(created, updated, unchanged, false, List.of());
    }

    /**
     * The exception to stop with at a line: the cause itself while nothing of the file has been written (it
     * says so), else what was written and why it stopped.
     */
    RuntimeException stopped(long firstLineLost, RuntimeException cause) {
        if (created + updated == 0) {
            return cause;
        }
        return inFileOrder ? new ImportInterruptedException(file, result(), lastLineWritten, firstLineLost, cause)
                : new ImportInterruptedException(file, result(), cause);
    }

    /** The option {@code batchSize}: a whole number of at least 1, or {@code all}. */
    static int batchSize(ImportRequest request) {
        if (request.option("batchSize", "").equals("all")) {
            return Integer.MAX_VALUE;
        }
        return ImportOptions.atLeastOne(request, "batchSize", Integer.toString(DEFAULT_BATCH),
                "must be a whole number of records of at least 1, or all (one unit of work for the whole file)");
    }
}
