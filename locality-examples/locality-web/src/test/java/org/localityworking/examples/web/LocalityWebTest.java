package org.localityworking.examples.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;
import org.slf4j.LoggerFactory;

/**
 * The web app serves the store's PUBLIC site as the library renders it, every page byte for byte, with its security
 * headers on every response; nothing INTERNAL; only GET and HEAD; one log line per request without its query
 * string; and a record saved to the store is on the site once the refresh interval has passed.
 */
class LocalityWebTest {
    private static final LocalDate AS_OF = LocalDate.of(2016, 3, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-03-01T12:00:00Z"), ZoneId.of("Europe/London"));
    private static LocalityStore store;
    private static LocalityWeb web;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Stores.open("memory:");
        ExampleData.both().forEach(d -> d.loadInto(store));
        web = LocalityWeb.start(store, new LocalityWeb.Settings(0, "127.0.0.1", Duration.ofMinutes(10), Optional.of(AS_OF),
                CLOCK, Accounts.none(), false));
    }

    @AfterAll
    static void stop() {
        web.close();
        store.close();
    }

    private static HttpResponse<byte[]> get(LocalityWeb app, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertSecurityHeaders(HttpResponse<?> r) {
        assertEquals(List.of(LocalityWeb.CONTENT_SECURITY_POLICY), r.headers().allValues("Content-Security-Policy"),
                r.uri().toString());
        assertTrue(LocalityWeb.CONTENT_SECURITY_POLICY.startsWith("default-src 'none';")
                && !LocalityWeb.CONTENT_SECURITY_POLICY.contains("script-src"), "no script from anywhere");
        assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("DENY"), r.headers().firstValue("X-Frame-Options"));
        assertEquals(Optional.of("no-referrer"), r.headers().firstValue("Referrer-Policy"));
    }

    @Test
    void everyPageOfThePublicSiteIsServedAsTheLibraryRendersIt() throws Exception {
        Map<String, byte[]> site = ReportSite.builder().store(store).audience(Audience.PUBLIC).asOf(AS_OF)
                .generatedAt(CLOCK.instant()).formats(List.of("html", "markdown")).build().render();
        assertTrue(site.size() > 300, "both councils' sites: " + site.size());
        for (Map.Entry<String, byte[]> page : site.entrySet()) {
            HttpResponse<byte[]> r = get(web, "/" + page.getKey());
            assertEquals(200, r.statusCode(), page.getKey());
            assertArrayEquals(page.getValue(), r.body(), page.getKey());
            assertSecurityHeaders(r);
            String type = r.headers().firstValue("Content-Type").orElseThrow();
            assertTrue(page.getKey().endsWith(".html") ? type.startsWith("text/html") : type.startsWith("text/markdown"),
                    page.getKey() + ": " + type);
            String text = new String(r.body(), StandardCharsets.UTF_8);
            assertFalse(text.contains("not for publication"), "an INTERNAL page was served: " + page.getKey());
            assertFalse(text.contains("<script"), "no script in a page: " + page.getKey());
        }
        assertArrayEquals(site.get("index.html"), get(web, "/").body(), "the home page at the root");
        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                + "/trafford/index.html")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertTrue(head.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), head.headers().toString());
        assertSecurityHeaders(head);
    }

    @Test
    void whatIsNotAPageIsRefusedWithTheSameHeaders() throws Exception {
        for (String path : List.of("/nothing.html", "/trafford/internal/asset-map.html", "/trafford/")) {
            HttpResponse<byte[]> r = get(web, path);
            assertEquals(path.endsWith("/") ? 200 : 404, r.statusCode(), path);
            assertSecurityHeaders(r);
        }
        HttpResponse<byte[]> folder = get(web, "/trafford");
        assertEquals(301, folder.statusCode(), "a folder without its slash is sent to it, for its relative links");
        assertEquals(Optional.of("/trafford/"), folder.headers().firstValue("Location"));
        // a way out of the site is refused by the server (400) or finds nothing (404): pages come only from the render
        for (String path : List.of("/%2e%2e/%2e%2e/etc/passwd", "/trafford/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml")) {
            HttpResponse<byte[]> r = get(web, path);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + ": " + r.statusCode());
            assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("<project"), path);
        }
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                + "/index.html")).POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(Optional.of("GET, HEAD"), post.headers().firstValue("Allow"));
        assertSecurityHeaders(post);
    }

    @Test
    void eachRequestIsOneLogLineWithoutItsQueryString() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(LocalityWeb.REQUEST_LOG);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(lines);
        try {
            get(web, "/trafford/index.html?name=Amina+Khan&email=amina%40example.org");
            get(web, "/no-such-page.html");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (lines.list.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            log.detachAppender(lines);
            log.setLevel(before);
        }
        assertEquals(2, lines.list.size(), lines.list.toString());
        String first = lines.list.get(0).getFormattedMessage();
        assertTrue(first.matches("GET /trafford/index\\.html 200 \\d+ ms"), first);
        assertTrue(lines.list.get(1).getFormattedMessage().matches("GET /no-such-page\\.html 404 \\d+ ms"),
                lines.list.get(1).getFormattedMessage());
    }

    @Test
    void aFailureIsAPlainFiveHundredWithNothingOfItInTheAnswer() throws Exception {
        LocalityStore closing = Stores.open("memory:");
        ExampleData.both().forEach(d -> d.loadInto(closing));
        try (LocalityWeb app = LocalityWeb.start(closing, new LocalityWeb.Settings(0, "127.0.0.1", Duration.ZERO,
                Optional.of(AS_OF), CLOCK, Accounts.none(), false))) {
            closing.close(); // the store goes away under the app: the next render fails
            HttpResponse<byte[]> r = get(app, "/trafford/index.html");
            assertEquals(500, r.statusCode());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals("The server could not answer this request.\n", body);
            assertSecurityHeaders(r);
        }
    }

    @Test
    void aRecordSavedToTheStoreIsOnTheSiteAfterTheRefresh() throws Exception {
        try (LocalityStore live = Stores.open("memory:")) {
            ExampleData.both().forEach(d -> d.loadInto(live));
            try (LocalityWeb app = LocalityWeb.start(live, new LocalityWeb.Settings(0, "127.0.0.1", Duration.ZERO,
                    Optional.of(AS_OF), CLOCK, Accounts.none(), false))) {
                String page = "/trafford/sale/asset-map.html";
                assertFalse(new String(get(app, page).body(), StandardCharsets.UTF_8).contains("Brooklands Tool Library"));
                live.save(StandardKinds.ASSET, new Asset("web-test-asset", "sale", Optional.of("E05000823"),
                        "Brooklands Tool Library", "Tools lent to neighbours", AssetCategory.ASSOCIATIONS,
                        Tangibility.INTANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                        Optional.empty()), 0);
                assertTrue(new String(get(app, page).body(), StandardCharsets.UTF_8).contains("Brooklands Tool Library"),
                        "the new asset is on the live page");
            }
        }
    }
}
