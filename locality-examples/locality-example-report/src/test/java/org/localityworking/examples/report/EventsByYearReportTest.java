package org.localityworking.examples.report;

import org.localityworking.reporting.run.Reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/** The plug-in is found on the class path beside the built-in reports and renders in any format. */
class EventsByYearReportTest {
    @Test
    void theRegistryFindsThePlugInBesideTheBuiltIns() {
        PluginRegistry<ReportDefinition> registry = ReportRegistry.discover();
        assertInstanceOf(EventsByYearReport.class, registry.byId("events-by-year"));
        assertEquals(13, registry.all().size(), "12 built-in reports and this one");
    }

    @Test
    void itFlagsTheHerefordshireLocalityWithNoEventIn2012() throws Exception {
        try (LocalityStore store = Stores.open("memory:")) {
            ExampleData.herefordshire().loadInto(store);
            Report report = Reports.build(store, ReportRegistry.discover().byId("events-by-year"), ReportRequest.builder()
                    .councilId("herefordshire").audience(Audience.PUBLIC).asOf(LocalDate.of(2013, 1, 1))
                    .generatedAt(Instant.parse("2013-01-01T00:00:00Z")).build());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FormatRegistry.discover().byId("markdown").render(report, out);
            String md = out.toString(StandardCharsets.UTF_8);
            assertTrue(md.contains("|Kington|1|0|"), md);
            assertTrue(md.contains("**Warning:** Kington held 0 events in 2012, the council's minimum is 1."), md);
        }
    }
}
