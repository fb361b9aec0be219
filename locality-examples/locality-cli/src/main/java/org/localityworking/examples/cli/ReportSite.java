package org.localityworking.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Locality;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * Writes every report, in the given formats, for each council as a whole and for each of its localities,
 * into a folder: {@code COUNCIL/SCOPE/REPORT.EXT}, with an {@code index.html} that links them all.
 */
final class ReportSite {
    /** A written file, for the index. */
    record Written(String council, String scope, String report, String format, Path file) {
    }

    private ReportSite() {
    }

    static List<Written> write(LocalityStore store, List<String> councils, Path out, Audience audience,
                               List<String> formatIds, LocalDate asOf) throws IOException {
        PluginRegistry<ReportDefinition> reports = ReportRegistry.discover();
        PluginRegistry<OutputFormat> formats = FormatRegistry.discover();
        List<Written> written = new ArrayList<>();
        Instant now = Instant.now();
        for (String councilId : councils) {
            Council council = store.get(Kind.COUNCIL, councilId).map(Versioned::value).orElseThrow();
            List<Optional<Locality>> scopes = new ArrayList<>();
            scopes.add(Optional.empty());
            store.query(Kind.LOCALITY, Query.all().council(councilId)).forEach(v -> scopes.add(Optional.of(v.value())));
            for (Optional<Locality> scope : scopes) {
                String scopeName = scope.map(Locality::name).orElse(council.name() + " (whole council)");
                Path dir = out.resolve(councilId).resolve(scope.map(Locality::id).orElse("council"));
                Files.createDirectories(dir);
                ReportRequest.Builder builder = ReportRequest.builder().councilId(councilId).audience(audience)
                        .asOf(asOf).generatedAt(now);
                scope.map(Locality::id).ifPresent(builder::localityId);
                ReportRequest request = builder.build();
                for (ReportDefinition def : reports.all()) {
                    Report report = def.build(store, request);
                    for (String formatId : formatIds) {
                        OutputFormat format = formats.byId(formatId);
                        Path file = dir.resolve(def.id() + "." + format.fileExtension());
                        try (OutputStream os = Files.newOutputStream(file)) {
                            format.render(report, os);
                        }
                        written.add(new Written(council.name(), scopeName, def.title(), format.id(), file));
                    }
                }
            }
        }
        Files.writeString(out.resolve("index.html"), index(out, written, audience), StandardCharsets.UTF_8);
        return written;
    }

    private static String index(Path out, List<Written> written, Audience audience) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Locality Working reports</title>\n<style>body{font-family:system-ui,Arial,sans-serif;"
                + "max-width:60rem;margin:auto;padding:1.5rem}h2{border-bottom:1px solid #ccc}li{margin:.2rem 0}"
                + "</style>\n</head>\n<body>\n<h1>Locality Working reports</h1>\n<p>Audience: ")
                .append(escape(audience.name())).append(". ").append(written.size()).append(" files.</p>\n");
        String council = null;
        String scope = null;
        String report = null;
        for (Written w : written) {
            if (!w.council().equals(council)) {
                closeList(b, scope != null);
                b.append("<h2>").append(escape(w.council())).append("</h2>\n");
                council = w.council();
                scope = null;
            }
            if (!w.scope().equals(scope)) {
                closeList(b, scope != null);
                b.append("<h3>").append(escape(w.scope())).append("</h3>\n<ul>\n");
                scope = w.scope();
                report = null;
            }
            String href = out.relativize(w.file()).toString().replace('\\', '/');
            if (!w.report().equals(report)) {
                if (report != null) {
                    b.append("</li>\n");
                }
                b.append("<li>").append(escape(w.report())).append(": ");
                report = w.report();
            } else {
                b.append(" | ");
            }
            b.append("<a href=\"").append(escape(href)).append("\">").append(escape(w.format())).append("</a>");
        }
        closeList(b, scope != null);
        return b.append("</body>\n</html>\n").toString();
    }

    private static void closeList(StringBuilder b, boolean open) {
        if (open) {
            b.append("</li>\n</ul>\n");
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
