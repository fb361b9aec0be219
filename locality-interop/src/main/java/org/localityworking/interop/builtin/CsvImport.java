package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Versioned;

/**
 * A CSV import that streams: memory does not grow with the file. The file is read twice. The first read checks
 * every row (its values, the records it names, ids given twice) and counts what would be created, changed and
 * left; one bad row and nothing is written. The second read writes the rows that differ from the store, in
 * units of work of at most {@code batchSize} records (an importer option, default {@value Batches#DEFAULT_BATCH}, or
 * {@code all} for one unit of work whatever the size), in file order. A file with no more changed rows than one
 * batch is written whole or not at all; a larger one that the store refuses part way stops with an
 * {@link ImportInterruptedException} saying which lines were written, and running it again finishes it.
 *
 * <p>Rows are checked {@value #CHUNK} at a time, the store asked once which of their ids it holds. What it keeps
 * while reading: one 8-byte fingerprint per row (to find ids given twice; a shared fingerprint
 * is checked against the ids themselves in a third read) and one per row the store already holds (so the second
 * read looks up only those), the existence of the records rows name and the records the kind's rules read (at
 * most {@value #REMEMBERED} of each), at most {@value #MAX_ERRORS} problems, and one batch.
 *
 * @param <T> the record type
 */
final class CsvImport<T> {
    /** The problems one import reports before it stops reading. */
    static final int MAX_ERRORS = 1000;
    /** The most look-ups of named records remembered; beyond it the store is asked each time. */
    static final int REMEMBERED = 100_000;

    /** How an importer reads its rows. */
    interface Rows<T> {
        /**
         * The row as a record, over the stored one where there is one (so a column the file lacks changes
         * nothing), or null with the problems added to {@code errors}.
         */
        T parse(CsvRows.Row row, Optional<T> stored, List<ImportException.RowError> errors);
    }

    /** Whether records exist, remembering the answers. */
    static final class Lookup {
        private final LocalityStore store;
        private final Map<String, Boolean> known = new HashMap<>();

        Lookup(LocalityStore store) {
            this.store = store;
        }

        /** Adds a problem unless the store holds the record. */
        void require(Kind<?> kind, String id, CsvRows.Row row, String column, List<ImportException.RowError> errors) {
            String key = kind.name() + "/" + id;
            Boolean ok = known.get(key);
            if (ok == null) {
                ok = store.get(kind, id).isPresent();
                if (known.size() < REMEMBERED) {
                    known.put(key, ok);
                }
            }
            if (!ok) {
                errors.add(new ImportException.RowError(row.line(), column, id, "must name a " + kind.name()
                        + " already in the store"));
            }
        }
    }

    private final LocalityStore store;
    private final Kind<T> kind;
    private final ImportRequest request;
    private final ImportSource source;
    private final Set<String> required;
    private final Set<String> allowed;
    private final Rows<T> rows;
    /** The ids the store held at the first read (fingerprints: 8 bytes each, none for a file of new records). */
    private final Fingerprints storedIds = new Fingerprints();

    private CsvImport(LocalityStore store, Kind<T> kind, ImportRequest request, ImportSource source,
                      Set<String> required, Set<String> allowed, Rows<T> rows) {
        this.store = store;
        this.kind = kind;
        this.request = request;
        this.source = source;
        this.required = required;
        this.allowed = allowed;
        this.rows = rows;
    }

    /**
     * Checks the whole file, then (unless a dry run) writes it.
     *
     * @throws ImportException             when any row is bad; nothing was written
     * @throws ImportInterruptedException when the store refused a batch after others had landed
     */
    static <T> ImportResult run(LocalityStore store, Kind<T> kind, ImportRequest request, ImportSource source,
                                Set<String> required, Set<String> allowed, Rows<T> rows) throws IOException {
        // read two or three times: the encoding is checked on the first only
        return new CsvImport<>(store, kind, request, InputFile.checked(source), required, allowed, rows).run();
    }

