package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.Chromium;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    @TempDir
    Path dir;

    @Test
    void anHtmlReportRendersWithNoConsoleErrorsAndIsScreenshotted() throws Exception {
        Chromium browser = Chromium.require(Files.createDirectories(dir.resolve("profile")));
        Files.createDirectories(OUT);
        Path page = OUT.resolve("asset-map-trafford.html");
        try (LocalityStore store = Fixture.bothCouncils()) {
            Report report = Reports.build(store, Fixture.REPORTS.byId("asset-map"), Fixture.request("trafford", Optional.empty(), Audience.PUBLIC));
            Files.writeString(page, Fixture.render(report, Fixture.FORMATS.byId("html")), StandardCharsets.UTF_8);
        }
        Path png = OUT.resolve("asset-map-trafford.png");
        Files.deleteIfExists(png);
        Chromium.Run shot = browser.run(page, "--screenshot=" + png.toAbsolutePath());
        assertEquals(0, shot.exit(), shot.log());
        assertTrue(Files.size(png) > 10_000, "screenshot " + png + " is " + Files.size(png) + " bytes");
        assertEquals(List.of(), shot.consoleErrors());
        Chromium.Run dom = browser.run(page, "--dump-dom");
        assertEquals(0, dom.exit(), dom.log());
        assertTrue(dom.log().contains("<svg"), "the chart rendered");
        assertTrue(dom.log().contains("<caption>Assets by category and ward</caption>"));
        assertEquals(List.of(), dom.consoleErrors());
    }

    @Test
    void theConsoleCheckDoesCatchAnError() throws Exception {
        Chromium browser = Chromium.require(Files.createDirectories(dir.resolve("profile")));
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>console.error('boom'); undefinedCall();</script>"
                + "<img src='missing.png'></body></html>", StandardCharsets.UTF_8);
        Chromium.Run r = browser.run(page, "--dump-dom");
        assertFalse(r.consoleErrors().isEmpty(), "a page with errors must be caught: " + r.log());
    }
}
