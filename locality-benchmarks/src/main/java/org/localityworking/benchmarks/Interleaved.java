package org.localityworking.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A full-mode JMH run whose forks take turns: fork 1 of each benchmark, then fork 2 of each, and so on, so that a
 * machine that slows down or speeds up during the run (a shared virtual machine's disk and CPU do, by 10% and more
 * within minutes) weighs on each benchmark alike, where JMH itself runs every fork of one benchmark before the next.
 * Each fork is JMH's own (3 warm-up and 5 measured iterations of 1 second, unless told otherwise); the iterations
 * of all forks are then pooled, and each score is their mean with JMH's error (the 99.9% confidence interval, from
 * {@link ListStatistics}, as JMH computes it). The result is written in JMH's JSON format, one entry a benchmark
 * with every fork's iterations as its raw data, which {@link ResultsTable} reads.
 *
 * <p>Run: {@code java -cp locality-benchmarks/target/benchmarks.jar org.localityworking.benchmarks.Interleaved
 * OUT.json FORKS BENCHMARK... [-p name=value]...}, for example {@code Interleaved bulk.json 3
 * JdbcBenchmark.baseline_bulkSave JdbcBenchmark.ours_bulkSave -p db=sqlite}.
 */
public final class Interleaved {
    private Interleaved() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int forks = Integer.parseInt(args[1]);
        List<String> benchmarks = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("-p")) {
                String[] p = args[++i].split("=", 2);
                params.put(p[0], p[1]);
            } else {
                benchmarks.add(args[i]);
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        Map<String, ListStatistics> stats = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("interleaved");
        try {
            for (int fork = 1; fork <= forks; fork++) {
                for (String b : benchmarks) {
                    Path one = dir.resolve(fork + "-" + b + ".json");
                    ChainedOptionsBuilder o = new OptionsBuilder().include(b.replace(".", "\\.") + "$").forks(1)
                            .warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                            .measurementTime(TimeValue.seconds(1)).resultFormat(ResultFormatType.JSON)
                            .result(one.toString());
                    params.forEach(o::param);
                    System.out.printf(Locale.ROOT, "fork %d of %d: %s%n", fork, forks, b);
                    new Runner(o.build()).run();
                    for (JsonNode r : json.readTree(one.toFile())) {
                        String name = r.get("benchmark").asText() + r.path("params");
                        ArrayNode raw = (ArrayNode) r.path("primaryMetric").path("rawData");
                        ListStatistics s = stats.computeIfAbsent(name, k -> new ListStatistics());
                        for (JsonNode forkRaw : raw) {
                            forkRaw.forEach(v -> s.addValue(v.asDouble()));
                        }
                        ObjectNode kept = merged.get(name);
                        if (kept == null) {
                            merged.put(name, (ObjectNode) r.deepCopy());
                        } else {
                            ((ArrayNode) kept.path("primaryMetric").path("rawData")).addAll(raw);
                        }
                    }
                }
            }
        } finally {
            TempDirs.delete(dir);
        }
        ArrayNode all = json.createArrayNode();
        merged.forEach((name, r) -> {
            ListStatistics s = stats.get(name);
            ObjectNode primary = (ObjectNode) r.path("primaryMetric");
            primary.put("score", s.getMean());
            primary.put("scoreError", s.getMeanErrorAt(0.999));
            r.put("forks", forks);
            r.put("note", "forks interleaved with the other benchmarks' (Interleaved)");
            all.add(r);
            System.out.printf(Locale.ROOT, "%s: %.3f ± %.3f (%d iterations)%n", name, s.getMean(),
                    s.getMeanErrorAt(0.999), s.getN());
        });
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), all);
        ResultsTable.main(new String[] {out.toString()});
    }
}
