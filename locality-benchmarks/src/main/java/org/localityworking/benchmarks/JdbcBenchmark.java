package org.localityworking.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JDBC store on SQLite and PostgreSQL against hand-written JDBC on the same database: a bulk save of
 * {@code batch} assets in one unit of work against a batched prepared insert of the same rows (same columns,
 * same JSON body) in one transaction; and a query by locality against a plain SELECT that parses the same bodies.
 * PostgreSQL needs {@code LOCALITY_BENCH_POSTGRES_URL} or {@code LOCALITY_TEST_POSTGRES_URL}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("EnumOrdinal") // generated data and the baselines index categories by their order on purpose
public class JdbcBenchmark {
    @Param({"sqlite", "postgresql"})
    public String db;

    /** COUNCIL in the short suite; {@code -p jdbcScale=COMBINED} for the combined authority. */
    @Param({"COUNCIL"})
    public Scale jdbcScale;

    @Param({"1000"})
    public int batch;

    private LocalityStore store;
    private Connection raw;
    /** The checked baseline's connection: on SQLite with secure_delete on, as the store opens its files. */
    private Connection rawChecked;
    private String localityId;
    private String bulkLocality;
    private String bulkWard;
    private long round;
    /** The SQLite run's folder, deleted when the trial ends. */
    private Optional<Path> dir = Optional.empty();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String location;
        String jdbcUrl;
        if (db.equals("sqlite")) {
            Path folder = Files.createTempDirectory("locality-bench");
            dir = Optional.of(folder);
            location = "sqlite:" + folder.resolve("bench.db");
            jdbcUrl = "jdbc:" + location;
        } else {
            String base = Optional.ofNullable(System.getenv("LOCALITY_BENCH_POSTGRES_URL"))
                    .or(() -> Optional.ofNullable(System.getenv("LOCALITY_TEST_POSTGRES_URL")))
                    .orElseThrow(() -> new IllegalStateException("Set LOCALITY_BENCH_POSTGRES_URL to a throw-away"
                            + " PostgreSQL database, or run with -p db=sqlite"));
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection("jdbc:" + base); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            location = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            jdbcUrl = "jdbc:" + location;
        }
        DataGenerator data = new DataGenerator(jdbcScale);
        store = Stores.open(location);
        data.loadInto(store);
        localityId = data.localities.get(0).id();
        bulkLocality = data.localities.get(1).id();
        bulkWard = data.localities.get(1).wards().get(0).wardId();
        raw = DriverManager.getConnection(jdbcUrl);
        try (Statement s = raw.createStatement()) {
            BaselineAssetTable.create(s, db.equals("sqlite") ? "TEXT" : "TEXT COLLATE \"C\"");
        }
        raw.setAutoCommit(false);
        insert(raw, data.assets);
        raw.commit();
        rawChecked = DriverManager.getConnection(jdbcUrl);
        if (db.equals("sqlite")) {
            try (Statement s = rawChecked.createStatement()) {
                s.execute("PRAGMA secure_delete=ON");
            }
        }
        rawChecked.setAutoCommit(false);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, java.io.IOException {
        store.close();
        raw.close();
        rawChecked.close();
        if (dir.isPresent()) {
            TempDirs.delete(dir.get());
        }
    }

    private List<Asset> nextBatch(String prefix) {
        List<Asset> assets = new ArrayList<>(batch);
        long r = round++;
        for (int i = 0; i < batch; i++) {
            assets.add(new Asset(prefix + r + "-" + i, bulkLocality, Optional.of(bulkWard), "Bulk asset " + i,
                    "Imported from a spreadsheet", AssetCategory.values()[i % 6], Tangibility.TANGIBLE, Optional.empty(),
                    false, TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty()));
        }
        return assets;
    }

