package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.reporting.fixture.Chromium;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;

/**
 * Every page of the demo's report site (both example councils) in headless Chromium at a phone's width (390 px)
 * and a desktop's (1280 px): no page scrolls sideways, no text of any chart, map or network shows smaller than
 * 11 px, and on every page the title comes before the list of pages beside it. Screenshots at both widths land
 * in {@code target/chromium} ({@code -Dscreenshots.update=true} copies them to {@code docs/images}).
 */
class SiteOnAnyScreenTest {
    @TempDir
    static Path dir;
    static Path site;
    private static LocalityStore store;

    /** The smallest text a chart may show, in CSS pixels. */
    static final double SMALLEST = 11.0;

    @BeforeAll
    static void writeSite() throws IOException {
        store = Fixture.bothCouncils();
        site = dir.resolve("site");
        ReportSite.builder().store(store).council("trafford").council("herefordshire").audience(Audience.INTERNAL)
                .asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED).formats(List.of("html", "markdown")).build()
                .write(site);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().startsWith("runner"))
                    .sorted().toList();
        }
    }

    /** What the runner measures in each page: its widths, and its smallest chart text with where it is. */
    private static final String MEASURE = "function measure(d){var e=d.documentElement;var small=[];"
            + "d.querySelectorAll('svg text').forEach(function(t){var r=t.getBoundingClientRect();if(!r.width)return;"
            + "var m=t.getScreenCTM();var px=parseFloat(d.defaultView.getComputedStyle(t).fontSize)*Math.hypot(m.a,m.b);"
            + "if(px<" + SMALLEST + ")small.push(px.toFixed(1)+'px \"'+t.textContent.slice(0,30)+'\"');});"
            + "var h1=d.querySelector('h1');var nav=d.querySelector('nav.pages');"
            + "var titleFirst=!nav||!!(h1.compareDocumentPosition(nav)&Node.DOCUMENT_POSITION_FOLLOWING);"
            + "return {scrollWidth:e.scrollWidth,clientWidth:e.clientWidth,small:small.slice(0,5),"
            + "smallCount:small.length,titleFirst:titleFirst};}";

    /** @return the runner's results for every page at one width: page to its measurements */
    private static JsonNode measureAt(Chromium browser, List<Path> pages, int width) throws Exception {
        List<String> list = new ArrayList<>();
        for (Path page : pages) {
            list.add("\"" + site.relativize(page).toString().replace('\\', '/') + "\"");
        }
        Path runner = site.resolve("runner-" + width + ".html");
        Files.writeString(runner, "<!DOCTYPE html><html lang=\"en\"><head><title>screens</title></head><body style=\"margin:0\">"
                + "<pre id=\"out\"></pre><script>" + MEASURE + "var pages=[" + String.join(",", list) + "];"
                + "var results={};var i=0;function next(){if(i>=pages.length){document.getElementById('out').textContent="
                + "JSON.stringify(results);return;}var f=document.createElement('iframe');f.style.width='" + width
                + "px';f.style.height='800px';f.style.border='0';f.title=pages[i];f.onload=function(){try{"
                + "results[pages[i]]=measure(f.contentDocument);}catch(e){results[pages[i]]='error '+e;}f.remove();i++;"
                + "next();};f.src=pages[i];document.body.appendChild(f);}next();</script></body></html>",
                StandardCharsets.UTF_8);
        Chromium.Run run = browser.run(runner, "--allow-file-access-from-files", "--dump-dom",
                "--virtual-time-budget=" + (pages.size() * 3_000));
        assertEquals(0, run.exit(), run.log());
        Matcher out = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL).matcher(run.log());
        assertTrue(out.find(), "the runner finished: " + run.log().substring(Math.max(0, run.log().length() - 2000)));
        return new ObjectMapper().readTree(Jsoup.parse(out.group(1)).text());
    }

    @Test
    void noPageScrollsSidewaysAndNoChartTextIsUnder11PxAtAPhonesWidthOrADesktops() throws Exception {
        Chromium browser = Chromium.require(Files.createDirectories(dir.resolve("profile")));
        List<Path> pages = pages();
        assertTrue(pages.size() >= 196, "pages: " + pages.size());
        List<String> problems = new ArrayList<>();
        int charts = 0;
        for (int width : new int[] {390, 1280}) {
            JsonNode results = measureAt(browser, pages, width);
            assertEquals(pages.size(), results.size(), "every page measured at " + width + " px");
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) results::fields) {
                JsonNode r = e.getValue();
                if (!r.isObject()) {
                    problems.add(width + " px " + e.getKey() + ": " + r);
                    continue;
                }
                if (r.path("scrollWidth").asInt() > r.path("clientWidth").asInt()) {
                    problems.add(width + " px " + e.getKey() + ": scrolls sideways (" + r.path("scrollWidth").asInt()
                            + " px of content in " + r.path("clientWidth").asInt() + ")");
                }
                if (r.path("smallCount").asInt() > 0) {
                    problems.add(width + " px " + e.getKey() + ": " + r.path("smallCount").asInt() + " chart texts under "
                            + SMALLEST + " px, such as " + r.path("small"));
                }
                if (!r.path("titleFirst").asBoolean()) {
                    problems.add(width + " px " + e.getKey() + ": the list of pages comes before the title");
                }
            }
        }
        for (Path page : pages) {
            charts += Jsoup.parse(page.toFile(), "UTF-8").select("svg").size();
        }
        assertEquals(List.of(), problems.subList(0, Math.min(40, problems.size())), problems.size() + " problems");
        assertTrue(charts >= 120, "charts measured: " + charts);
        screenshots(browser);
    }

    /** The same measure catches what it looks for: a page too wide, and a chart scaled down to tiny text. */
    @Test
    void theMeasureCatchesAWidePageAndTinyChartText() throws Exception {
        Chromium browser = Chromium.require(Files.createDirectories(dir.resolve("profile-bad")));
        Path bad = site.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>bad</title></head><body><main><h1>Bad</h1>"
                + "<div style=\"width:700px\">wide</div><svg viewBox=\"0 0 760 100\" style=\"width:100%\" font-size=\"12\">"
                + "<text x=\"0\" y=\"20\">tiny</text></svg></main></body></html>", StandardCharsets.UTF_8);
        JsonNode r = measureAt(browser, List.of(bad), 390).path("bad.html");
        assertTrue(r.path("scrollWidth").asInt() > r.path("clientWidth").asInt(), r.toString());
        assertEquals(1, r.path("smallCount").asInt(), r.toString());
        Files.delete(bad);
    }

    /** The README's pictures: the front page and the asset map, on a desktop and on a phone. */
    private static void screenshots(Chromium browser) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "chromium"));
        Map<String, Object[]> shots = Map.of(
                "site-front-page.png", new Object[] {site.resolve("trafford/index.html"), "1280,1100"},
                "site-locality-page.png", new Object[] {site.resolve("trafford/sale/index.html"), "1280,1100"},
                "site-asset-map.png", new Object[] {site.resolve("trafford/council/asset-map.html"), "1280,1400"},
                "site-phone-front-page.png", new Object[] {site.resolve("trafford/index.html"), "390,1500"},
                "site-phone-asset-map.png", new Object[] {site.resolve("trafford/council/asset-map.html"), "390,1700"});
        for (Map.Entry<String, Object[]> shot : shots.entrySet()) {
            Path png = out.resolve(shot.getKey()).toAbsolutePath();
            Chromium.Run r = browser.run((Path) shot.getValue()[0], "--screenshot=" + png,
                    "--window-size=" + shot.getValue()[1], "--hide-scrollbars");
            assertEquals(0, r.exit(), r.log());
            assertTrue(Files.size(png) > 20_000, png + " is " + Files.size(png) + " bytes");
            if (Boolean.getBoolean("screenshots.update")) {
                Files.copy(png, Path.of("..", "docs", "images", shot.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Document phone = Jsoup.parse(site.resolve("trafford/index.html").toFile(), "UTF-8");
        assertTrue(phone.selectFirst("p.jump a[href=#pages]") != null, "on a phone one link jumps to the pages list");
    }
}
