package org.localityworking.publishing.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.run.Exporting;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.run.Reports;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;

/**
 * A report, output format or exporter plug-in as the publishing kit drives it: every output it makes for a council
 * and an audience, as text, each named for messages.
 */
@API(status = MAINTAINED, since = "1.0")
public interface PluginUnderTest {
    /** {@return the plug-in's kind and id, for messages} */
    String name();

    /**
     * {@return every output the plug-in makes for them, by a name saying what it is; none when it refuses the
     *         audience (an exporter that serves only INTERNAL, for example)}
     *
     * @param store    the kit's store
     * @param council  the council
     * @param audience the audience
     */
    Map<String, String> outputs(LocalityStore store, String council, Audience audience);

    /** The moment every output of the kit is made at. */
    Instant GENERATED = HostileCouncils.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC);

    /**
     * A report plug-in, rendered in every format the library finds, for the whole council and each locality.
     *
     * @param report the report
     * @return it under test
     */
    static PluginUnderTest report(ReportDefinition report) {
        return new PluginUnderTest() {
            @Override
            public String name() {
                return "report " + report.id();
            }

            @Override
            public Map<String, String> outputs(LocalityStore store, String council, Audience audience) {
                return renders(store, council, audience, List.of(report), FormatRegistry.discover().all());
            }
        };
    }

    /**
     * An output format plug-in, rendering every report the library finds, for the whole council and each locality.
     *
     * @param format the format
     * @return it under test
     */
    static PluginUnderTest format(OutputFormat format) {
        return new PluginUnderTest() {
            @Override
            public String name() {
                return "format " + format.id();
            }

            @Override
            public Map<String, String> outputs(LocalityStore store, String council, Audience audience) {
                return renders(store, council, audience, ReportRegistry.discover().all(), List.of(format));
            }
        };
    }

    /**
     * An exporter plug-in, for the whole council and each locality, with the options the kit gives every exporter
     * ({@code prefix}, {@code funderId}, {@code serviceUrl}); a request it refuses with a
     * {@link ValidationException} (an audience or a locality it does not serve) makes no output.
     *
     * @param exporter the exporter
     * @return it under test
     */
    static PluginUnderTest exporter(DataExporter exporter) {
        return new PluginUnderTest() {
            @Override
            public String name() {
                return "exporter " + exporter.id();
            }

            @Override
            public Map<String, String> outputs(LocalityStore store, String council, Audience audience) {
                Map<String, String> out = new LinkedHashMap<>();
                for (Optional<String> scope : scopes(council)) {
                    Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
                    ExportRequest request = new ExportRequest(council, scope, audience, Map.of("prefix", "360G-" + council,
                            "funderId", "GB-LAE-" + council.toUpperCase(java.util.Locale.ROOT).substring(0, 3),
                            "serviceUrl", "https://directory.example/{id}"), GENERATED);
                    try {
                        Exporting.export(store, exporter, request, name -> files.computeIfAbsent(name,
                                k -> new ByteArrayOutputStream()));
                    } catch (ValidationException refused) {
                        continue;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    files.forEach((name, bytes) -> out.put(exporter.id() + " " + scope.orElse(council) + " " + name,
                            bytes.toString(StandardCharsets.UTF_8)));
                }
                return out;
            }
        };
    }

    /** Each report built once a scope, rendered in each format, named by report, scope and format. */
    private static Map<String, String> renders(LocalityStore store, String council, Audience audience,
                                               List<ReportDefinition> reports, List<OutputFormat> formats) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Optional<String> scope : scopes(council)) {
            for (ReportDefinition r : reports) {
                Report built = Reports.build(store, r, request(council, scope, audience));
                for (OutputFormat f : formats) {
                    out.put(r.id() + " " + scope.orElse(council) + " " + f.id(), render(f, built));
                }
            }
        }
        return out;
    }

    private static List<Optional<String>> scopes(String council) {
        List<Optional<String>> out = new ArrayList<>();
        out.add(Optional.empty());
        out.add(Optional.of(council + "-north"));
        out.add(Optional.of(council + "-south"));
        return out;
    }

    private static ReportRequest request(String council, Optional<String> locality, Audience audience) {
        return new ReportRequest(council, locality, audience, HostileCouncils.AS_OF, Optional.empty(), Optional.empty(),
                GENERATED);
    }

    private static String render(OutputFormat format, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
