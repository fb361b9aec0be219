package org.localityworking.examples.cli;

import org.localityworking.reporting.run.Reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Ward;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * A council that is neither example (docs/examples/ashcombe.properties), set up from its own file: every
 * report, in every format, for both audiences, for the council and each of its localities, speaks of that
 * council only. No text of the example councils' data, their campaigns or the project's source notes appears.
 */
class ThirdCouncilReportsTest {
    /** What would betray text built into a report: the project's notes and the example councils' words. */
    private static Set<String> forbidden() {
        Set<String> words = new TreeSet<>(List.of("seed", "Trafford", "Herefordshire", "Be Bold", "M16",
                "Make Sale Smile", "Enabling Group", "Locality Partnership", "Lead Locality Officer"));
        for (Dataset d : ExampleData.both()) {
            d.all(StandardKinds.LOCALITY).stream().map(Locality::name).forEach(words::add);
            d.all(StandardKinds.WARD).stream().map(Ward::name).filter(n -> n.length() > 4).forEach(words::add);
            d.all(StandardKinds.ORGANISATION).stream().map(Organisation::name).forEach(words::add);
            d.all(StandardKinds.PERSON).stream().map(Person::name).forEach(words::add);
        }
        return words;
    }

    @Test
    void everyReportOfAThirdCouncilSpeaksOfThatCouncilOnly() throws IOException {
        CouncilDefinition ashcombe = CouncilConfigurations.read(SetupCommandTest.ASHCOMBE);
        Set<String> forbidden = forbidden();
        assertTrue(forbidden.size() > 100, "words checked: " + forbidden.size());
        List<String> found = new ArrayList<>();
        int renders = 0;
        try (LocalityStore store = Stores.open("memory:ashcombe")) {
            store.runInTransaction(u -> SetupCommand.save(u, ashcombe));
            List<java.util.Optional<String>> scopes = new ArrayList<>();
            scopes.add(java.util.Optional.empty());
            ashcombe.localities().forEach(l -> scopes.add(java.util.Optional.of(l.id())));
            for (ReportDefinition def : ReportRegistry.discover().all()) {
                for (Audience audience : Audience.values()) {
                    for (java.util.Optional<String> locality : scopes) {
                        ReportRequest.Builder request = ReportRequest.builder().councilId("ashcombe").audience(audience)
                                .asOf(LocalDate.of(2026, 12, 1)).generatedAt(Instant.parse("2026-12-01T09:00:00Z"));
                        locality.ifPresent(request::localityId);
                        Report report = Reports.build(store, def, request.build());
                        for (OutputFormat format : FormatRegistry.discover().all()) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            format.render(report, out);
                            String text = out.toString(StandardCharsets.UTF_8);
                            for (String word : forbidden) {
                                if (text.contains(word)) {
                                    found.add(def.id() + " " + format.id() + " " + audience + " " + locality
                                            + ": '" + word + "'");
                                }
                            }
                            renders++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found.stream().distinct().toList());
        assertTrue(renders >= 11 * 4 * 2 * 4, "renders checked: " + renders);
    }
}
