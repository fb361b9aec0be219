package org.localityworking.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.storage.Keys;
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
 * The memory store against a plain {@link ConcurrentHashMap} holding the same assets, with a stream filter
 * for queries. Each {@code ours_X} has its {@code baseline_X}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoryStoreBenchmark {
    @Param({"COUNCIL", "COMBINED", "NATIONAL"})
    public Scale scale;

    private LocalityStore store;
    private Map<String, Asset> map;
    private Map<String, Versioned<Asset>> versioned;
    private String[] ids;
    private int next;
    private Query<Asset> localityCategory;
    private Query<Object> locality;
    private String localityId;
    /** Hand-built posting lists: for each locality with category, the ids of its assets, sorted, and their records. */
    private Map<String, List<Versioned<Asset>>> postings;

    @Setup(Level.Trial)
    public void setUp() {
        DataGenerator data = new DataGenerator(scale);
        store = Stores.open("memory:bench");
        data.loadInto(store);
        map = new ConcurrentHashMap<>();
        data.assets.forEach(a -> map.put(a.id(), a));
        versioned = new ConcurrentHashMap<>();
        data.assets.forEach(a -> versioned.put(a.id(), new Versioned<>(a, 1)));
        ids = new String[1024];
        java.util.Random r = new java.util.Random(DataGenerator.SEED);
        for (int i = 0; i < ids.length; i++) {
            ids[i] = data.assets.get(r.nextInt(data.assets.size())).id();
        }
        localityId = data.localities.get(0).id();
        localityCategory = Query.all().locality(localityId).where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL);
        locality = Query.all().locality(localityId);
        postings = new java.util.HashMap<>();
        for (Versioned<Asset> v : versioned.values()) {
            postings.computeIfAbsent(v.value().localityId() + "|" + v.value().category(), k -> new java.util.ArrayList<>())
                    .add(v);
        }
        postings.values().forEach(l -> l.sort(java.util.Comparator.comparing(v -> v.value().id())));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    private String nextId() {
        return ids[next++ & 1023];
    }

    @Benchmark
    public Optional<Versioned<Asset>> ours_getById() {
        return store.get(StandardKinds.ASSET, nextId());
    }

    @Benchmark
    public Asset baseline_getById() {
        return map.get(nextId());
    }

    /**
     * A second baseline for the get: a bare map that, like any store, keeps a version beside each record,
     * so one more object is reached per read than in {@link #baseline_getById()}.
     */
    @Benchmark
    public Versioned<Asset> baseline_getVersionedById() {
        return versioned.get(nextId());
    }

    @Benchmark
    public List<Versioned<Asset>> ours_queryLocalityCategory() {
        return store.query(StandardKinds.ASSET, localityCategory);
    }

    @Benchmark
    public List<Asset> baseline_queryLocalityCategory() {
        return map.values().stream()
                .filter(a -> a.localityId().equals(localityId) && a.category() == AssetCategory.PHYSICAL).toList();
    }

    /** The indexed query again, to pair with {@link #baseline_queryLocalityCategoryPostings()}. */
    @Benchmark
    public List<Versioned<Asset>> ours_queryLocalityCategoryPostings() {
        return store.query(StandardKinds.ASSET, localityCategory);
    }

    /**
     * The best a store can do for the indexed query: a hand-built posting list of the same ids, kept sorted,
     * with each record and its version; copied out, as a store returns a list the caller may keep.
     */
    @Benchmark
    public List<Versioned<Asset>> baseline_queryLocalityCategoryPostings() {
        return List.copyOf(postings.getOrDefault(localityId + "|" + AssetCategory.PHYSICAL, List.of()));
    }

    @Benchmark
    public List<Versioned<Asset>> ours_queryLocality() {
        return store.query(StandardKinds.ASSET, locality);
    }

    @Benchmark
    public List<Asset> baseline_queryLocality() {
        return map.values().stream().filter(a -> a.localityId().equals(localityId)).toList();
    }
}
