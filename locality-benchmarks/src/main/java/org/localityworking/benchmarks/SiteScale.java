package org.localityworking.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.OpenMode;

/**
 * A national body's whole PUBLIC site (every report of the body and of each locality, in HTML and Markdown, with
 * the front and locality pages): written from a SQLite store, and, as the baseline, the same site from the memory
 * store holding the same records. A site is minutes, not microseconds, so it is a program run once per figure (by
 * {@code site-scale.sh}, which records each run's peak resident memory), not a JMH benchmark.
 *
 * <pre>
 *   SiteScale prepare DIR [SCALE]   writes DIR/site.db: the body, wards, localities, assets, people, grants, associations
 *   SiteScale sqlite DIR            writes the site from DIR/site.db into DIR/sqlite-site
 *   SiteScale memory DIR            loads the same records into a memory store (not timed), writes DIR/memory-site
 * </pre>
 * Each run prints one line: {@code RESULT what files seconds peak-heap-MB}, the seconds those of the site alone.
 */
public final class SiteScale {
    /** The day the reports describe: the generated data's grants and events fall before it. */
    static final LocalDate AS_OF = LocalDate.of(2016, 3, 1);
    /** The pages' time stamp, fixed so that the two sites can be compared byte for byte. */
    static final Instant GENERATED_AT = Instant.parse("2016-03-01T09:00:00Z");

    private SiteScale() {
    }

    /** Runs one step; see the class comment. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SiteScale prepare|sqlite|memory DIR [SCALE]");
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "prepare" -> prepare(dir, Scale.valueOf(args.length > 2 ? args[2] : "NATIONAL"));
            case "sqlite" -> {
                try (LocalityStore store = Stores.builder().location("sqlite:" + dir.resolve("site.db"))
                        .openMode(OpenMode.MUST_EXIST).open()) {
                    site("sqlite", store, dir.resolve("sqlite-site"));
                }
            }
            case "memory" -> {
                try (LocalityStore store = Stores.open("memory:site")) {
                    new DataGenerator(Scale.valueOf(Files.readString(dir.resolve("scale")).strip()))
                            .loadNetworkInto(store);
                    site("memory", store, dir.resolve("memory-site"));
                }
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0] + ": prepare, sqlite or memory");
        }
    }

    private static void prepare(Path dir, Scale scale) throws IOException {
        Files.createDirectories(dir);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("site.db" + suffix));
        }
        long start = System.nanoTime();
        try (LocalityStore store = Stores.open("sqlite:" + dir.resolve("site.db"))) {
            new DataGenerator(scale).loadNetworkInto(store);
        }
        Files.writeString(dir.resolve("scale"), scale.name());
        System.out.printf(Locale.ROOT, "prepared %s at %s scale in %.0f s%n", dir.resolve("site.db"), scale,
                (System.nanoTime() - start) / 1e9);
    }

    private static void site(String what, LocalityStore store, Path out) throws IOException {
        TempDirs.delete(out);
        long start = System.nanoTime();
        ReportSite.Result site = ReportSite.builder().store(store).audience(Audience.PUBLIC).asOf(AS_OF)
                .generatedAt(GENERATED_AT).formats(List.of("html", "markdown")).build().write(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT %s files=%d reports=%d seconds=%.1f peak_heap_mb=%.0f max_heap_mb=%d%n",
                what, site.files().size(), site.reports(), seconds, ImportScale.peakHeapMb(),
                Runtime.getRuntime().maxMemory() / 1048576);
    }

}
