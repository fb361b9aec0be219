package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files pin the Markdown of four reports. After an intended change, regenerate them with
 * {@code mvn test -pl locality-reporting -Dtest=GoldenMarkdownTest -Dgolden.update=true} and review the diff. A
 * missing golden file fails (it is never written silently), and no golden file holds a needless escape.
 */
class GoldenMarkdownTest extends BothCouncilsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({
        "asset-map, trafford, sale, INTERNAL",
        "grants, trafford, old-trafford-stretford, PUBLIC",
        "gap-analysis, herefordshire, '', INTERNAL",
        "governance-update, trafford, '', PUBLIC"})
    void markdownMatchesTheGoldenFile(String report, String council, String locality, Audience audience) throws IOException {
        ReportRequest request = Fixture.request(council, Optional.ofNullable(locality).filter(s -> !s.isBlank()), audience);
        String md = Fixture.render(Reports.build(store, Fixture.REPORTS.byId(report), request), Fixture.FORMATS.byId("markdown"));
        Path file = GOLDEN.resolve(report + "-" + council + (locality == null || locality.isBlank() ? "" : "-" + locality)
                + "-" + audience.name().toLowerCase(java.util.Locale.ROOT) + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } else if (!Files.exists(file)) {
            fail("no golden file " + file + ": run this test once with -Dgolden.update=true to write it, and review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), md, "golden file " + file);
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    /**
     * Every backslash escape in a golden file is needed: without it, the file would mean something else (CommonMark
     * with pipe tables, rendered to HTML, differs). So {@code 09\:00} or {@code \&} in ordinary text fail here.
     */
    @Test
    void noGoldenFileHoldsANeedlessEscape() throws IOException {
        List<String> needless = new ArrayList<>();
        int files = 0;
        try (Stream<Path> golden = Files.list(GOLDEN)) {
            for (Path f : golden.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                files++;
                String md = Files.readString(f, StandardCharsets.UTF_8);
                String meant = HTML.render(PARSER.parse(md));
                for (int i = md.indexOf('\\'); i >= 0 && i + 1 < md.length(); i = md.indexOf('\\', i + 2)) {
                    if (md.charAt(i + 1) == '\n') {
                        continue; // a hard line break
                    }
                    String without = md.substring(0, i) + md.substring(i + 1);
                    if (HTML.render(PARSER.parse(without)).equals(meant)) {
                        int line = md.substring(0, i).split("\n", -1).length;
                        needless.add(f.getFileName() + " line " + line + ": \\" + md.charAt(i + 1));
                    }
                }
            }
        }
        assertEquals(4, files, "the golden files");
        assertEquals(List.of(), needless);
    }

    /** The check above finds a needless escape where there is one (the old format wrote {@code 09\:00}). */
    @Test
    void theNeedlessEscapeCheckFindsOne() {
        String md = "Generated: 1 March 2016 09\\:00 UTC\n";
        String meant = HTML.render(PARSER.parse(md));
        assertEquals(meant, HTML.render(PARSER.parse(md.replace("\\:", ":"))), "the escape changes nothing");
        assertTrue(!HTML.render(PARSER.parse("\\# not a heading\n")).equals(HTML.render(PARSER.parse("# not a heading\n"))),
                "a needed escape does change the meaning");
    }
}
