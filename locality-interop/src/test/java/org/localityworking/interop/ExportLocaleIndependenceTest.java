package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;

/**
 * Every export, and every import back, is independent of the JVM's default locale: under {@code de_DE}
 * (decimal comma) and {@code tr_TR} (dotless i in case mapping) each exporter writes the same bytes as under
 * {@code en_GB}, and the files import back (into the council's frame) to give the same bytes again.
 */
class ExportLocaleIndependenceTest {
    private static final List<String> EXPORTERS = List.of("360giving", "openreferral", "geojson", "csv", "snapshot");

    private static Map<String, byte[]> exportUnder(Locale locale, LocalityStore store, String exporter) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return RoundTripTest.export(store, exporter, "trafford",
                    exporter.equals("snapshot") ? Audience.INTERNAL : Audience.PUBLIC);
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR"})
    void everyExportIsTheSameBytesAsUnderEnGb(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        List<String> differ = new ArrayList<>();
        try (LocalityStore store = RoundTripTest.full("trafford")) {
            for (String exporter : EXPORTERS) {
                Map<String, byte[]> gb = exportUnder(Locale.UK, store, exporter);
                Map<String, byte[]> other = exportUnder(locale, store, exporter);
                assertEquals(gb.keySet(), other.keySet(), exporter);
                gb.forEach((file, bytes) -> {
                    if (!java.util.Arrays.equals(bytes, other.get(file))) {
                        differ.add(exporter + "/" + file);
                    }
                });
            }
        }
        assertEquals(List.of(), differ, "files that differ under " + tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR"})
    void theStandardsImportBackUnderAnotherLocale(String tag) {
        Locale before = Locale.getDefault();
        try (LocalityStore source = RoundTripTest.full("trafford"); LocalityStore target = RoundTripTest.frame("trafford")) {
            Locale.setDefault(Locale.forLanguageTag(tag));
            for (String[] f : new String[][] {{"360giving", "grants.json"}, {"openreferral", "openreferral.json"}}) {
                Map<String, byte[]> first = RoundTripTest.export(source, f[0], "trafford", Audience.PUBLIC);
                RoundTripTest.importFile(target, f[0], "trafford", f[1], first.get(f[1]));
                RoundTripTest.assertSameFiles(first, RoundTripTest.export(target, f[0], "trafford", Audience.PUBLIC),
                        f[0] + " under " + tag);
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
