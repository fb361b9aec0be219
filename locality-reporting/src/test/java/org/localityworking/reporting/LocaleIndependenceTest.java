package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;

/**
 * Every report, in every format, for every scope and audience, is the same bytes whatever the JVM's default
 * locale: built and rendered under {@code de_DE} (decimal comma, dot grouping, German month names) and
 * {@code tr_TR} (dotless i in case mapping), it must equal the {@code en_GB} rendering (timestamps pinned by
 * {@link Fixture#GENERATED}).
 */
class LocaleIndependenceTest extends BothCouncilsTest {

    private static Map<String, String> renderEverything(Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (Audience audience : Audience.values()) {
                for (ReportRequest request : Fixture.everyScope(store, audience)) {
                    for (ReportDefinition def : Fixture.REPORTS.all()) {
                        Report report = Reports.build(store, def, request);
                        for (OutputFormat format : Fixture.FORMATS.all()) {
                            out.put(def.id() + " " + format.id() + " " + request.councilId() + " "
                                    + request.localityId().orElse("-") + " " + audience, Fixture.render(report, format));
                        }
                    }
                }
            }
            return out;
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR"})
    void everyRenderingIsByteForByteTheSameAsUnderEnGb(String tag) {
        Map<String, String> british = renderEverything(Locale.UK);
        Map<String, String> other = renderEverything(Locale.forLanguageTag(tag));
        assertTrue(british.size() > 1000, "renders every report for every scope: " + british.size());
        assertEquals(british.keySet(), other.keySet());
        List<String> differing = british.keySet().stream().filter(k -> !british.get(k).equals(other.get(k))).toList();
        assertEquals(List.of(), differing, () -> differing.isEmpty() ? "" : "first difference, in "
                + differing.get(0) + ":\n" + firstDifference(british.get(differing.get(0)), other.get(differing.get(0))));
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "en_GB: ..." + expected.substring(from, Math.min(expected.length(), i + 40)).replace("\n", "\\n")
                + "\nother: ..." + actual.substring(from, Math.min(actual.length(), i + 40)).replace("\n", "\\n");
    }
}
