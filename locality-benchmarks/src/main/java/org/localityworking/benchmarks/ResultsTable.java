package org.localityworking.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a JMH JSON result file and prints, as a Markdown table, each {@code ours_X} beside its
 * {@code baseline_X} from the same run: benchmark, parameters, ours and baseline each with JMH's error (99.9 %; none
 * for a run of one or two iterations), ratio, and the target.
 */
public final class ResultsTable {
    /** Targets on ours / baseline, by benchmark name (time per operation), and the absolute heap target. */
    static final Map<String, String> TARGETS = Map.of(
            "MemoryStoreBenchmark.getById", "<= 2",
            "MemoryStoreBenchmark.queryLocalityCategory", "<= 0.1 at NATIONAL",
            "JdbcBenchmark.bulkSave db=postgresql", "<= 1.25",
            "JdbcBenchmark.bulkSave db=sqlite", "<= 1.1",
            "ReportBenchmark.localityProfile", "<= 1.25",
            "ReportBenchmark.assetMapLocality", "<= 2",
            "NationalAssetMapBenchmark.assetMapWholeBody", "<= 2",
            "HeapBenchmark.retainedHeap", "store overhead <= 250 bytes/asset (below)",
            "NetworkBenchmark.networkLocality", "ours < NetworkBenchmark.assetMapLocality (same run)",
            "MemoryStoreBenchmark.queryLocalityCategoryPostings", "<= 2");

    private ResultsTable() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<String, double[]> pairs = new TreeMap<>(); // ours, baseline, ours' error, baseline's error
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String full = r.get("benchmark").asText();
            String cls = full.substring(0, full.lastIndexOf('.'));
            cls = cls.substring(cls.lastIndexOf('.') + 1);
            String method = full.substring(full.lastIndexOf('.') + 1);
            boolean ours = method.startsWith("ours_");
            String name = cls + "." + method.substring(method.indexOf('_') + 1);
            StringBuilder params = new StringBuilder();
            r.path("params").fields().forEachRemaining(e -> params.append(e.getKey()).append('=').append(e.getValue().asText()).append(' '));
            String key = name + " | " + params.toString().strip();
            double score;
            double error = Double.NaN;
            String unit;
            if (r.path("secondaryMetrics").has("bytesPerAsset")) {
                score = mean(r.path("secondaryMetrics").path("bytesPerAsset"));
                unit = "bytes/asset";
            } else {
                score = r.path("primaryMetric").path("score").asDouble();
                error = r.path("primaryMetric").path("scoreError").asDouble(Double.NaN);
                unit = r.path("primaryMetric").path("scoreUnit").asText();
            }
            double[] pair = pairs.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            pair[ours ? 0 : 1] = score;
            pair[ours ? 2 : 3] = error;
            units.put(key, unit);
        }
        System.out.println("| benchmark | parameters | ours | baseline | unit | ratio | target |");
        System.out.println("| --- | --- | ---: | ---: | --- | ---: | --- |");
        pairs.forEach((key, v) -> {
            String[] parts = key.split(" \\| ", 2);
            String target = TARGETS.getOrDefault(parts[0], "");
            for (String param : parts[1].split(" ")) {
                target = TARGETS.getOrDefault(parts[0] + " " + param, target);
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", parts[0], parts[1],
                    withError(v[0], v[2]), withError(v[1], v[3]),
                    units.get(key), Double.isNaN(v[0]) || Double.isNaN(v[1]) ? "" : String.format(Locale.ROOT, "%.3f", v[0] / v[1]),
                    target);
        });
        for (JsonNode r : results) {
            JsonNode overhead = r.path("secondaryMetrics").path("storeOverheadPerAsset");
            if (r.get("benchmark").asText().endsWith("ours_retainedHeap") && mean(overhead) > 0) {
                System.out.printf(Locale.ROOT, "%nHeapBenchmark: the memory store adds %s bytes per asset above the"
                        + " records themselves (target <= 250)%n", fmt(mean(overhead)));
            }
        }
    }

    /**
     * The mean of a secondary result's samples: JMH sums event counters over the iterations in its score, so
     * a run of several iterations would otherwise report their total.
     */
    private static double mean(JsonNode metric) {
        double sum = 0;
        int n = 0;
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode sample : fork) {
                sum += sample.asDouble();
                n++;
            }
        }
        return n == 0 ? metric.path("score").asDouble() : sum / n;
    }

    /** The score and, where JMH gave one, its error: {@code 21,527 ± 1,625}. */
    private static String withError(double v, double error) {
        return Double.isNaN(error) || Double.isNaN(v) ? fmt(v) : fmt(v) + " ± " + fmt(error);
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
