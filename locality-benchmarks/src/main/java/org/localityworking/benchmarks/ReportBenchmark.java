package org.localityworking.benchmarks;

import org.localityworking.reporting.run.Reports;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
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
 * Building and rendering (Markdown) the locality profile and the asset map for one locality, and the asset map
 * of the whole body, against a hand-written single pass over the same records from the same store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@SuppressWarnings("EnumOrdinal") // generated data and the baselines index categories by their order on purpose
public class ReportBenchmark {
    /** Locality reports at council scale; the whole-body asset map is measured at national scale by its own class. */
    @Param({"COUNCIL"})
    public Scale reportScale;

    private LocalityStore store;
    private ReportDefinition profile;
    private ReportDefinition assetMap;
    private OutputFormat markdown;
    private ReportRequest locality;
    private ReportRequest whole;
    private String localityId;

    @Setup(Level.Trial)
    public void setUp() {
        DataGenerator data = new DataGenerator(reportScale);
        store = Stores.open("memory:reports");
        data.loadInto(store);
        PluginRegistry<ReportDefinition> reports = ReportRegistry.discover();
        profile = reports.byId("locality-profile");
        assetMap = reports.byId("asset-map");
        markdown = FormatRegistry.discover().byId("markdown");
        localityId = data.localities.get(0).id();
        whole = new ReportRequest(DataGenerator.COUNCIL, Optional.empty(), Audience.INTERNAL, LocalDate.of(2016, 3, 1),
                Optional.empty(), Optional.empty(), Instant.parse("2016-03-01T00:00:00Z"));
        locality = whole.forLocality(localityId);
        builtAssetMap = Reports.build(store, assetMap, locality);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    private int render(ReportDefinition def, ReportRequest request) throws IOException {
        ByteCount out = new ByteCount();
        markdown.render(Reports.build(store, def, request), out);
        return out.size();
    }

    @Benchmark
    public int ours_localityProfile() throws IOException {
        return render(profile, locality);
    }

    /** The same facts in one pass: counts of assets, projects and events, the wards, as Markdown. */
    @Benchmark
    public int baseline_localityProfile() {
        StringBuilder b = new StringBuilder("# Locality profile\n\n");
        var loc = store.get(StandardKinds.LOCALITY, localityId).orElseThrow().value();
        long assets = store.query(StandardKinds.ASSET, Query.all().locality(localityId)).size();
        long projects = store.query(StandardKinds.PROJECT, Query.all().locality(localityId)).size();
        long events = store.query(StandardKinds.EVENT, Query.all().locality(localityId)).size();
        b.append("- Wards: ").append(loc.wards().size()).append("\n- Assets: ").append(assets)
                .append("\n- Projects: ").append(projects).append("\n- Events: ").append(events).append("\n\n| Ward |\n| --- |\n");
        loc.wards().forEach(w -> b.append("| ").append(w.wardId()).append(" |\n"));
        return b.length();
    }

    /**
     * A second baseline: the same facts, the counts asked of the store ({@code store.count}, which a backend may
     * answer from its index, as the memory backend does) instead of read: what is left is the report's own work.
     */
    @Benchmark
    public int baseline_localityProfileCounted() {
        StringBuilder b = new StringBuilder("# Locality profile\n\n");
        var loc = store.get(StandardKinds.LOCALITY, localityId).orElseThrow().value();
        Query<Object> here = Query.all().locality(localityId);
        b.append("- Wards: ").append(loc.wards().size()).append("\n- Assets: ").append(store.count(StandardKinds.ASSET, here))
                .append("\n- Projects: ").append(store.count(StandardKinds.PROJECT, here)).append("\n- Events: ")
                .append(store.count(StandardKinds.EVENT, here)).append("\n\n| Ward |\n| --- |\n");
        loc.wards().forEach(w -> b.append("| ").append(w.wardId()).append(" |\n"));
        return b.length();
    }

    @Benchmark
    public int ours_assetMapLocality() throws IOException {
        return render(assetMap, locality);
    }

    /**
     * The asset map's document by hand: the same records from the same store in one pass, the same facts written
     * as the same Markdown tables (the key figures, the counts by category, each ward's count as the ward map's
     * table has them, the counts by ward and category, the same counts as the stacked chart's table, the wards
     * lacking a category, and the first 1,000 assets with the list's six columns), encoded as UTF-8 as the format's
     * output is. What it leaves out is the library's: no escaping, no hex layout (the ward map's table gives each
     * ward's place), no audience's view, no model.
     */
    @Benchmark
    public int baseline_assetMapLocality() {
        return sameDocument(store, localityId);
    }

    /**
     * The hand pass this benchmark compared with until 2026-12-07, kept for the record: the counts and the first
     * 1,000 assets with three of the list's six columns, without the ward map's and the stacked chart's tables,
     * its length in characters rather than encoded.
     */
    @Benchmark
    public int baseline_assetMapLocalityNarrow() {
        return singlePass(store.query(StandardKinds.ASSET, Query.all().locality(localityId)));
    }

    /*
     * The asset map in parts, in the same run (no baseline of their own: ResultsTable lists ours_ beside baseline_):
     * the report built (the audience's view, the one pass, the model's checked records), the built report rendered
     * as Markdown, and the same report's table cells appended as they are, without escaping, one '|' between them.
     */

    private Report builtAssetMap; // built at the end of setUp

    @Benchmark
    public Report part_assetMapBuilt() {
        return Reports.build(store, assetMap, locality);
    }

    @Benchmark
    public int part_assetMapRendered() throws IOException {
        ByteCount out = new ByteCount();
        markdown.render(builtAssetMap, out);
        return out.size();
    }

    @Benchmark
    public int part_assetMapCellsUnescaped() {
        StringBuilder b = new StringBuilder(8192);
        for (Section section : builtAssetMap.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Table t) {
                    for (List<Cell> row : t.rows()) {
                        for (Cell c : row) {
                            b.append('|').append(c.display());
                        }
                        b.append("|\n");
                    }
                }
            }
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The asset map's facts for one locality as Markdown, by hand (above). */
    static int sameDocument(LocalityStore store, String localityId) {
        var locality = store.get(StandardKinds.LOCALITY, localityId).orElseThrow().value();
        String localityName = locality.name();
        Map<String, String> wardNames = new java.util.LinkedHashMap<>();
        Map<String, int[]> byWard = new java.util.LinkedHashMap<>();
        for (var part : locality.wards()) {
            String w = part.wardId();
            wardNames.put(w, store.get(StandardKinds.WARD, w)
                    .map(v -> v.value().name() + v.value().gssCode().map(g -> " (" + g + ")").orElse("")).orElse(w));
            byWard.put(w, new int[6]);
        }
        int[] totals = new int[6];
        StringBuilder list = new StringBuilder(1 << 16);
        int listed = 0;
        List<Versioned<Asset>> rows = store.query(StandardKinds.ASSET, Query.all().locality(localityId));
        for (Versioned<Asset> v : rows) {
            Asset a = v.value();
            int c = a.category().ordinal();
            totals[c]++;
            String ward = a.wardId().orElse("");
            int[] counts = byWard.get(ward);
            if (counts == null) {
                counts = new int[6];
                byWard.put(ward, counts);
            }
            counts[c]++;
            if (listed++ < 1000) {
                list.append('|').append(a.name()).append('|').append(LABELS[c]).append('|')
                        .append(ward.isEmpty() ? "no data" : wardNames.getOrDefault(ward, ward)).append('|')
                        .append(localityName).append('|').append(WORDS.get(a.tangibility())).append('|')
                        .append(WORDS.get(a.transfer())).append("|\n");
            }
        }
        StringBuilder b = new StringBuilder(1 << 17);
        b.append("# ABCD asset map\n\n**").append(localityName).append("**\n\n- **Assets mapped:** ").append(rows.size())
                .append("\n- **Wards:** ").append(wardNames.size()).append("\n\n|assets|Assets|\n|---|---:|\n");
        for (int i = 0; i < 6; i++) {
            b.append('|').append(LABELS[i]).append('|').append(totals[i]).append("|\n");
        }
        b.append("\n|Ward|Locality|Assets|\n|---|---|---:|\n");
        byWard.forEach((w, counts) -> {
            int total = 0;
            for (int n : counts) {
                total += n;
            }
            b.append('|').append(wardNames.getOrDefault(w, w)).append('|').append(localityName).append('|').append(total)
                    .append("|\n");
        });
        StringBuilder lacking = new StringBuilder();
        for (int table = 0; table < 2; table++) { // the counts by ward and category, then the stacked chart's
            b.append("\n|Ward|Individuals|Associations|Institutions|Physical|Economic exchange|Stories and culture|")
                    .append(table == 0 ? "Total|" : "").append("\n|---|---:|---:|---:|---:|---:|---:|")
                    .append(table == 0 ? "---:|" : "").append('\n');
            for (var e : byWard.entrySet()) {
                int[] counts = e.getValue();
                String name = wardNames.getOrDefault(e.getKey(), e.getKey());
                b.append('|').append(name);
                int total = 0;
                String missing = "";
                for (int i = 0; i < 6; i++) {
                    b.append('|').append(counts[i]);
                    total += counts[i];
                    if (counts[i] == 0) {
                        missing = missing.isEmpty() ? LABELS[i] : missing + ", " + LABELS[i];
                    }
                }
                if (table == 0) {
                    b.append('|').append(total);
                    if (!missing.isEmpty()) {
                        lacking.append('|').append(name).append('|').append(missing).append("|\n");
                    }
                }
                b.append("|\n");
            }
        }
        b.append(lacking.length() == 0 ? "\n> Every ward has at least one asset of every category.\n"
                : "\n|Ward|Categories with no asset mapped|\n|---|---|\n" + lacking);
        b.append("\n|Asset|Category|Ward|Locality|Tangible?|Asset transfer|\n|---|---|---|---|---|---|\n").append(list);
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static final String[] LABELS = {"Individuals", "Associations", "Institutions", "Physical",
        "Economic exchange", "Stories and culture"};
    private static final Map<Enum<?>, String> WORDS = new HashMap<>();

    static {
        for (Enum<?>[] values : List.<Enum<?>[]>of(org.localityworking.core.model.Tangibility.values(),
                org.localityworking.core.model.TransferStatus.values())) {
            for (Enum<?> e : values) {
                WORDS.put(e, e.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** Counts by ward and category, totals by category, and the first 1,000 assets listed: the asset map's facts. */
    static int singlePass(List<Versioned<Asset>> rows) {
        Map<String, int[]> byWard = new TreeMap<>();
        Map<AssetCategory, Integer> totals = new EnumMap<>(AssetCategory.class);
        StringBuilder list = new StringBuilder();
        int listed = 0;
        for (Versioned<Asset> v : rows) {
            Asset a = v.value();
            byWard.computeIfAbsent(a.wardId().orElse(""), k -> new int[6])[a.category().ordinal()]++;
            totals.merge(a.category(), 1, Integer::sum);
            if (listed++ < 1000) {
                list.append("| ").append(a.name()).append(" | ").append(a.category()).append(" | ")
                        .append(a.wardId().orElse("")).append(" |\n");
            }
        }
        StringBuilder b = new StringBuilder("# ABCD asset map\n\n");
        totals.forEach((c, n) -> b.append("- ").append(c).append(": ").append(n).append('\n'));
        Map<String, String> lacking = new HashMap<>();
        byWard.forEach((w, counts) -> {
            b.append("| ").append(w);
            for (int i = 0; i < 6; i++) {
                b.append(" | ").append(counts[i]);
                if (counts[i] == 0) {
                    lacking.merge(w, AssetCategory.values()[i].name(), (x, y) -> x + ", " + y);
                }
            }
            b.append(" |\n");
        });
        lacking.forEach((w, c) -> b.append("| ").append(w).append(" | ").append(c).append(" |\n"));
        return b.append(list).length();
    }
}
