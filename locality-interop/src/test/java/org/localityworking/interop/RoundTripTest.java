package org.localityworking.interop;

import org.localityworking.interop.run.Exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localityworking.core.ValidationException;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * Export, import, export again: the second export is the same bytes as the first, for every interchange format,
 * on both example councils. The import goes into a store that holds only the council's frame (council, wards,
 * localities, as the CLI's {@code setup} makes from a configuration file), except the snapshot's, which goes into
 * an empty store; importing an export back into the store it came from changes nothing.
 */
class RoundTripTest {
    static final Instant AS_OF = Instant.parse("2016-03-01T09:00:00Z");
    static final Set<Kind<?>> FRAME = Set.of(StandardKinds.COUNCIL, StandardKinds.WARD, StandardKinds.LOCALITY);

    static Dataset data(String council) {
        return council.equals("trafford") ? ExampleData.trafford() : ExampleData.herefordshire();
    }

    static Map<String, String> options(String council) {
        return council.equals("trafford") ? Map.of("prefix", "360G-trafford", "funderId", "GB-LAE-TRF",
                "serviceUrl", "https://directory.example/trafford/{id}")
                : Map.of("prefix", "360G-herefordshire", "funderId", "GB-LAE-HEF",
                "serviceUrl", "https://directory.example/herefordshire/{id}");
    }

    /** {@return the council's example data in a new memory store} */
    static LocalityStore full(String council) {
        LocalityStore store = Stores.open("memory:");
        data(council).loadInto(store);
        return store;
    }

    /** {@return a new memory store holding only the council, its wards and its localities} */
    static LocalityStore frame(String council) {
        LocalityStore store = Stores.open("memory:");
        store.runInTransaction(u -> data(council).entries().stream().filter(e -> FRAME.contains(e.kind()))
                .forEach(e -> e.saveIn(u)));
        return store;
    }

    static Map<String, byte[]> export(LocalityStore store, String exporter, String council, Audience audience) {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        try {
            Exporting.export(store, ExporterRegistry.discover().byId(exporter), new ExportRequest(council, Optional.empty(), audience,
                    options(council), AS_OF), name -> files.computeIfAbsent(name, k -> new ByteArrayOutputStream()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, v.toByteArray()));
        return out;
    }

    static ImportResult importFile(LocalityStore store, String importer, String council, String name, byte[] bytes) {
        try {
            return ImporterRegistry.discover().byId(importer).importInto(store, ImportRequest.builder().councilId(council)
                    .options(options(council)).build(), ImportSource.of(name, bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every data file the same bytes. The manifest says what the first export left out of the source store (its
     * sensitive assets, say), which never reached the target: the second manifest lists the same files and leaves
     * nothing out, so the round trip itself lost nothing.
     */
    static void assertSameFiles(Map<String, byte[]> first, Map<String, byte[]> second, String what) {
        assertEquals(first.keySet(), second.keySet(), what);
        if (first.containsKey("manifest.json")) {
            try {
                var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                var a = mapper.readTree(first.get("manifest.json"));
                var b = mapper.readTree(second.get("manifest.json"));
                assertEquals(a.path("files"), b.path("files"), what + ": manifest files");
                assertEquals(0, b.path("leftOut").size(), what + ": the second export leaves nothing out: " + b);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<String> differ = new ArrayList<>();
        first.forEach((name, bytes) -> {
            if (name.equals("manifest.json")) {
                return;
            }
            if (!java.util.Arrays.equals(bytes, second.get(name))) {
                differ.add(name + " (" + bytes.length + " bytes, then " + second.get(name).length + ")");
            }
        });
        assertEquals(List.of(), differ, what + ": files that differ after the round trip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void snapshot(String council) {
        try (LocalityStore source = full(council); LocalityStore target = Stores.open("memory:")) {
            Map<String, byte[]> first = export(source, "snapshot", council, Audience.INTERNAL);
            ImportResult loaded = importFile(target, "snapshot", council, "snapshot.json", first.get("snapshot.json"));
            assertTrue(loaded.created() > 100, "records created: " + loaded);
            assertSameFiles(first, export(target, "snapshot", council, Audience.INTERNAL), council + " snapshot");
            ImportResult again = importFile(source, "snapshot", council, "snapshot.json", first.get("snapshot.json"));
            assertEquals(again.total(), again.unchanged(), "back into its own store it changes nothing: " + again);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void threeSixtyGiving(String council) {
        try (LocalityStore source = full(council); LocalityStore target = frame(council)) {
            if (council.equals("herefordshire")) {
                // Herefordshire's documents record no grants: there is no package to round-trip; the export is refused
                ValidationException refused = assertThrows(ValidationException.class,
                        () -> export(source, "360giving", council, Audience.PUBLIC));
                assertTrue(refused.rule().contains("no grants to publish"), refused.getMessage());
                return;
            }
            ImportResult loaded = standard(source, target, council, "360giving", "grants.json");
            long grants = source.all(StandardKinds.GRANT).size();
            assertEquals(List.of("dateModified in " + grants + " grants (the store keeps no modification times; an"
                    + " export states its own)"), loaded.notKept());
        }
    }

    /**
     * Exports a standard from the source, imports its main file into the target, exports again and compares; then
     * imports the file back into the source, which must change nothing.
     *
     * @return what the import into the target did
     */
    private static ImportResult standard(LocalityStore source, LocalityStore target, String council, String format,
                                         String file) {
        Map<String, byte[]> first = export(source, format, council, Audience.PUBLIC);
        ImportResult loaded = importFile(target, format, council, file, first.get(file));
        assertTrue(loaded.created() > 10, "records created: " + loaded);
        assertSameFiles(first, export(target, format, council, Audience.PUBLIC), council + " " + format);
        ImportResult again = importFile(source, format, council, file, first.get(file));
        assertEquals(again.total(), again.unchanged(), "back into its own store it changes nothing: " + again);
        return loaded;
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void openReferral(String council) {
        try (LocalityStore source = full(council); LocalityStore target = frame(council)) {
            // a service's url is made from the serviceUrl option, its status and a place's type are the export's
            // own words, none of them stored: the import says so, with how many records carry each
            List<String> notKept = standard(source, target, council, "openreferral", "openreferral.json").notKept();
            assertEquals(List.of("location.location_type", "service.status", "service.url"),
                    notKept.stream().map(n -> n.substring(0, n.indexOf(':'))).toList(), notKept.toString());
            assertTrue(notKept.stream().allMatch(n -> n.matches(".*: [0-9]+ records")), notKept.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void csvInternal(String council) {
        csv(council, Audience.INTERNAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trafford", "herefordshire"})
    void csvPublic(String council) {
        csv(council, Audience.PUBLIC);
    }

    /** Organisations first, then people (INTERNAL), then assets: each refers only to what came before. */
    private static void csv(String council, Audience audience) {
        try (LocalityStore source = full(council); LocalityStore target = frame(council)) {
            Map<String, byte[]> first = export(source, "csv", council, audience);
            int created = 0;
            for (String[] step : new String[][] {{"organisations", "organisations.csv"}, {"people", "people.csv"},
                    {"assets", "assets.csv"}}) {
                if (first.containsKey(step[1])) {
                    created += importFile(target, step[0], council, step[1], first.get(step[1])).created();
                    ImportResult again = importFile(source, step[0], council, step[1], first.get(step[1]));
                    assertEquals(again.total(), again.unchanged(), step[1] + " back into its own store changes"
                            + " nothing: " + again);
                }
            }
            assertTrue(created > 20, "records created: " + created);
            assertSameFiles(first, export(target, "csv", council, audience), council + " CSV " + audience);
        }
    }
}
