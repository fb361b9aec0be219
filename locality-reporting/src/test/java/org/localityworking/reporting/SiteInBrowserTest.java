package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.reporting.fixture.Chromium;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;

/**
 * The demo's report site (both example councils, as the CLI's {@code demo} writes it), walked page by page:
 * every link resolves, every page reaches its council's front page in one click, no page holds nothing but
 * "no data", a category has one colour on every page, and in headless Chromium every page has no console
 * error and no serious or critical WCAG 2.2 AA violation as axe-core checks it ({@link SiteOnAnyScreenTest}
 * measures the pages at a phone's width and a desktop's, and takes the screenshots in the README and docs/USING.md).
 */
class SiteInBrowserTest {
    @TempDir
    static Path dir;
    static Path site;
    static ReportSite.Result result;
    private static LocalityStore store;

    @BeforeAll
    static void writeSite() throws IOException {
        store = Fixture.bothCouncils();
        site = dir.resolve("site");
        result = ReportSite.builder().store(store).council("trafford").council("herefordshire")
                .audience(Audience.INTERNAL).asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED)
                .formats(List.of("html", "markdown")).build().write(site);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html") && !p.toString().endsWith(".axe.html")
                    && !p.getFileName().toString().equals("runner.html")).sorted().toList();
        }
    }

    @Test
    void everyLinkResolvesAndEveryPageReachesItsFrontPageInOneClick() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 196, "pages: " + pages.size() + " (a home page, 2 front pages, 13 locality pages and"
                + " 12 reports for each of 15 scopes)");
        List<String> broken = new ArrayList<>();
        List<String> noWayHome = new ArrayList<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Path relative = site.relativize(page);
            Path front = relative.getNameCount() > 1 ? site.resolve(relative.getName(0)).resolve("index.html") : page;
            boolean home = page.equals(front);
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("#")) {
                    continue;
                }
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path target = page.getParent().resolve(file).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(relative + " -> " + href);
                }
                home |= target.equals(front);
            }
            if (!home) {
                noWayHome.add(relative.toString());
            }
        }
        assertEquals(List.of(), broken, "links that do not resolve");
        assertEquals(List.of(), noWayHome, "pages with no link to their council's front page");
    }

    @Test
    void noPageHoldsNothingButNoData() throws IOException {
        List<String> bare = new ArrayList<>();
        int emptyReports = 0;
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element main = doc.selectFirst("main");
            // figures that are all zero count nothing recorded: no data, as Report.hasData says
            boolean figures = main.select("section dl.figures").stream().anyMatch(dl -> dl.select("dd").stream()
                    .anyMatch(dd -> !dd.text().matches("£?0(\\.0+)?( of .*)?")));
            boolean content = figures
                    || !main.select("section table, section svg, section p:not(.note), section ul").isEmpty();
            boolean guidance = main.select("p.note.info").stream().anyMatch(p -> p.text().contains("API:"));
            emptyReports += content ? 0 : 1;
            if (!content && !guidance) {
                bare.add(site.relativize(page).toString());
            }
        }
        assertEquals(List.of(), bare, "pages of nothing but 'no data'");
        assertEquals(result.withoutData(), emptyReports, "the site counts the pages without data as the pages show");
    }

    private static final Pattern BAR = Pattern.compile("fill=\"([^\"]+)\"[^>]*><title>([^<:]+): ");
    /** A map's marker (a point, or an asset in a ward's hex): its title names its group, its shape has the fill. */
    private static final Pattern MARKER = Pattern.compile("<title>[^<]*\\(([^()<]+)\\)</title><(?:path|rect|circle) [^>]*fill=\"([^\"]+)\"");

    @Test
    void aCategoryHasOneColourOnEveryPage() throws IOException {
        Set<String> categories = Set.of("Individuals", "Associations", "Institutions", "Physical", "Economic exchange",
                "Stories and culture");
        Map<String, Set<String>> colours = new TreeMap<>();
        for (Path page : pages()) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            for (Matcher m = BAR.matcher(html); m.find(); ) {
                if (categories.contains(m.group(2))) {
                    colours.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(colour(m.group(1)));
                }
            }
            for (Matcher m = MARKER.matcher(html); m.find(); ) {
                if (categories.contains(m.group(1))) {
                    colours.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(colour(m.group(2)));
                }
            }
        }
        assertEquals(categories, colours.keySet(), "every category drawn somewhere");
        Set<String> used = new TreeSet<>();
        colours.forEach((category, set) -> {
            assertEquals(1, set.size(), category + " is drawn in " + set);
            assertTrue(used.add(set.iterator().next()), category + " shares its colour with another category");
        });
    }

    /** @return the colour of a fill: a colour, or a pattern named after its colour ({@code url(#c-p-dots-0072B2)}) */
    private static String colour(String fill) {
        return fill.startsWith("url(") ? "#" + fill.substring(fill.lastIndexOf('-') + 1, fill.length() - 1) : fill;
    }

    @Test
    void everyPageInChromiumHasNoConsoleErrorAndNoSeriousAxeViolation() throws Exception {
        Chromium browser = Chromium.require(Files.createDirectories(dir.resolve("profile")));
        Path axe = axe(site);
        List<Path> pages = pages();
        String inject = "<script src=\"" + axe.toUri() + "\"></script><script>axe.run(document,{runOnly:{type:'tag',"
                + "values:['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']},resultTypes:['violations']})"
                + ".then(function(r){var p=document.createElement('pre');p.id='axe-result';p.textContent=JSON.stringify("
                + "r.violations.map(function(v){return {id:v.id,impact:v.impact,nodes:v.nodes.length,help:v.help,"
                + "target:v.nodes[0]?v.nodes[0].target.join(' '):''}}));document.body.appendChild(p);},"
                + "function(e){var p=document.createElement('pre');p.id='axe-result';p.textContent='\"'+e+'\"';"
                + "document.body.appendChild(p);});</script>";
        List<String> list = new ArrayList<>();
        for (Path page : pages) {
            Path copy = page.resolveSibling(page.getFileName().toString().replace(".html", ".axe.html"));
            Files.writeString(copy, Files.readString(page).replace("</body>", inject + "</body>"));
            list.add("\"" + site.relativize(copy).toString().replace('\\', '/') + "\"");
        }
        Path runner = site.resolve("runner.html");
        Files.writeString(runner, "<!DOCTYPE html><html lang=\"en\"><head><title>axe</title></head><body>"
                + "<pre id=\"out\"></pre><script>var pages=[" + String.join(",", list) + "];var results={};var i=0;"
                + "function next(){if(i>=pages.length){document.getElementById('out').textContent=JSON.stringify(results);"
                + "return;}var f=document.createElement('iframe');f.width=1280;f.height=900;f.title=pages[i];"
                + "f.src=pages[i];document.body.appendChild(f);var t=setInterval(function(){try{var d=f.contentDocument;"
                + "var r=d&&d.getElementById('axe-result');if(r){results[pages[i]]=JSON.parse(r.textContent);"
                + "clearInterval(t);f.remove();i++;next();}}catch(e){results[pages[i]]='error '+e;clearInterval(t);"
                + "f.remove();i++;next();}},25);}next();</script></body></html>", StandardCharsets.UTF_8);
        Chromium.Run run = browser.run(runner, "--allow-file-access-from-files", "--dump-dom",
                "--virtual-time-budget=" + (pages.size() * 5_000));
        assertEquals(0, run.exit(), run.log());
        Matcher out = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL).matcher(run.log());
        assertTrue(out.find(), "the runner finished: " + run.log().substring(Math.max(0, run.log().length() - 2000)));
        JsonNode results = new ObjectMapper().readTree(Jsoup.parse(out.group(1)).text());
        assertEquals(pages.size(), results.size(), "every page checked");
        List<String> serious = new ArrayList<>();
        Map<String, Integer> lesser = new TreeMap<>();
        results.fields().forEachRemaining(e -> {
            if (!e.getValue().isArray()) {
                serious.add(e.getKey() + ": axe did not run: " + e.getValue());
                return;
            }
            for (JsonNode v : e.getValue()) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(e.getKey() + ": " + impact + " " + v.path("id").asText() + " (" + v.path("help").asText()
                            + ") at " + v.path("target").asText());
                } else {
                    lesser.merge(v.path("id").asText() + " (" + impact + ")", 1, Integer::sum);
                }
            }
        });
        assertEquals(List.of(), serious.subList(0, Math.min(40, serious.size())), serious.size()
                + " serious or critical violations");
        assertEquals(List.of(), run.consoleErrors(), "console errors");
        System.err.println("axe-core: " + pages.size() + " pages, 0 serious or critical violations; lesser: " + lesser);
    }

    /** @return axe-core's script, copied from the test class path into the folder */
    private static Path axe(Path folder) throws IOException {
        Path axe = folder.resolve("axe.min.js");
        try (InputStream in = SiteInBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            Files.copy(in, axe, StandardCopyOption.REPLACE_EXISTING);
        }
        return axe;
    }

    /** The same check on a page with known faults finds them: the test can fail. */
    @Test
    void theAxeCheckDoesCatchViolations() throws Exception {
        Chromium browser = Chromium.require(Files.createDirectories(dir.resolve("profile-bad")));
        Path axe = axe(dir);
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>bad</title></head><body><main><img src=\"x.png\">"
                + "<p style=\"color:#ccc;background:#fff\">pale text</p><a href=\"#\"></a></main><script src=\""
                + axe.toUri() + "\"></script><script>axe.run(document).then(function(r){var p=document.createElement('pre');"
                + "p.id='axe-result';p.textContent=r.violations.map(function(v){return v.id+':'+v.impact}).join(' ');"
                + "document.body.appendChild(p);});</script></body></html>", StandardCharsets.UTF_8);
        Chromium.Run run = browser.run(bad, "--dump-dom", "--virtual-time-budget=20000");
        assertTrue(run.log().contains("image-alt:critical") && run.log().contains("color-contrast:serious")
                && run.log().contains("link-name:serious"), run.log().substring(Math.max(0, run.log().length() - 3000)));
    }
}
