package org.localityworking.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * The import at scale (issue 17): a CSV of a whole national body's assets imported into a SQLite store, timed, with
 * the heap's peak use, beside raw JDBC inserts of the same rows into a table laid out like the store's. One import
 * is minutes, not microseconds, so it is a program run once per figure (by {@code import-scale.sh}, which also
 * lowers {@code -Xmx} until the import fails), not a JMH benchmark.
 *
 * <pre>
 *   ImportScale prepare DIR [SCALE]   writes DIR/frame.db (the body, its wards and localities) and DIR/assets.csv
 *   ImportScale ours DIR              imports DIR/assets.csv into a copy of frame.db through the assets importer
 *   ImportScale raw DIR               reads the same file and inserts its rows with batched prepared INSERTs
 *   ImportScale raw-secure DIR        the same with SQLite's secure_delete on, as the store opens its files (so an
 *                                     erased value leaves no bytes on disk): what that promise costs an import
 * </pre>
 * Each run prints one line: {@code RESULT what rows seconds rows-per-second peak-heap-MB}.
 */
public final class ImportScale {
    /** Rows per transaction in the raw baseline: the importer's default batch. */
    private static final int BATCH = 10_000;
    private static final List<String> COLUMNS = List.of("id", "locality", "ward", "name", "description", "category",
            "tangibility", "sensitive", "transfer");

    private ImportScale() {
    }

    /** Runs one step; see the class comment. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ImportScale prepare|ours|raw|raw-secure DIR [SCALE]");
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "prepare" -> prepare(dir, Scale.valueOf(args.length > 2 ? args[2] : "NATIONAL"));
            case "ours" -> ours(dir);
            case "raw" -> raw(dir, false);
            case "raw-secure" -> raw(dir, true);
            default -> throw new IllegalArgumentException("unknown step " + args[0] + ": prepare, ours, raw or raw-secure");
        }
    }

    private static void prepare(Path dir, Scale scale) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("frame.db"));
        DataGenerator data = new DataGenerator(scale);
        try (LocalityStore store = Stores.open("sqlite:" + dir.resolve("frame.db"))) {
            store.runInTransaction(u -> {
                u.save(StandardKinds.COUNCIL, data.council, 0);
                data.wards.forEach(w -> u.save(StandardKinds.WARD, w, 0));
                data.localities.forEach(l -> u.save(StandardKinds.LOCALITY, l, 0));
            });
        }
        CsvSchema schema = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING).build().withHeader();
        try (Writer out = Files.newBufferedWriter(dir.resolve("assets.csv"), StandardCharsets.UTF_8);
             SequenceWriter rows = new CsvMapper().writer(schema).writeValues(out)) {
            for (Asset a : data.assets) {
                rows.write(List.of(a.id(), a.localityId(), a.wardId().orElse(""), a.name(), a.description(),
                        a.category().name(), a.tangibility().name(), Boolean.toString(a.sensitive()), a.transfer().name()));
            }
        }
        System.out.printf(Locale.ROOT, "prepared %s: %,d assets, %,d wards, %,d localities%n", dir, data.assets.size(),
                data.wards.size(), data.localities.size());
    }

    /** Deletes a SQLite file and its write-ahead log and shared-memory files, if there. */
    private static void deleteDatabase(Path dir, String name) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve(name + suffix));
        }
    }

    private static Path freshCopy(Path dir, String name) throws IOException {
        Path db = dir.resolve(name);
        deleteDatabase(dir, name);
        Files.copy(dir.resolve("frame.db"), db, StandardCopyOption.REPLACE_EXISTING);
        return db;
    }

    private static void ours(Path dir) throws IOException {
        Path db = freshCopy(dir, "ours.db");
        long start = System.nanoTime();
        ImportResult result;
        try (LocalityStore store = Stores.open("sqlite:" + db)) {
            result = ImporterRegistry.discover().byId("assets").importInto(store, ImportRequest.builder().build(),
                    ImportSource.file(dir.resolve("assets.csv")));
        }
        report("ours", result.created(), start);
    }

    /**
     * The baseline: the same file read with the same CSV parser, each row made the same record and JSON body, and
     * inserted with a batched prepared INSERT, {@value #BATCH} rows a transaction, into a table with the store's
     * asset columns and indexes, in a SQLite file set up as the store sets up its own (WAL, synchronous=FULL). No
     * checks against the store, no version reads, no second read of the file: what the library adds to that is
     * what the ratio measures.
     */
    private static void raw(Path dir, boolean secureDelete) throws Exception {
        Path db = dir.resolve("raw.db");
        deleteDatabase(dir, "raw.db");
        long start = System.nanoTime();
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                if (secureDelete) {
                    s.execute("PRAGMA secure_delete=ON");
                }
                BaselineAssetTable.create(s, "TEXT");
            }
            c.setAutoCommit(false);
            try (Reader in = Files.newBufferedReader(dir.resolve("assets.csv"), StandardCharsets.UTF_8);
                 MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                         .with(CsvSchema.emptySchema().withHeader()).readValues(in);
                 PreparedStatement ps = c.prepareStatement(BaselineAssetTable.INSERT)) {
                while (it.hasNextValue()) {
                    Map<String, String> r = it.nextValue();
                    Asset a = new Asset(r.get("id"), r.get("locality"), Optional.of(r.get("ward")).filter(w -> !w.isEmpty()),
                            r.get("name"), r.get("description"), AssetCategory.valueOf(r.get("category")),
                            Tangibility.valueOf(r.get("tangibility")), Optional.empty(), Boolean.parseBoolean(r.get("sensitive")),
                            TransferStatus.valueOf(r.get("transfer")), Optional.empty(), Optional.empty());
                    BaselineAssetTable.addBatch(ps, a);
                    if (++rows % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        report(secureDelete ? "raw-secure" : "raw", rows, start);
    }

    private static void report(String what, long rows, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT %s rows=%d seconds=%.1f rows_per_second=%.0f peak_heap_mb=%.0f max_heap_mb=%d%n",
                what, rows, seconds, rows / seconds, peakHeapMb(), Runtime.getRuntime().maxMemory() / 1048576);
    }

    /** {@return the heap pools' peaks summed, in MB: an upper bound on the heap a program used} */
    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