    private ImportResult run() throws IOException {
        int batchSize = Batches.batchSize(request);
        int[] counts = new int[3];
        List<ImportException.RowError> errors = new ArrayList<>();
        Fingerprints prints = new Fingerprints();
        Lookup lookup = new Lookup(store);
        // the records the kind's rules read (a row's ward and locality, mostly the same few): remembered
        Map<String, Optional<?>> ruleReads = new HashMap<>();
        org.localityworking.storage.RecordLookup rules = new org.localityworking.storage.RecordLookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <R> Optional<R> find(Kind<R> k, String id) {
                String key = k.name() + "/" + id;
                Optional<?> found = ruleReads.get(key);
                if (found == null) {
                    found = store.get(k, id).map(Versioned::value);
                    if (ruleReads.size() < REMEMBERED) {
                        ruleReads.put(key, found);
                    }
                }
                return (Optional<R>) found;
            }
        };
        // rows are checked a chunk at a time: the store says in one question which of a chunk's ids it holds
        // (LocalityStore.versions), and only those are read
        List<CsvRows.Row> chunk = new ArrayList<>(CHUNK);
        java.util.function.Consumer<CsvRows.Row> check = row -> {
            if (errors.size() >= MAX_ERRORS) {
                return; // enough problems reported: the rest of the chunk is not checked
            }
            int before = errors.size();
            Optional<Versioned<T>> stored = stored(row);
            T record = rows.parse(row, stored.map(Versioned::value), errors);
            if (stored.isPresent()) {
                storedIds.add(row.get("id"));
            }
            if (record != null && errors.size() == before) {
                prints.add(kind.id(record));
                // every record the kind says this one refers to (Kind.references, the store's own list) must be
                // stored, and then the kind's rules must hold, as the commit will check them: so a dry run finds
                // what the import would be refused for, by line and column, from the one copy of each rule
                for (org.localityworking.storage.Reference r : kind.references(record)) {
                    lookup.require(r.target(), r.id(), row, Cells.column(r.field()), errors);
                }
                if (errors.size() == before) {
                    try {
                        kind.checkRules(record, rules);
                    } catch (org.localityworking.core.ValidationException e) {
                        errors.add(new ImportException.RowError(row.line(), Cells.column(e.field()), e.value(), e.rule()));
                    }
                }
                if (errors.size() == before) {
                    counts[stored.isEmpty() ? 0 : stored.get().value().equals(record) ? 2 : 1]++;
                }
            }
        };
        CsvRows.forEach(source, required, allowed, request.progress(), row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                checkChunk(chunk, check);
            }
            return errors.size() < MAX_ERRORS;
        });
        if (errors.size() < MAX_ERRORS) {
            checkChunk(chunk, check);
        }
        if (errors.size() < MAX_ERRORS) {
            errors.addAll(duplicates(prints));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(ImportException.RowError::line));
            throw new ImportException(source.name(), errors);
        }
        if (request.dryRun()) {
            return new ImportResult(counts[0], counts[1], counts[2], true, List.of());
        }
        return write(batchSize);
    }

    private Optional<Versioned<T>> stored(CsvRows.Row row) {
        String id = row.get("id");
        if (id.isEmpty() || (heldInChunk != null && !heldInChunk.containsKey(id))) {
            return Optional.empty();
        }
        return store.get(kind, id);
    }

    /** Rows checked at a time: their ids asked of the store in one question. */
    static final int CHUNK = 500;

    /** The ids of the chunk being checked that the store holds, with their versions; null outside the check. */
    private Map<String, Long> heldInChunk;

    /** Checks the chunk's rows, having asked the store which of their ids it holds, and empties the chunk. */
    private void checkChunk(List<CsvRows.Row> chunk, java.util.function.Consumer<CsvRows.Row> check) {
        List<String> ids = new ArrayList<>(chunk.size());
        for (CsvRows.Row row : chunk) {
            String id = row.get("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        heldInChunk = store.versions(kind, ids);
        try {
            chunk.forEach(check);
        } finally {
            heldInChunk = null;
            chunk.clear();
        }
    }

    /**
     * The second read: writes what differs from the store, batch by batch. A row whose id the store did not hold
     * at the first read is not looked up again: it is saved as new, and if another writer has stored that id
     * since, the commit refuses it as a conflict (the import stops, saying which lines were written) rather than
     * writing over that writer's record.
     */
    private ImportResult write(int batchSize) throws IOException {
        Batches batches = new Batches(store, source.name(), batchSize);
        CsvRows.forEach(source, required, allowed, n -> { }, row -> {
            String id = row.get("id");
            Optional<Versioned<T>> stored = id.isEmpty() || !storedIds.mayContain(id) ? Optional.empty() : stored(row);
            List<ImportException.RowError> errors = new ArrayList<>();
            T record = rows.parse(row, stored.map(Versioned::value), errors);
            if (record == null || !errors.isEmpty()) {
                // the file was good when checked a moment ago: it changed while being imported
                errors.add(0, new ImportException.RowError(row.line(), "-", "", "changed while it was being imported"));
                throw batches.stopped(row.line(), new ImportException(source.name(), errors));
            }
            if (stored.isPresent() && stored.get().value().equals(record)) {
                batches.unchanged(row.line());
            } else {
                batches.save(kind, record, stored.map(Versioned::version).orElse(0L), row.line());
            }
            return true;
        });
        batches.commit();
        return batches.result();
    }

    /** The ids given twice, found by fingerprint and confirmed by a third read comparing the ids themselves. */
    private List<ImportException.RowError> duplicates(Fingerprints prints) throws IOException {
        Set<Long> shared = prints.shared();
        List<ImportException.RowError> errors = new ArrayList<>();
        if (shared.isEmpty()) {
            return errors;
        }
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.forEach(source, required, allowed, n -> { }, row -> {
            String id = row.get("id");
            if (shared.contains(Fingerprints.of(id)) && firstLine.putIfAbsent(id, row.line()) != null) {
                errors.add(new ImportException.RowError(row.line(), "id", id, "appears twice in the file (first on line "
                        + firstLine.get(id) + ")"));
            }
            return errors.size() < MAX_ERRORS;
        });
        return errors;
    }
}
