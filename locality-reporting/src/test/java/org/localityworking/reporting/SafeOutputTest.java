package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.format.CsvFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;

/**
 * Escaping: XSS vectors in names and descriptions add no element or attribute to HTML (nor, through a
 * CommonMark renderer, to Markdown) that the template did not write; a CSV battery re-parses to the
 * original values.
 */
class SafeOutputTest {
    private static final List<String> REPORTS = List.of("asset-map", "projects", "stories", "locality-profile",
            "composition", "acv-deadlines");

    private static List<String> render(List<String> values, boolean benign, String format) {
        List<String> out = new ArrayList<>();
        try (LocalityStore store = Fixture.store(List.of(HostileData.dataset(values, benign)))) {
            for (String id : REPORTS) {
                ReportDefinition def = Fixture.REPORTS.byId(id);
                Report r = Reports.build(store, def, Fixture.request("trafford", Optional.of("sale"), Audience.INTERNAL));
                out.add(Fixture.render(r, Fixture.FORMATS.byId(format)));
            }
        }
        return out;
    }

    @Test
    void xssVectorsAddNothingToTheHtmlTemplate() {
        assertTrue(HostileData.XSS.size() >= 50, "vectors: " + HostileData.XSS.size());
        List<String> hostile = render(HostileData.XSS, false, "html");
        List<String> benign = render(HostileData.XSS, true, "html");
        for (int i = 0; i < hostile.size(); i++) {
            assertEquals(StructureComparison.structure(benign.get(i)), StructureComparison.structure(hostile.get(i)),
                    REPORTS.get(i) + ": the hostile render has elements or attributes the template did not write");
            assertFalse(hostile.get(i).toLowerCase(java.util.Locale.ROOT).contains("<script"), REPORTS.get(i));
            if (i < 3) { // the asset map, projects and stories show the names; the others only count them
                assertTrue(hostile.get(i).contains("&lt;script&gt;alert(1)&lt;/script&gt;"), REPORTS.get(i));
            }
        }
    }

    @Test
    void xssVectorsAddNothingToTheMarkdownOnceRendered() {
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        List<String> hostile = render(HostileData.XSS, false, "markdown");
        List<String> benign = render(HostileData.XSS, true, "markdown");
        for (int i = 0; i < hostile.size(); i++) {
            String h = renderer.render(parser.parse(hostile.get(i)));
            String b = renderer.render(parser.parse(benign.get(i)));
            assertEquals(StructureComparison.structure(b), StructureComparison.structure(h),
                    REPORTS.get(i) + ": the Markdown let data open elements, links or structure");
            assertFalse(h.contains("href=\"javascript"), REPORTS.get(i));
        }
    }

    @Test
    void theCsvBatteryReparsesToTheOriginalValues() throws IOException {
        List<String> csvs = render(HostileData.CSV, false, "csv");
        for (int k = 0; k < csvs.size(); k++) {
            String csv = csvs.get(k);
            assertTrue(csv.startsWith("\"section\",\"block\",\"row\",\"column\",\"value\"\r\n"), csv.substring(0, 60));
            List<List<String>> rows = CsvFormat.parse(csv);
            for (List<String> row : rows) {
                assertEquals(5, row.size(), row.toString());
                for (String cell : row) {
                    // a plain number (-1, a hex row below the first) is a number to a spreadsheet, never a formula
                    char c = cell.isEmpty() || CsvColumns.NUMBER.matcher(cell).matches() ? 'x' : cell.charAt(0);
                    assertFalse(c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r',
                            "a cell could run as a formula: " + cell);
                }
            }
            if (k >= 3) {
                continue; // the asset map, projects and stories carry the values themselves
            }
            List<String> restored = rows.stream().flatMap(List::stream).map(CsvFormat::restore).toList();
            for (String value : HostileData.CSV) {
                assertTrue(restored.stream().anyMatch(v -> v.equals(value) || v.equals("About " + value)),
                        "lost on the way through CSV: [" + value + "]");
            }
        }
        // The asset list holds every value exactly, cell for cell.
        List<List<String>> assetRows = CsvFormat.parse(csvs.get(0)).stream()
                .filter(r -> r.get(1).equals("Assets") && r.get(3).equals("Asset")).toList();
        assertEquals(HostileData.CSV.stream().sorted().toList(),
                assetRows.stream().map(r -> CsvFormat.restore(r.get(4))).sorted().toList());
    }
}
