package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.core.plugin.PluginRegistry;

/** Every built-in report renders in every format from the data set of both councils, for every scope. */
class BuiltInReportsTest extends BothCouncilsTest {

    @Test
    void twelveReportsAndFourFormatsAreDiscovered() {
        assertEquals(Set.of("locality-profile", "asset-map", "composition", "community-builders", "plan-coverage",
                "projects", "grants", "stories", "gap-analysis", "governance-update", "acv-deadlines", "connections"),
                Fixture.REPORTS.all().stream().map(ReportDefinition::id).collect(Collectors.toSet()));
        assertEquals(Set.of("markdown", "html", "csv", "json"),
                Fixture.FORMATS.all().stream().map(OutputFormat::id).collect(Collectors.toSet()));
    }

    @Test
    void everyReportRendersInEveryFormatForEveryScopeAndAudience() {
        int renders = 0;
        for (Audience audience : Audience.values()) {
            for (ReportRequest request : Fixture.everyScope(store, audience)) {
                for (ReportDefinition def : Fixture.REPORTS.all()) {
                    Report report = Reports.build(store, def, request);
                    assertFalse(report.sections().isEmpty(), def.id() + " " + request);
                    for (OutputFormat format : Fixture.FORMATS.all()) {
                        String out = Fixture.render(report, format);
                        assertTrue(out.length() > 100, def.id() + " in " + format.id());
                        renders++;
                    }
                }
            }
        }
        assertEquals(2 * (2 + 13) * 12 * 4, renders);
    }

    @Test
    void missingDataIsSaidNotHidden() {
        Report profile = Reports.build(store, Fixture.REPORTS.byId("locality-profile"), Fixture.request("trafford", Optional.of("south-trafford"), Audience.INTERNAL));
        String md = Fixture.render(profile, Fixture.FORMATS.byId("markdown"));
        assertTrue(md.contains("**Population:** no data"), md);
        assertTrue(md.contains("No data:** No profile statistics recorded for South Trafford"), md);
        Report gaps = Reports.build(store, Fixture.REPORTS.byId("gap-analysis"), Fixture.request("trafford", Optional.empty(), Audience.INTERNAL));
        assertTrue(Fixture.render(gaps, Fixture.FORMATS.byId("markdown")).contains("No success measures recorded for Trafford"));
    }

    @Test
    void theAssetMapCountsCategoriesByWardAndNamesTheGaps() {
        Report map = Reports.build(store, Fixture.REPORTS.byId("asset-map"), Fixture.request("trafford", Optional.of("urmston-partington"), Audience.INTERNAL));
        assertTrue(map.sections().get(1).blocks().get(0) instanceof WardMap wards && wards.tiles().size() == 5,
                "the section opens with the ward map: Urmston & Partington's five wards");
        Table byWard = (Table) map.sections().get(1).blocks().get(1);
        List<String> urmston = byWard.rows().stream().map(r -> r.stream().map(Cell::display).toList())
                .filter(r -> r.get(0).startsWith("Urmston (")).findFirst().orElseThrow();
        assertEquals(List.of("Urmston (E05000838)", "0", "1", "0", "1", "0", "0", "2"), urmston);
        assertTrue(byWard.rows().get(0).subList(1, 8).stream().allMatch(c -> c instanceof Cell.Count),
                "the counts are count cells, so each format can present them as numbers");
        Table lacking = (Table) map.sections().get(1).blocks().get(3);
        assertTrue(lacking.rows().stream().anyMatch(r -> r.get(0).display().startsWith("Flixton")
                && r.get(1).display().contains("Physical")));
    }

    @Test
    void theCompositionReportChecksTheCouncilsRule() {
        Report t = Reports.build(store, Fixture.REPORTS.byId("composition"), Fixture.request("trafford", Optional.of("sale"),
                Audience.INTERNAL));
        String md = Fixture.render(t, Fixture.FORMATS.byId("markdown"));
        assertTrue(md.contains("keeps the council's rule (core of 6: 2 community, 2 agency, 2 councillor)"), md);
        Report h = Reports.build(store, Fixture.REPORTS.byId("composition"), Fixture.request("herefordshire", Optional.of("ledbury"),
                Audience.INTERNAL));
        assertTrue(Fixture.render(h, Fixture.FORMATS.byId("markdown")).contains("Ledbury Locality Network"));
    }

    @Test
    void theGrantsReportAddsUpTheSeedFigures() {
        Report g = Reports.build(store, Fixture.REPORTS.byId("grants"), Fixture.request("trafford", Optional.empty(), Audience.INTERNAL));
        String md = Fixture.render(g, Fixture.FORMATS.byId("markdown"));
        assertTrue(md.contains("- **People who voted:** 1,463"), md);
        assertTrue(md.contains("- **First-time recipients:** 28"), md);
        assertTrue(md.contains("- **Grants:** 16"), md);
        assertTrue(md.contains("- **Grants:** 34"), md);
    }

    @Test
    void anUnknownCouncilOrLocalityIsAClearError() {
        ReportDefinition def = Fixture.REPORTS.byId("projects");
        ValidationException e = assertThrows(ValidationException.class,
                () -> Reports.build(store, def, Fixture.request("wigan", Optional.empty(), Audience.INTERNAL)));
        assertEquals("ReportRequest.councilId", e.field());
        ValidationException l = assertThrows(ValidationException.class,
                () -> Reports.build(store, def, Fixture.request("trafford", Optional.of("leominster"), Audience.INTERNAL)));
        assertEquals("leominster", l.value());
    }

    @Test
    void registriesNameWhatIsAvailableAndRefuseDuplicates() {
        PluginException e = assertThrows(PluginException.class, () -> Fixture.REPORTS.byId("nope"));
        assertTrue(e.getMessage().startsWith("No report definition has the id 'nope'. Known ids: "), e.getMessage());
        assertTrue(e.getMessage().contains("asset-map"), e.getMessage());
        assertTrue(assertThrows(PluginException.class, () -> Fixture.FORMATS.byId("pdf")).getMessage().contains("html"));
        ReportDefinition one = Fixture.REPORTS.byId("projects");
        ReportDefinition other = Fixture.REPORTS.byId("grants");
        PluginRegistry<ReportDefinition> twice = ReportRegistry.of(List.of(one, other, one));
        assertTrue(assertThrows(PluginException.class, () -> twice.byId("projects")).getMessage()
                .startsWith("Several report definitions have the id 'projects'"));
        assertEquals(other, twice.byId("grants"), "a duplicate breaks only the lookups of its own id");
        OutputFormat html = Fixture.FORMATS.byId("html");
        assertThrows(PluginException.class, () -> FormatRegistry.of(List.of(html, html)).byId("html"));
    }
}