    private static void insert(Connection c, List<Asset> assets) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BaselineAssetTable.INSERT)) {
            for (Asset a : assets) {
                BaselineAssetTable.addBatch(ps, a);
            }
            ps.executeBatch();
        }
    }

    @Benchmark
    public int ours_bulkSave() {
        List<Asset> assets = nextBatch("o");
        store.runInTransaction(u -> assets.forEach(a -> u.save(StandardKinds.ASSET, a, 0)));
        return assets.size();
    }

    @Benchmark
    public int baseline_bulkSave() throws SQLException {
        List<Asset> assets = nextBatch("b");
        insert(raw, assets);
        raw.commit();
        return assets.size();
    }

    /** The bulk save again, to pair with {@link #baseline_bulkSaveChecked()}. */
    @Benchmark
    public int ours_bulkSaveChecked() {
        List<Asset> assets = nextBatch("p");
        store.runInTransaction(u -> assets.forEach(a -> u.save(StandardKinds.ASSET, a, 0)));
        return assets.size();
    }

    /**
     * The batched INSERT with, written by hand inside the same transaction, the checks the store's commit makes of
     * every unit: that no record it inserts exists yet (kept as the store keeps it since storage SPI 2.3, by the
     * primary key: on SQLite {@code ON CONFLICT (id) DO NOTHING} and each row's count required to be 1; on PostgreSQL
     * a duplicate fails the INSERT), that each record it refers to exists, and that each asset's ward lies within its
     * locality (each referenced row read once and parsed); on SQLite on a connection with secure_delete on, as the
     * store opens its files so that an erased value leaves no bytes on disk. Against {@link #baseline_bulkSave()} it
     * measures what keeping those promises costs; against {@link #ours_bulkSaveChecked()} what the library adds.
     */
    @Benchmark
    public int baseline_bulkSaveChecked() throws Exception {
        List<Asset> assets = nextBatch("c");
        requireReferences(assets);
        int[] counts;
        try (PreparedStatement ps = rawChecked.prepareStatement(BaselineAssetTable.INSERT
                + (db.equals("sqlite") ? " ON CONFLICT (id) DO NOTHING" : ""))) {
            for (Asset a : assets) {
                BaselineAssetTable.addBatch(ps, a);
            }
            counts = ps.executeBatch();
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                rawChecked.rollback();
                throw new IllegalStateException("asset " + assets.get(i).id() + " exists");
            }
        }
        rawChecked.commit();
        return assets.size();
    }

    private void requireReferences(List<Asset> assets) throws Exception {
        java.util.Map<String, Locality> localities = new java.util.HashMap<>();
        java.util.Set<String> wards = new java.util.HashSet<>();
        for (Asset a : assets) {
            Locality locality = localities.get(a.localityId());
            if (locality == null) {
                locality = BaselineAssetTable.JSON.readValue(body("locality", a.localityId()), Locality.class);
                localities.put(a.localityId(), locality);
            }
            if (a.wardId().isPresent()) {
                String ward = a.wardId().get();
                if (wards.add(ward)) {
                    body("ward", ward);
                }
                if (locality.wards().stream().noneMatch(w -> w.wardId().equals(ward))) {
                    throw new IllegalStateException("ward " + ward + " is not within " + locality.id());
                }
            }
        }
    }

    /** {@return the body of one of the store's rows, read as the store reads a record a unit refers to} */
    private String body(String table, String id) throws SQLException {
        try (PreparedStatement ps = rawChecked.prepareStatement("SELECT version, body FROM \"" + table + "\" WHERE id = ?"
                + (db.equals("sqlite") ? "" : " FOR SHARE"))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " " + id + " does not exist");
                }
                return rs.getString(2);
            }
        }
    }

    @Benchmark
    public List<Versioned<Asset>> ours_queryLocality() {
        return store.query(StandardKinds.ASSET, Query.all().locality(localityId));
    }

    @Benchmark
    public List<Asset> baseline_queryLocality() throws Exception {
        List<Asset> out = new ArrayList<>();
        try (PreparedStatement ps = raw.prepareStatement(
                "SELECT id, version, body FROM bench_asset WHERE locality_id = ? ORDER BY id")) {
            ps.setString(1, localityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(BaselineAssetTable.JSON.readValue(rs.getString(3), Asset.class));
                }
            }
        }
        raw.commit();
        return out;
    }
}
