package org.localityworking.examples.report;

import java.util.List;
import org.localityworking.publishing.tck.PluginUnderTest;
import org.localityworking.publishing.tck.PublishingCompatibilityKit;

/** The publishing kit over the example report plug-in, as a plug-in author's test subclasses it. */
class EventsByYearPublishingTest extends PublishingCompatibilityKit {
    @Override
    protected List<PluginUnderTest> plugins() {
        return List.of(PluginUnderTest.report(new EventsByYearReport()));
    }
}
