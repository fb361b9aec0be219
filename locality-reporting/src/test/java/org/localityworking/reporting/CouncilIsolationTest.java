package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;

/**
 * No report of one council shows another's records: each of Trafford's reports (the council and each
 * locality, both audiences, every format), built from a store that holds Trafford alone, is the same
 * text as the one built from a store that also holds Herefordshire and the compatibility kit's second council,
 * whose ids are prefixes of Trafford's ({@code traff}, {@code old-trafford}, {@code sal}, {@code m16-small},
 * ward {@code E0500083}), so a match by prefix or a missing council filter shows.
 */
class CouncilIsolationTest {
    private static LocalityStore alone;
    private static LocalityStore shared;

    @BeforeAll
    static void load() {
        alone = Fixture.store(List.of(ExampleData.trafford()));
        shared = Fixture.withAnotherCouncil();
    }

    @AfterAll
    static void close() {
        alone.close();
        shared.close();
    }

    @Test
    void everyReportOfOneCouncilIsTheSameWithAnotherCouncilInTheStore() {
        List<String> differ = new ArrayList<>();
        int renders = 0;
        for (Audience audience : Audience.values()) {
            for (ReportRequest request : Fixture.everyScope(alone, audience)) {
                if (!request.councilId().equals("trafford")) {
                    continue;
                }
                for (ReportDefinition def : Fixture.REPORTS.all()) {
                    Report a = Reports.build(alone, def, request);
                    Report b = Reports.build(shared, def, request);
                    for (OutputFormat format : Fixture.FORMATS.all()) {
                        if (!Fixture.render(a, format).equals(Fixture.render(b, format))) {
                            differ.add(def.id() + " " + format.id() + " " + audience + " " + request.localityId());
                        }
                        renders++;
                    }
                }
            }
        }
        assertEquals(List.of(), differ);
        assertTrue(renders >= 11 * 4 * 5 * 2, "renders compared: " + renders);
    }
}
