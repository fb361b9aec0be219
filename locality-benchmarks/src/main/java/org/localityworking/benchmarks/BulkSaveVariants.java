package org.localityworking.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * What the SQLite bulk save's time above a batched INSERT is made of (issue 31): a timed program, in one JVM and one
 * SQLite file set up as {@code JdbcBenchmark} sets its up (a council's generated data in the store, the same assets
 * in {@code bench_asset}), timing units of 1,000 new assets written each way. Each way runs in blocks of
 * {@code rounds} units (the first fifth not timed), the blocks in turn, twice over: each connection keeps its page
 * cache warm through its block, as it does in a JMH fork of its own (connections writing in turn to one WAL file
 * drop each other's caches).
 *
 * <p>The ways: the store's bulk save; the plain batched INSERT into {@code bench_asset} (the JMH baseline) and into
 * the store's own {@code asset} table; the same with {@code secure_delete} on and {@code ON CONFLICT (id) DO
 * NOTHING}, as the store keeps its promises; a connection opened with the store's own settings running {@code BEGIN
 * IMMEDIATE}, that INSERT and {@code COMMIT} as statements, as the store's transaction does; and the INSERT of 200
 * rows a statement, a design that was measured here and not adopted.
 *
 * <p>Run: {@code java -cp locality-benchmarks/target/benchmarks.jar
 * org.localityworking.benchmarks.BulkSaveVariants [rounds [way...]]} (default 250 rounds and every way, about 2
 * minutes; named ways, such as {@code STORE}, run beside {@code PLAIN_BENCH_TABLE}). Each way's time a unit is
 * printed as wall time and as the CPU time of the thread that ran it (SQLite runs on that thread), each beside the
 * baseline's.
 *
 * <p>With {@code check [rounds]} first it measures instead what the commit's check costs (the library's validation
 * promise: each record's references exist, an asset's ward lies within its locality): units of 1,000 assets saved
 * as {@link StandardKinds#ASSET} and as {@link #UNCHECKED}, a kind with the same keys, columns and indexes but
 * neither references nor rules, one unit of each in turn on the one store, each table holding the council's assets
 * first (default 500 rounds; about 20 seconds).
 */
public final class BulkSaveVariants {
    private static final String ON_CONFLICT = " ON CONFLICT (id) DO NOTHING";

    /** The asset kind's keys without its references or rules: what the commit's check finds nothing to check in. */
    static final Kind<Asset> UNCHECKED = Kind.builder("asset_unchecked", Asset.class, Asset::id)
            .key(Dimension.LOCALITY, Asset::localityId)
            .optionalKey(Dimension.WARD, Asset::wardId)
            .key(Dimension.CATEGORY, a -> a.category().name())
            .key(Dimension.STATUS, a -> a.transfer().name())
            .keys(Dimension.PERSON, a -> List.of())
            .build();

    private BulkSaveVariants() {
    }

    private enum Way {
        STORE("the store's bulk save"),
        PLAIN_BENCH_TABLE("plain INSERT into bench_asset (the JMH baseline)"),
        PLAIN_STORE_TABLE("plain INSERT into the store's asset table"),
        PROMISES_STORE_TABLE("the same, secure_delete on and ON CONFLICT DO NOTHING"),
        STORE_CONNECTION("the same on a connection opened as the store opens its own, BEGIN IMMEDIATE and COMMIT"),
        ROWS_200_STORE_TABLE("plain INSERT into the store's asset table, 200 rows a statement");

        final String what;

        Way(String what) {
            this.what = what;
        }
    }

    private long round;

    @SuppressWarnings("EnumOrdinal") // the categories in turn, by their order, as JdbcBenchmark's batches have them
    private List<Asset> batch(String locality, String ward) {
        List<Asset> assets = new ArrayList<>(1_000);
        long r = round++;
        for (int i = 0; i < 1_000; i++) {
            assets.add(new Asset("v" + r + "-" + i, locality, Optional.of(ward), "Bulk asset " + i,
                    "Imported from a spreadsheet", AssetCategory.values()[i % 6], Tangibility.TANGIBLE, Optional.empty(),
                    false, TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty()));
        }
        return assets;
    }

    /** The INSERT of the baselines, {@code rows} rows a statement, each statement's count checked. */
    private static void insert(Connection c, String table, List<Asset> assets, int rows, String suffix)
            throws SQLException {
        String row = "(?, 1, ?, ?, ?, ?, ?)";
        String sql = "INSERT INTO " + table + " (id, version, locality_id, ward_id, category, status, body) VALUES "
                + (row + ", ").repeat(rows - 1) + row + suffix;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (int i = 0; i < assets.size(); i++) {
                p = BaselineAssetTable.bind(ps, p, assets.get(i));
                if ((i + 1) % rows == 0) {
                    ps.addBatch();
                    p = 1;
                }
            }
            if (assets.size() % rows != 0) {
                throw new IllegalArgumentException(assets.size() + " rows do not fill statements of " + rows);
            }
            for (int count : ps.executeBatch()) {
                if (count != rows) {
                    throw new IllegalStateException("a statement of " + rows + " rows inserted " + count);
                }
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Runs every way, prints each one's milliseconds a unit and its ratio to the JMH baseline's.
     *
     * @param args the units a block (default 250)
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("check")) {
            new BulkSaveVariants().check(args.length > 1 ? Integer.parseInt(args[1]) : 500);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        java.util.EnumSet<Way> ways = java.util.EnumSet.noneOf(Way.class);
        for (int i = 1; i < args.length; i++) {
            ways.add(Way.valueOf(args[i]));
        }
        ways.add(Way.PLAIN_BENCH_TABLE); // the baseline every way is set beside
        new BulkSaveVariants().run(rounds, args.length > 1 ? ways : java.util.EnumSet.allOf(Way.class));
    }

    private void check(int rounds) throws Exception {
        Path dir = Files.createTempDirectory("bulk-save-check");
        try {
            checkIn(dir, rounds);
        } finally {
            TempDirs.delete(dir); // after the store has closed
        }
    }

    private void checkIn(Path dir, int rounds) throws Exception {
        DataGenerator data = new DataGenerator(Scale.COUNCIL);
        String locality = data.localities.get(1).id();
        String ward = data.localities.get(1).wards().get(0).wardId();
        try (LocalityStore store = Stores.builder().location("sqlite:" + dir.resolve("bench.db")).kind(UNCHECKED).open()) {
            data.loadInto(store);
            for (int from = 0; from < data.assets.size(); from += 10_000) {
                List<Asset> chunk = data.assets.subList(from, Math.min(data.assets.size(), from + 10_000));
                store.runInTransaction(u -> chunk.forEach(a -> u.save(UNCHECKED, a, 0)));
            }
            long[] nanos = new long[2];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    Kind<Asset> kind = (r + k) % 2 == 0 ? StandardKinds.ASSET : UNCHECKED;
                    List<Asset> assets = batch(locality, ward);
                    long start = System.nanoTime();
                    store.runInTransaction(u -> assets.forEach(a -> u.save(kind, a, 0)));
                    if (r >= rounds / 5) {
                        nanos[kind == UNCHECKED ? 1 : 0] += System.nanoTime() - start;
                    }
                }
            }
            double timed = rounds - rounds / 5;
            System.out.printf(Locale.ROOT, "checked (StandardKinds.ASSET) %.3f ms a unit; unchecked (%s) %.3f ms; the"
                    + " check %.3f ms a unit, %.1f%% of the checked unit%n", nanos[0] / 1e6 / timed, UNCHECKED.name(),
                    nanos[1] / 1e6 / timed, (nanos[0] - nanos[1]) / 1e6 / timed, 100.0 * (nanos[0] - nanos[1]) / nanos[0]);
        }
    }

    private void run(int rounds, java.util.Set<Way> ways) throws Exception {
        Path dir = Files.createTempDirectory("bulk-save-variants");
        try {
            runIn(dir, rounds, ways);
        } finally {
            TempDirs.delete(dir); // after the store and connections have closed
        }
    }

    private void runIn(Path dir, int rounds, java.util.Set<Way> ways) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String location = "sqlite:" + dir.resolve("bench.db");
        DataGenerator data = new DataGenerator(Scale.COUNCIL);
        String locality = data.localities.get(1).id();
        String ward = data.localities.get(1).wards().get(0).wardId();
        Properties asTheStore = new Properties();
        asTheStore.setProperty("journal_mode", "WAL");
        asTheStore.setProperty("synchronous", "FULL");
        asTheStore.setProperty("secure_delete", "true");
        asTheStore.setProperty("busy_timeout", "10000");
        try (LocalityStore store = Stores.open(location);
                Connection plain = DriverManager.getConnection("jdbc:" + location);
                Connection secure = DriverManager.getConnection("jdbc:" + location);
                Connection storeLike = DriverManager.getConnection("jdbc:" + location, asTheStore)) {
            data.loadInto(store);
            try (Statement s = plain.createStatement()) {
                BaselineAssetTable.create(s, "TEXT");
            }
            plain.setAutoCommit(false);
            try (PreparedStatement ps = plain.prepareStatement(BaselineAssetTable.INSERT)) {
                for (Asset a : data.assets) {
                    BaselineAssetTable.addBatch(ps, a);
                }
                ps.executeBatch();
            }
            plain.commit();
            exec(secure, "PRAGMA secure_delete=ON");
            secure.setAutoCommit(false);
            java.util.Map<Way, Long> nanos = new java.util.EnumMap<>(Way.class);
            java.util.Map<Way, Long> cpu = new java.util.EnumMap<>(Way.class);
            int timed = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (Way way : ways) {
                    for (int r = 0; r < rounds; r++) {
                        List<Asset> assets = batch(locality, ward);
                        long startCpu = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        switch (way) {
                            case STORE -> store.runInTransaction(u -> assets.forEach(a -> u.save(StandardKinds.ASSET, a, 0)));
                            case PLAIN_BENCH_TABLE -> {
                                insert(plain, "bench_asset", assets, 1, "");
                                plain.commit();
                            }
                            case PLAIN_STORE_TABLE -> {
                                insert(plain, "\"asset\"", assets, 1, "");
                                plain.commit();
                            }
                            case PROMISES_STORE_TABLE -> {
                                insert(secure, "\"asset\"", assets, 1, ON_CONFLICT);
                                secure.commit();
                            }
                            case STORE_CONNECTION -> {
                                exec(storeLike, "BEGIN IMMEDIATE");
                                insert(storeLike, "\"asset\"", assets, 1, ON_CONFLICT);
                                exec(storeLike, "COMMIT");
                            }
                            case ROWS_200_STORE_TABLE -> {
                                insert(plain, "\"asset\"", assets, 200, "");
                                plain.commit();
                            }
                        }
                        if (r >= rounds / 5) {
                            nanos.merge(way, System.nanoTime() - start, Long::sum);
                            cpu.merge(way, threads.getCurrentThreadCpuTime() - startCpu, Long::sum);
                        }
                    }
                }
                timed += rounds - rounds / 5;
            }
            double base = nanos.get(Way.PLAIN_BENCH_TABLE);
            double baseCpu = cpu.get(Way.PLAIN_BENCH_TABLE);
            for (Way way : ways) {
                System.out.printf(Locale.ROOT, "%-100s %7.3f ms a unit  %.3f of the JMH baseline's; CPU %.3f ms, %.3f%n",
                        way.what, nanos.get(way) / 1e6 / timed, nanos.get(way) / base, cpu.get(way) / 1e6 / timed,
                        cpu.get(way) / baseCpu);
            }
        }
    }
}
