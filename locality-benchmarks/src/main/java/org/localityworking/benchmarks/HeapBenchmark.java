package org.localityworking.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retained heap per asset: the assets generated, loaded, and their generator list dropped; then the heap used
 * after full collections, divided by the assets held. Ours is the memory store (rows, versions and every
 * index); the baseline is a plain {@link HashMap} of the same assets. Reported as the secondary result
 * {@code bytesPerAsset}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class HeapBenchmark {
    @Param({"NATIONAL"})
    public Scale heapScale;

    /** The result, read by JMH after the measurement. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Bytes {
        public double bytesPerAsset;
        /**
         * Ours only: what the store adds per asset above the records themselves (rows, versions, every index),
         * measured in the same fork as the heap with the records alone.
         */
        public double storeOverheadPerAsset;

        @Setup(Level.Iteration)
        public void clear() {
            bytesPerAsset = 0;
            storeOverheadPerAsset = 0;
        }
    }

    static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private List<Asset> assets() {
        return new DataGenerator(heapScale).assets;
    }

    @Benchmark
    public Object ours_retainedHeap(Bytes bytes) {
        long before = usedAfterGc();
        DataGenerator data = new DataGenerator(heapScale);
        long withRecords = usedAfterGc();
        LocalityStore store = Stores.open("memory:heap");
        store.runInTransaction(u -> {
            u.save(StandardKinds.COUNCIL, data.council, 0);
            data.wards.forEach(w -> u.save(StandardKinds.WARD, w, 0));
            data.localities.forEach(l -> u.save(StandardKinds.LOCALITY, l, 0));
        });
        List<Asset> assets = data.assets;
        for (int from = 0; from < assets.size(); from += 50_000) {
            List<Asset> chunk = assets.subList(from, Math.min(assets.size(), from + 50_000));
            store.runInTransaction(u -> chunk.forEach(a -> u.save(StandardKinds.ASSET, a, 0)));
        }
        int n = assets.size();
        long after = usedAfterGc();
        bytes.storeOverheadPerAsset = (after - withRecords) / (double) n;
        data.assets.clear();
        bytes.bytesPerAsset = (usedAfterGc() - before) / (double) n;
        return store;
    }

    @Benchmark
    public Object baseline_retainedHeap(Bytes bytes) {
        long before = usedAfterGc();
        Map<String, Asset> map = new HashMap<>();
        List<Asset> assets = assets();
        assets.forEach(a -> map.put(a.id(), a));
        int n = assets.size();
        assets = null;
        long after = usedAfterGc();
        bytes.bytesPerAsset = (after - before) / (double) n;
        return map;
    }
}
