package org.localityworking.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * A load test on loopback, bounded in count and time: {@value #CLIENTS} clients send {@value #REQUESTS} requests
 * each (after {@value #WARM_UP} not counted) for the Open Referral service list and for a report page, and, as the
 * baseline in the same run, for the same bytes served by a bare Javalin route in the same JVM. It prints requests
 * per second and latency percentiles beside the baseline's (BENCHMARKS.md records a run) and fails on any answer
 * that is not 200 or on a run longer than its bound. {@code -Dload.requests=N} changes the count.
 */
class WebLoadTest {
    static final int CLIENTS = 8;
    static final int REQUESTS = 250;
    static final int WARM_UP = 100;
    static final Duration BOUND = Duration.ofMinutes(3);

    private record Result(String what, double perSecond, long p50, long p95, long p99) {
        static long percentile(long[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %8.0f req/s   p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms", what,
                    perSecond, p50 / 1000.0, p95 / 1000.0, p99 / 1000.0);
        }
    }

    private static Result load(String what, URI uri, int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode(), what);
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                long[] times = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    if (http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    times[i] = (System.nanoTime() - t0) / 1000;
                }
                return times;
            }));
        }
        long[] all = new long[CLIENTS * requests];
        int at = 0;
        for (Future<long[]> f : futures) {
            long[] t = f.get(BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            System.arraycopy(t, 0, all, at, t.length);
            at += t.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        assertEquals(0, failures.get(), what + ": answers that were not 200");
        assertTrue(seconds < BOUND.toSeconds(), what + " took " + seconds + " s");
        Arrays.sort(all);
        return new Result(what, all.length / seconds, Result.percentile(all, 50), Result.percentile(all, 95),
                Result.percentile(all, 99));
    }

    @Test
    void theServiceListAndAReportPageUnderLoadBesideTheSameBytesServedBare() throws Exception {
        int requests = Integer.getInteger("load.requests", REQUESTS);
        Clock clock = Clock.fixed(Instant.parse("2016-03-01T12:00:00Z"), ZoneId.of("Europe/London"));
        try (LocalityStore store = Stores.open("memory:")) {
            ExampleData.both().forEach(d -> d.loadInto(store));
            try (LocalityWeb web = LocalityWeb.start(store, new LocalityWeb.Settings(0, "127.0.0.1", Duration.ofMinutes(10),
                    Optional.of(LocalDate.of(2016, 3, 1)), clock, Accounts.none(), false))) {
                String services = "/api/trafford/services?per_page=50";
                String report = "/trafford/sale/asset-map.html";
                HttpClient once = HttpClient.newHttpClient();
                byte[] servicesBytes = once.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                        + services)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                byte[] reportBytes = once.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                        + report)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
                Javalin bare = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get("/services", ctx -> ctx.contentType("application/json").result(servicesBytes));
                    config.routes.get("/report", ctx -> ctx.contentType("text/html").result(reportBytes));
                }).start("127.0.0.1", 0);
                try {
                    List<Result> results = List.of(
                            load("service list (the app)", URI.create("http://127.0.0.1:" + web.port() + services), requests),
                            load("service list (same bytes, bare)", URI.create("http://127.0.0.1:" + bare.port() + "/services"),
                                    requests),
                            load("report page (the app)", URI.create("http://127.0.0.1:" + web.port() + report), requests),
                            load("report page (same bytes, bare)", URI.create("http://127.0.0.1:" + bare.port() + "/report"),
                                    requests));
                    System.out.printf(Locale.ROOT, "Load on loopback: %d clients x %d requests each (after %d warm-up),"
                            + " %s, %d processors%n", CLIENTS, requests, WARM_UP, Runtime.version(),
                            Runtime.getRuntime().availableProcessors());
                    results.forEach(r -> System.out.println(r.line()));
                    System.out.printf(Locale.ROOT, "ratio app / bare, requests per second: service list %.2f, report"
                            + " page %.2f%n", results.get(0).perSecond() / results.get(1).perSecond(),
                            results.get(2).perSecond() / results.get(3).perSecond());
                } finally {
                    bare.stop();
                }
            }
        }
    }
}
