package org.localityworking.benchmarks;

import org.localityworking.reporting.run.Reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
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
 * The asset map of the whole body at national scale (1,000,000 assets in 7,000 wards), built and rendered,
 * against a hand-written single pass over the same records from the same store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalAssetMapBenchmark {
    @Param({"NATIONAL"})
    public Scale aggregationScale;

    private LocalityStore store;
    private ReportDefinition assetMap;
    private OutputFormat markdown;
    private ReportRequest whole;

    @Setup(Level.Trial)
    public void setUp() {
        DataGenerator data = new DataGenerator(aggregationScale);
        store = Stores.open("memory:national");
        data.loadInto(store);
        assetMap = ReportRegistry.discover().byId("asset-map");
        markdown = FormatRegistry.discover().byId("markdown");
        whole = new ReportRequest(DataGenerator.COUNCIL, Optional.empty(), Audience.INTERNAL, LocalDate.of(2016, 3, 1),
                Optional.empty(), Optional.empty(), Instant.parse("2016-03-01T00:00:00Z"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    @Benchmark
    public int ours_assetMapWholeBody() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        markdown.render(Reports.build(store, assetMap, whole), out);
        return out.size();
    }

    @Benchmark
    public int baseline_assetMapWholeBody() {
        return ReportBenchmark.singlePass(store.all(StandardKinds.ASSET));
    }
}
