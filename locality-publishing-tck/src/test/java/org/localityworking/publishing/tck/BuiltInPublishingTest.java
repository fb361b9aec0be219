package org.localityworking.publishing.tck;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;

/** The publishing kit over every report, format and exporter the library finds: the built-ins and any plug-in. */
class BuiltInPublishingTest extends PublishingCompatibilityKit {
    @Override
    protected List<PluginUnderTest> plugins() {
        List<PluginUnderTest> all = new ArrayList<>();
        ReportRegistry.discover().all().forEach(r -> all.add(PluginUnderTest.report(r)));
        FormatRegistry.discover().all().forEach(f -> all.add(PluginUnderTest.format(f)));
        ExporterRegistry.discover().all().forEach(e -> all.add(PluginUnderTest.exporter(e)));
        return all;
    }
}
