package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.internal.Deferred;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.reporting.spi.ReportContext;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.reporting.spi.ReportParameter;
import org.localityworking.storage.LocalityStore;

/**
 * A site writes each page straight into its file: a page whose rendering fails part-way leaves no file behind (not
 * an empty or half-written page that a committee would open as the report), and the failure is the caller's.
 */
class SiteFailedPageTest {
    @TempDir
    Path dir;

    /** A report whose ward map's markers cannot be made: HTML draws them, so its page fails while being written. */
    static final class FailsWhenDrawn implements ReportDefinition {
        @Override
        public String id() {
            return "fails-when-drawn";
        }

        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String title() {
            return "Fails when drawn";
        }

        @Override
        public String description() {
            return "A map whose markers cannot be read";
        }

        @Override
        public List<ReportParameter> parameters() {
            return List.of();
        }

        @Override
        public Report build(ReportContext context) {
            WardLayout.Hex hex = new WardLayout.Hex("w1", "Ward", "l1", 0, 0);
            List<WardMap.Marker> markers = new Deferred<>("WardMap.Tile.markers", 1, () -> {
                throw new IllegalStateException("the markers' source went away");
            });
            return Report.builder().reportId(id()).title(title()).subject(context.request().councilId())
                    .audience(context.request().audience()).generatedAt(context.request().generatedAt())
                    .sections(List.of(new Section("Map", List.of(new Paragraph("Before the map."),
                            new WardMap("Wards", List.of(new WardMap.Tile(hex, "Locality", markers)))))))
                    .build();
        }
    }

    @Test
    void aPageThatFailsWhileWrittenLeavesNoFile() throws Exception {
        try (LocalityStore store = Fixture.bothCouncils()) {
            ReportSite site = ReportSite.builder().store(store).council("trafford").audience(Audience.PUBLIC)
                    .asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED).formats(List.of("html", "markdown"))
                    .reports(ReportRegistry.of(List.of(new FailsWhenDrawn()))).build();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> site.write(dir));
            assertEquals("the markers' source went away", e.getMessage());
            Path council = dir.resolve("trafford/council");
            assertTrue(Files.isRegularFile(council.resolve("fails-when-drawn.md")),
                    "Markdown counts the markers, so its file was written first");
            assertFalse(Files.exists(council.resolve("fails-when-drawn.html")), "no half-written page");
        }
    }
}
