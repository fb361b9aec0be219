package org.localityworking.reporting;

import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.storage.LocalityStore;

/**
 * A real browser: a rendered HTML report opens in headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it when missing) with no console errors, and a screenshot is saved under {@code target/chromium}.
 * Without Chromium the test is skipped, except under {@code CI=true}, where it fails.
 */
class HeadlessChromiumTest {
    private static final Path OUT = Path.of("target", "chromium");
    private static final Pattern CONSOLE_ERROR = Pattern.compile(
            "(?i)(CONSOLE.*(error|uncaught))|Failed to load resource|Refused to|Uncaught ");

    @TempDir
    Path profile;

    static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Path requireChromium() {
        Optional<Path> c = chromium();
        if (c.isEmpty()) {
            String how = "headless Chromium is needed: apt-get install chromium (.ci/run installs it)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + how);
            }
            assumeTrue(false, "Skipped: " + how);
        }
        return c.get();
    }

    /** Runs Chromium on the page; returns its exit code and log. */
    private record Run(int exit, String log) {
    }

    private Run run(Path browser, Path page, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--window-size=1280,1800"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path log = Files.createTempFile(profile, "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> consoleErrors(String log) {
        return log.lines().filter(l -> CONSOLE_ERROR.matcher(l).find()).toList();
    }

    @Test
    void anHtmlReportRendersWithNoConsoleErrorsAndIsScreenshotted() throws Exception {
        Path browser = requireChromium();
        Files.createDirectories(OUT);
        Path page = OUT.resolve("asset-map-trafford.html");
        try (LocalityStore store = Fixture.bothCouncils()) {
            Report report = Fixture.REPORTS.byId("asset-map").build(store,
                    Fixture.request("trafford", Optional.empty(), Audience.PUBLIC));
            Files.writeString(page, Fixture.render(report, Fixture.FORMATS.byId("html")), StandardCharsets.UTF_8);
        }
        Path png = OUT.resolve("asset-map-trafford.png");
        Files.deleteIfExists(png);
        Run shot = run(browser, page, "--screenshot=" + png.toAbsolutePath());
        assertEquals(0, shot.exit(), shot.log());
        assertTrue(Files.size(png) > 10_000, "screenshot " + png + " is " + Files.size(png) + " bytes");
        assertEquals(List.of(), consoleErrors(shot.log()));
        Run dom = run(browser, page, "--dump-dom");
        assertEquals(0, dom.exit(), dom.log());
        assertTrue(dom.log().contains("<svg"), "the chart rendered");
        assertTrue(dom.log().contains("<caption>Assets by category and ward</caption>"));
        assertEquals(List.of(), consoleErrors(dom.log()));
    }

    @Test
    void theConsoleCheckDoesCatchAnError() throws Exception {
        Path browser = requireChromium();
        Path page = profile.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>console.error('boom'); undefinedCall();</script>"
                + "<img src='missing.png'></body></html>", StandardCharsets.UTF_8);
        Run r = run(browser, page, "--dump-dom");
        assertFalse(consoleErrors(r.log()).isEmpty(), "a page with errors must be caught: " + r.log());
    }
}
