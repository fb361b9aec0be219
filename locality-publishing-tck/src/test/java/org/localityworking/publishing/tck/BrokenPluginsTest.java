package org.localityworking.publishing.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The publishing kit fails plug-ins that leak: each leaky plug-in of {@link LeakyPlugins} is run through the kit's
 * tests, and the test it breaks must fail, naming what leaked.
 */
class BrokenPluginsTest {
    /** A kit over one plug-in. */
    private static PublishingCompatibilityKit kit(PluginUnderTest plugin) {
        return new PublishingCompatibilityKit() {
            @Override
            protected List<PluginUnderTest> plugins() {
                return List.of(plugin);
            }
        };
    }

    private static void failsPublic(PluginUnderTest plugin, String shown) {
        PublishingCompatibilityKit kit = kit(plugin);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> kit.new PublicOutputs().noPublicOutputShowsAPrivateResidentOrAWithheldRecord());
        assertTrue(e.getMessage().contains(shown), e.getMessage());
    }

    private static void failsIsolation(PluginUnderTest plugin, String shown) {
        PublishingCompatibilityKit kit = kit(plugin);
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> kit.new CouncilIsolation().noOutputOfOneCouncilShowsTheOther());
        assertTrue(e.getMessage().contains(shown), e.getMessage());
    }

    @Test
    void aReportThatRemembersWhatItSawInternallyFails() {
        failsPublic(PluginUnderTest.report(new LeakyPlugins.RemembersInternal()), "shows XqA01n");
    }

    @Test
    void aReportThatMixesCouncilsFails() {
        failsIsolation(PluginUnderTest.report(new LeakyPlugins.MixesCouncils()), "of bexmoor shows alderbrook's Alderbrook");
    }

    @Test
    void aReportThatReflectsIntoTheStoreFails() {
        failsPublic(PluginUnderTest.report(new LeakyPlugins.ReflectsIntoTheStore()), "(PUBLIC) shows Xq");
        failsIsolation(PluginUnderTest.report(new LeakyPlugins.ReflectsIntoTheStore()), "shows bexmoor's Xq");
    }

    @Test
    void aFormatThatKeepsWhatItRenderedFails() {
        failsPublic(PluginUnderTest.format(new LeakyPlugins.CachingFormat()), "shows Xq");
    }

    @Test
    void anExporterThatRemembersFails() {
        failsPublic(PluginUnderTest.exporter(new LeakyPlugins.RemembersExporter()), "@mail.example");
    }

    @Test
    void theKitPassesAPluginThatReadsOnlyThroughTheView() {
        PublishingCompatibilityKit kit = kit(PluginUnderTest.report(new LeakyPlugins.OneParagraph() {
            @Override
            public String id() {
                return "honest";
            }

            @Override
            String text(org.localityworking.reporting.spi.ReportContext context) {
                StringBuilder b = new StringBuilder();
                context.view().query(org.localityworking.storage.StandardKinds.PERSON, org.localityworking.storage.Query.all())
                        .forEach(v -> b.append(v.value().name()).append(' ').append(v.value().contact()).append('\n'));
                context.view().query(org.localityworking.storage.StandardKinds.ASSET, org.localityworking.storage.Query.all())
                        .forEach(v -> b.append(v.value().name()).append(' ').append(v.value().description()).append('\n'));
                context.view().query(org.localityworking.storage.StandardKinds.GRANT, org.localityworking.storage.Query.all())
                        .forEach(v -> b.append(v.value().title()).append(' ').append(v.value().purpose()).append('\n'));
                context.view().query(org.localityworking.storage.StandardKinds.STORY, org.localityworking.storage.Query.all())
                        .forEach(v -> b.append(v.value().title()).append(' ').append(v.value().text()).append('\n'));
                context.view().query(org.localityworking.storage.StandardKinds.GIFT, org.localityworking.storage.Query.all())
                        .forEach(v -> b.append(v.value().description()).append('\n'));
                context.view().query(org.localityworking.storage.StandardKinds.EVENT, org.localityworking.storage.Query.all())
                        .forEach(v -> b.append(v.value().title()).append('\n'));
                return b.toString();
            }
        }));
        kit.new PublicOutputs().noPublicOutputShowsAPrivateResidentOrAWithheldRecord();
        kit.new CouncilIsolation().noOutputOfOneCouncilShowsTheOther();
    }
}
