package org.localityworking.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.storage.LocalityStore;
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
 * One versioned save of an asset in a unit of work of its own (version check, write rules, index update)
 * against a {@link ConcurrentHashMap#put}, at council scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemorySaveBenchmark {
    @Param({"COUNCIL"})
    public Scale saveScale;

    private LocalityStore store;
    private Map<String, Asset> map;
    private Asset updated;
    private long version;

    @Setup(Level.Trial)
    public void setUp() {
        DataGenerator data = new DataGenerator(saveScale);
        store = Stores.open("memory:save");
        data.loadInto(store);
        map = new ConcurrentHashMap<>();
        data.assets.forEach(a -> map.put(a.id(), a));
        Asset a = data.assets.get(0);
        updated = new Asset(a.id(), a.localityId(), a.wardId(), a.name() + " (updated)", a.description(), a.category(),
                a.tangibility(), a.owner(), a.sensitive(), a.transfer(), a.acv(), a.location());
        version = store.get(StandardKinds.ASSET, a.id()).orElseThrow().version();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    @Benchmark
    public Versioned<Asset> ours_save() {
        Versioned<Asset> v = store.save(StandardKinds.ASSET, updated, version);
        version = v.version();
        return v;
    }

    @Benchmark
    public Asset baseline_save() {
        return map.put(updated.id(), updated);
    }
}
