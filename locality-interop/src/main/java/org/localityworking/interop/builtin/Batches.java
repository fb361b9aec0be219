package org.localityworking.interop.builtin;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.ImportInterruptedException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.UnitOfWork;

/**
 * Writes an import's records in file order, {@code batchSize} to a unit of work, counting what landed and up to
 * which line, so that a batch the store refuses after others landed can say exactly what was written
 * ({@link ImportInterruptedException}). Holds one batch at a time.
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
    private final List<Pending> batch;
    private int created;
    private int updated;
    private int unchanged;
    private long lastLineWritten = 1;

    Batches(LocalityStore store, String file, int batchSize) {
        this.store = store;
        this.file = file;
        this.batchSize = batchSize;
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
        return new ImportInterruptedException(file, result(), lastLineWritten, firstLineLost, cause);
    }

    /** The option {@code batchSize}: a whole number of at least 1, or {@code all}. */
    static int batchSize(ImportRequest request) {
        String value = request.option("batchSize", Integer.toString(DEFAULT_BATCH));
        if (value.equals("all")) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ValidationException("ImportRequest.options.batchSize", value,
                "must be a whole number of records of at least 1, or all (one unit of work for the whole file)");
    }
}
