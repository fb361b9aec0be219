package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.WardPart;
import org.localityworking.reporting.builtin.Blocks;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.run.Reports;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * Each figure the reports and the site show, checked against its definition on both example councils: voters
 * and votes, which reports have data, a ward split between localities drawn in each with that locality's assets,
 * grants in date order, names in natural order, money in charts, stages in words, and zero findings said as
 * findings rather than as missing data.
 */
class FiguresAgainstDefinitionsTest {
    @TempDir
    static Path dir;
    private static LocalityStore store;
    private static final List<String> COUNCILS = List.of("trafford", "herefordshire");

    @BeforeAll
    static void writeSite() throws IOException {
        store = Fixture.bothCouncils();
        ReportSite.builder().store(store).council("trafford").council("herefordshire").audience(Audience.INTERNAL)
                .asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED).formats(List.of("html")).build().write(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Report report(String id, String council, Optional<String> locality) {
        return Reports.build(store, Fixture.REPORTS.byId(id), Fixture.request(council, locality, Audience.INTERNAL));
    }

    private static List<Block> blocks(Report r) {
        return r.sections().stream().flatMap(s -> s.blocks().stream()).toList();
    }

    private static Map<String, String> figures(Report r) {
        Map<String, String> out = new HashMap<>();
        blocks(r).stream().filter(KeyFigures.class::isInstance)
                .forEach(k -> ((KeyFigures) k).figures().forEach(f -> out.putIfAbsent(f.label(), f.value())));
        return out;
    }

    @Test
    void votersAndVotesAreEachTheirOwnSumInTheGrantsReport() {
        for (String council : COUNCILS) {
            int voters = 0;
            int votes = 0;
            for (Versioned<VotingEvent> v : store.query(StandardKinds.VOTING_EVENT, Query.all().council(council))) {
                voters += v.value().voters();
                votes += v.value().tallies().stream().mapToInt(VotingEvent.Tally::votes).sum();
            }
            Map<String, String> shown = figures(report("grants", council, Optional.empty()));
            if (voters == 0) {
                assertFalse(shown.containsKey("People who voted"), council + " held no vote: no zero figures " + shown);
            } else {
                assertEquals(Blocks.cell(voters), shown.get("People who voted"), council);
                assertEquals(Blocks.cell(votes), shown.get("Votes cast"), council);
            }
        }
        assertTrue(figures(report("grants", "trafford", Optional.empty())).get("Votes cast").equals("7,294"));
    }

    /** @return each report of the page's table with what its Data column says */
    private static Map<String, String> dataColumn(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Map<String, String> out = new HashMap<>();
        for (Element row : doc.select("table#reports tbody tr")) {
            String href = row.selectFirst("a").attr("href");
            out.put(href.substring(href.lastIndexOf('/') + 1).replace(".html", ""), row.select("td").last().text());
        }
        return out;
    }

    @Test
    void theHasDataFlagsAreTheReportsOwnForEveryCouncilAndPlace() throws IOException {
        Map<String, String> hereford = dataColumn(dir.resolve("herefordshire/index.html"));
        for (String empty : List.of("community-builders", "grants", "stories", "acv-deadlines")) {
            assertTrue(hereford.get(empty).startsWith("No data yet"), "Herefordshire records no " + empty + ": " + hereford);
        }
        Map<String, String> trafford = dataColumn(dir.resolve("trafford/index.html"));
        for (String full : List.of("community-builders", "grants", "stories", "acv-deadlines")) {
            assertEquals("Has data", trafford.get(full), "Trafford records " + full);
        }
        // every place: a report flagged as having data shows something that is not a note or a zero figure
        int checked = 0;
        for (String council : COUNCILS) {
            List<Optional<String>> scopes = new ArrayList<>(List.of(Optional.empty()));
            store.query(StandardKinds.LOCALITY, Query.all().council(council)).forEach(l -> scopes.add(Optional.of(l.value().id())));
            for (Optional<String> scope : scopes) {
                Map<String, String> page = dataColumn(dir.resolve(council).resolve(scope.isEmpty() ? "index.html"
                        : scope.get() + "/index.html"));
                for (var def : Fixture.REPORTS.all()) {
                    Report r = report(def.id(), council, scope);
                    boolean shows = blocks(r).stream().anyMatch(b -> !(b instanceof Note)
                            && !(b instanceof KeyFigures k && k.figures().stream().allMatch(f -> f.value().matches("£?0(\\.00)?"))));
                    assertEquals(shows ? "Has data" : "No data yet: the report says what to record", page.get(def.id()),
                            council + " " + scope + " " + def.id());
                    checked++;
                }
            }
        }
        assertEquals(15 * 12, checked);
    }

    /** @return the figures of a page of the site, label to value, in order */
    private static Map<String, String> pageFigures(Element scope) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Element figure : scope.select("dl.figures > div")) {
            out.put(figure.selectFirst("dt").text(), figure.selectFirst("dd").text());
        }
        return out;
    }

    @Test
    void theHomePageShowsEachCouncilsFiguresAndEachLocalityPageItsOwn() throws IOException {
        Document home = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        for (String council : COUNCILS) {
            Element section = home.select("section").stream()
                    .filter(s -> s.selectFirst("h2 a[href=" + council + "/index.html]") != null).findFirst().orElseThrow();
            Map<String, String> front = pageFigures(Jsoup.parse(dir.resolve(council + "/index.html").toFile(), "UTF-8"));
            Map<String, String> shown = pageFigures(section);
            assertTrue(shown.size() >= 4, council + ": " + shown);
            shown.forEach((label, value) -> assertEquals(front.get(label), value, council + ": " + label));
        }
        int localities = 0;
        for (String council : COUNCILS) {
            for (Versioned<Locality> l : store.query(StandardKinds.LOCALITY, Query.all().council(council))) {
                Optional<String> scope = Optional.of(l.value().id());
                Map<String, String> page = pageFigures(Jsoup.parse(dir.resolve(council).resolve(l.value().id())
                        .resolve("index.html").toFile(), "UTF-8"));
                Map<String, String> map = figures(report("asset-map", council, scope));
                assertEquals(map.get("Assets mapped"), page.get("Assets mapped"), l.value().name());
                assertEquals(map.get("Wards"), page.get("Wards"), l.value().name());
                long withData = Fixture.REPORTS.all().stream().filter(d -> report(d.id(), council, scope).hasData()).count();
                assertEquals(withData + " of 12", page.get("Reports with data"), l.value().name());
                Map<String, String> grants = figures(report("grants", council, scope));
                if (grants.containsKey("People who voted")) {
                    assertEquals(grants.get("People who voted"), page.get("People who voted"), l.value().name());
                }
                localities++;
            }
        }
        assertEquals(13, localities);
    }

    @Test
    void aWardSplitBetweenLocalitiesIsDrawnInEachWithThatLocalitysAssets() {
        int split = 0;
        for (String council : COUNCILS) {
            Map<String, Set<String>> localitiesOfWard = new HashMap<>();
            for (Versioned<Locality> l : store.query(StandardKinds.LOCALITY, Query.all().council(council))) {
                for (WardPart p : l.value().wards()) {
                    localitiesOfWard.computeIfAbsent(p.wardId(), k -> new TreeSet<>()).add(l.value().name());
                }
            }
            WardMap map = (WardMap) blocks(report("asset-map", council, Optional.empty())).stream()
                    .filter(WardMap.class::isInstance).findFirst().orElseThrow();
            Map<String, Set<String>> drawn = new HashMap<>();
            for (WardMap.Tile t : map.tiles()) {
                drawn.computeIfAbsent(t.hex().wardId(), k -> new TreeSet<>()).add(t.locality());
                String localityId = store.query(StandardKinds.LOCALITY, Query.all().council(council)).stream()
                        .map(Versioned::value).filter(l -> l.name().equals(t.locality())).findFirst().orElseThrow().id();
                List<String> expected = new ArrayList<>();
                for (Versioned<Asset> a : store.query(StandardKinds.ASSET, Query.all().locality(localityId))) {
                    if (a.value().wardId().equals(Optional.of(t.hex().wardId()))) {
                        expected.add(a.value().name());
                    }
                }
                assertEquals(new TreeSet<>(expected), new TreeSet<>(t.markers().stream().map(WardMap.Marker::label).toList()),
                        council + ": " + t.hex().name() + " in " + t.locality() + " holds that locality's assets there");
            }
            assertEquals(localitiesOfWard, drawn, council + ": every ward in each of its localities");
            split += (int) localitiesOfWard.values().stream().filter(s -> s.size() > 1).count();
        }
        assertTrue(split >= 1, "Trafford's Bucklow-St Martins is split between two localities");
    }

    @Test
    void grantsAreInDateOrderAndNamesInNaturalOrder() {
        int tables = 0;
        for (String council : COUNCILS) {
            for (Block b : blocks(report("grants", council, Optional.empty()))) {
                if (b instanceof Table t && t.caption().startsWith("Grants awarded")) {
                    List<LocalDate> days = t.rows().stream().map(r -> ((Cell.Date) r.get(3)).date()).toList();
                    assertEquals(days.stream().sorted().toList(), days, t.caption());
                    tables++;
                }
            }
            for (Block b : blocks(report("connections", council, Optional.empty()))) {
                if (b instanceof Table t && t.caption().startsWith("Associations with no link")) {
                    List<String> names = t.rows().stream().map(r -> r.get(0).display()).toList();
                    assertEquals(names.stream().sorted(Blocks.NATURAL).toList(), names, council);
                }
            }
        }
        assertTrue(tables >= 3, "Trafford's three schemes");
        List<String> sorted = new ArrayList<>(List.of("Group 10", "group 2", "Group 1", "Ward 9b", "Ward 10a", "Écoles 3"));
        sorted.sort(Blocks.NATURAL);
        assertEquals(List.of("Écoles 3", "Group 1", "group 2", "Group 10", "Ward 9b", "Ward 10a"), sorted);
        assertTrue(Blocks.NATURAL.compare("Group 02", "Group 2") != 0, "no two names tie");
    }

    @Test
    void moneyInChartsIsMoneyAndStagesAreWords() throws IOException {
        BarChart chart = (BarChart) blocks(report("grants", "trafford", Optional.empty())).stream()
                .filter(BarChart.class::isInstance).findFirst().orElseThrow();
        assertEquals("£19,108.00", chart.cell(19_108).display());
        assertEquals("£", chart.unitLabel());
        String svg = Fixture.render(report("grants", "trafford", Optional.empty()), Fixture.FORMATS.byId("html"));
        assertTrue(svg.contains(">£"), "the chart's values are pounds");
        assertFalse(svg.matches("(?s).*<text[^>]*>\\d{5,}</text>.*"), "no bare five-figure values in the charts");
        String front = Jsoup.parse(dir.resolve("herefordshire/index.html").toFile(), "UTF-8").text();
        assertFalse(front.contains("stage 0"), "a stage is named as the measure names it");
        assertTrue(front.contains("not yet at stage 1"), front);
    }

    @Test
    void zeroFindingsAreSaidAsFindings() {
        for (String council : COUNCILS) {
            Report r = report("connections", council, Optional.empty());
            Map<String, String> shown = figures(r);
            List<Note> notes = blocks(r).stream().filter(Note.class::isInstance).map(Note.class::cast).toList();
            if (shown.get("Connectors").equals("0")) {
                assertTrue(notes.stream().anyMatch(n -> n.kind() == Note.Kind.INFO
                        && n.text().equals("No one person alone holds the network together.")), council + ": " + notes);
            }
            if (shown.get("Links across localities").equals("0")) {
                assertTrue(notes.stream().anyMatch(n -> n.kind() == Note.Kind.INFO && n.text().startsWith("No link here crosses")),
                        council + ": " + notes);
            }
            assertTrue(notes.stream().noneMatch(n -> n.kind() == Note.Kind.NO_DATA), council + ": a finding is not missing data "
                    + notes);
        }
    }
}
