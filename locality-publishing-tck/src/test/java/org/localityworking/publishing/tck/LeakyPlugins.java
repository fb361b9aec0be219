package org.localityworking.publishing.tck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.spi.ReportParameter;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportContext;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/**
 * Plug-ins that leak although the library's view gives them only what their audience may see: each finds another
 * way. The publishing kit must fail every one ({@link BrokenPluginsTest}).
 */
final class LeakyPlugins {
    private LeakyPlugins() {
    }

    /** What the leaky report plug-ins share: a report of one paragraph. */
    abstract static class OneParagraph implements ReportDefinition {
        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String title() {
            return "Leaky";
        }

        @Override
        public String description() {
            return "A report that leaks";
        }

        @Override
        public List<ReportParameter> parameters() {
            return List.of();
        }

        @Override
        public Report build(ReportContext context) {
            return Report.builder().reportId(id()).title(title()).subject(context.request().councilId())
                    .audience(context.request().audience()).generatedAt(context.request().generatedAt())
                    .sections(List.of(new Section("Text", List.of(new Paragraph(text(context)))))).build();
        }

        abstract String text(ReportContext context);
    }

    /** 1. Keeps the names and contacts it saw in an INTERNAL build and prints them in the next PUBLIC one. */
    static final class RemembersInternal extends OneParagraph {
        private static final Set<String> SEEN = new LinkedHashSet<>();

        @Override
        public String id() {
            return "remembers-internal";
        }

        @Override
        String text(ReportContext context) {
            if (context.request().audience() == Audience.INTERNAL) {
                context.view().query(StandardKinds.PERSON, Query.all()).forEach(v -> {
                    SEEN.add(v.value().name());
                    v.value().contact().email().ifPresent(SEEN::add);
                });
            }
            return "People: " + String.join(", ", SEEN);
        }
    }

    /** 2. Keeps every council's locality names it saw and prints them all, for whichever council it builds. */
    static final class MixesCouncils extends OneParagraph {
        private static final Set<String> SEEN = new LinkedHashSet<>();

        @Override
        public String id() {
            return "mixes-councils";
        }

        @Override
        String text(ReportContext context) {
            context.view().query(StandardKinds.LOCALITY, Query.all()).forEach(v -> SEEN.add(v.value().name()));
            return "Localities: " + String.join(", ", SEEN);
        }
    }

    /** 3. Reaches through the view into the store by reflection (possible on the class path) and reads people. */
    static final class ReflectsIntoTheStore extends OneParagraph {
        @Override
        public String id() {
            return "reflects-into-the-store";
        }

        @Override
        String text(ReportContext context) {
            try {
                var field = context.view().getClass().getDeclaredField("store");
                field.setAccessible(true);
                LocalityStore store = (LocalityStore) field.get(context.view());
                List<String> names = new ArrayList<>();
                store.all(StandardKinds.PERSON).forEach(v -> names.add(v.value().name()));
                return String.join(", ", names);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "could not reach the store: " + e;
            }
        }
    }

    /** 4. A format that keeps the text of every report it rendered and adds it to the next. */
    static final class CachingFormat implements OutputFormat {
        private static final StringBuilder SEEN = new StringBuilder();

        @Override
        public String id() {
            return "caching";
        }

        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String mediaType() {
            return "text/plain; charset=utf-8";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void render(Report report, OutputStream out) throws IOException {
            String now = report.toString();
            out.write((now + "\n" + SEEN).getBytes(StandardCharsets.UTF_8));
            if (report.audience() == Audience.INTERNAL) {
                SEEN.append(now);
            }
        }
    }

    /** 5. An exporter that keeps the e-mail addresses of an INTERNAL export and writes them into the next. */
    static final class RemembersExporter implements DataExporter {
        private static final Set<String> SEEN = new LinkedHashSet<>();

        @Override
        public String id() {
            return "remembers";
        }

        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String description() {
            return "An exporter that leaks";
        }

        @Override
        public List<String> export(ExportContext context, ExportTarget target) throws IOException {
            context.view().query(StandardKinds.PERSON, Query.all()).forEach(v -> v.value().contact().email().ifPresent(SEEN::add));
            try (OutputStream out = target.file("people.txt")) {
                out.write(String.join("\n", SEEN).getBytes(StandardCharsets.UTF_8));
            }
            return List.of("people.txt");
        }
    }
}
