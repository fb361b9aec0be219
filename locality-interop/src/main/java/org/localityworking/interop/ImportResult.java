package org.localityworking.interop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Versioned;

/**
 * What an import did, or, in a dry run, would do.
 *
 * @param created   records that were not in the store
 * @param updated   records the import changed
 * @param unchanged records already as the import has them (never written again, so their versions stay)
 * @param dryRun    whether nothing was written
 * @param notKept   what the file holds that the store has no place for, in words (for example a 360Giving
 *                  grant's {@code dateModified}); empty when nothing was left
 */
@API(status = STABLE, since = "1.0")
public record ImportResult(int created, int updated, int unchanged, boolean dryRun, List<String> notKept) {
    /** Checks the counts. */
    public ImportResult {
        if (created < 0 || updated < 0 || unchanged < 0) {
            throw new org.localityworking.core.ValidationException("ImportResult", created + "/" + updated + "/"
                    + unchanged, "counts must not be negative");
        }
        notKept = List.copyOf(Checks.list("ImportResult.notKept", notKept));
    }

    /** {@return every record the file held} */
    public int total() {
        return created + updated + unchanged;
    }

    /** {@return this result, saying also what the file held that was not kept} */
    public ImportResult notKeeping(List<String> fields) {
        return new ImportResult(created, updated, unchanged, dryRun, fields);
    }

    /**
     * {@return the line a command-line tool prints}
     *
     * @param what     what the records are, in words ("assets", "records")
     * @param file     the file's name
     * @param location the store's location
     */
    public String describe(String what, String file, String location) {
        String line = dryRun ? "Dry run: importing " + file + " into " + location + " would create " + created
                + ", change " + updated + " and leave " + unchanged + " " + what + " as they are; nothing was written"
                : "Imported " + total() + " " + what + " from " + file + " into " + location + ": " + created
                        + " created, " + updated + " updated, " + unchanged + " unchanged";
        return notKept.isEmpty() ? line : line + "\nNot kept (the store has no place for them): " + String.join("; ", notKept);
    }

    /**
     * Saves the records that are new or differ from the stored ones, in one unit of work (none in a dry run),
     * each over the version read here, so that a change made meanwhile is a conflict and nothing is written.
     *
     * @return what was (or would be) done
     */
    public static <T> ImportResult save(LocalityStore store, Kind<T> kind, List<T> records, boolean dryRun) {
        return saveAll(store, List.of(new Batch<>(kind, records)), dryRun);
    }

    /**
     * Records of one kind, for {@link #saveAll}.
     *
     * @param kind    their kind
     * @param records the records
     * @param <T>     their type
     */
    public record Batch<T>(Kind<T> kind, List<T> records) {
        /** Copies the list. */
        public Batch {
            records = List.copyOf(records);
        }
    }

    /**
     * Saves records of several kinds in one unit of work, in the order given (so that a record is saved after those
     * it refers to), writing only those that are new or differ from the stored ones.
     *
     * @return what was (or would be) done
     */
    public static ImportResult saveAll(LocalityStore store, List<Batch<?>> batches, boolean dryRun) {
        int[] counts = new int[3];
        List<java.util.function.Consumer<org.localityworking.storage.UnitOfWork>> writes = new java.util.ArrayList<>();
        for (Batch<?> b : batches) {
            plan(store, b, counts, writes);
        }
        if (!dryRun && !writes.isEmpty()) {
            store.runInTransaction(u -> writes.forEach(w -> w.accept(u)));
        }
        return new ImportResult(counts[0], counts[1], counts[2], dryRun, List.of());
    }

    private static <T> void plan(LocalityStore store, Batch<T> b, int[] counts,
                                 List<java.util.function.Consumer<org.localityworking.storage.UnitOfWork>> writes) {
        for (T r : b.records()) {
            Optional<Versioned<T>> stored = store.get(b.kind(), b.kind().id(r));
            if (stored.isPresent() && stored.get().value().equals(r)) {
                counts[2]++;
                continue;
            }
            counts[stored.isEmpty() ? 0 : 1]++;
            long version = stored.map(Versioned::version).orElse(0L);
            writes.add(u -> u.save(b.kind(), r, version));
        }
    }
}
