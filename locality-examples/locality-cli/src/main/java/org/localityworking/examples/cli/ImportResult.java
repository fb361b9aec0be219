package org.localityworking.examples.cli;

import java.util.List;
import java.util.Optional;
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
 */
record ImportResult(int created, int updated, int unchanged, boolean dryRun) {
    int total() {
        return created + updated + unchanged;
    }

    /** @return the line the CLI prints */
    String describe(String what, String file, String location) {
        return (dryRun ? "Dry run: importing " + file + " into " + location + " would create " + created + ", change "
                + updated + " and leave " + unchanged + " " + what + " as they are; nothing was written"
                : "Imported " + total() + " " + what + " from " + file + " into " + location + ": " + created
                        + " created, " + updated + " updated, " + unchanged + " unchanged");
    }

    /**
     * Saves the records that are new or differ from the stored ones, in one unit of work (none in a dry run).
     *
     * @return what was (or would be) done
     */
    static <T> ImportResult save(LocalityStore store, Kind<T> kind, List<T> records, boolean dryRun) {
        List<T> writes = new java.util.ArrayList<>();
        List<Long> versions = new java.util.ArrayList<>();
        int created = 0;
        for (T r : records) {
            Optional<Versioned<T>> stored = store.get(kind, kind.id(r));
            if (stored.isEmpty() || !stored.get().value().equals(r)) {
                created += stored.isEmpty() ? 1 : 0;
                writes.add(r);
                versions.add(stored.map(Versioned::version).orElse(0L));
            }
        }
        if (!dryRun && !writes.isEmpty()) {
            // the versions read above: a record changed since then is a conflict, and nothing is written
            store.runInTransaction(u -> {
                for (int i = 0; i < writes.size(); i++) {
                    u.save(kind, writes.get(i), versions.get(i));
                }
            });
        }
        return new ImportResult(created, writes.size() - created, records.size() - writes.size(), dryRun);
    }
}
