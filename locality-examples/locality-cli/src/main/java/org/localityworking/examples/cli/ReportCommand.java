package org.localityworking.examples.cli;

import org.localityworking.reporting.run.Reports;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One report, for one locality or council, in one format, for one audience. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes one report for a council or one of its localities. --list shows the reports.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REPORT", description = "The report's id, for example asset-map")
    String reportId;

    @Option(names = "--list", description = "List the reports and formats available")
    boolean list;

    @Option(names = "--council", paramLabel = "ID", description = "The council, for example trafford")
    String council;

    @Option(names = "--locality", paramLabel = "ID", description = "One locality (default: the whole council)")
    String locality;

    @Option(names = "--format", defaultValue = "html", description = "html, markdown, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--audience", defaultValue = "INTERNAL", description = "INTERNAL or PUBLIC (default: ${DEFAULT-VALUE})")
    Audience audience;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day the report describes (default: today)")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PluginRegistry<ReportDefinition> reports = ReportRegistry.discover();
        PluginRegistry<OutputFormat> formats = FormatRegistry.discover();
        if (list || reportId == null) {
            reports.all().forEach(r -> o.println(r.id() + "\t" + r.title() + ": " + r.description()));
            o.println("Formats: " + String.join(", ", formats.all().stream().map(f -> f.id()).toList()));
            return list ? 0 : 2;
        }
        if (council == null) {
            throw new ParameterException(spec.commandLine(), "--council is required");
        }
        ReportDefinition def = reports.find(reportId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown report '" + reportId + "'. Known reports: " + String.join(", ", reports.ids())));
        OutputFormat outputFormat = formats.find(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown format '" + format + "'. Known formats: " + String.join(", ", formats.ids())));
        try (LocalityStore s = store.openExisting()) {
            Known.councilAndLocality(s, council, java.util.Optional.ofNullable(locality));
            ReportRequest.Builder request = ReportRequest.builder().councilId(council).audience(audience)
                    .asOf(asOf == null ? LocalDate.now(java.time.ZoneId.systemDefault()) : asOf).generatedAt(Instant.now());
            if (locality != null) {
                request.localityId(locality);
            }
            Report report = Reports.build(s, def, request.build());
            if (out == null) {
                OutputStream stdout = new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() {
                        // leave standard output open
                    }
                };
                outputFormat.render(report, stdout);
                stdout.flush();
            } else {
                try (OutputStream os = Files.newOutputStream(out)) {
                    outputFormat.render(report, os);
                }
                o.println("Wrote " + out.toAbsolutePath().normalize());
            }
        }
        return 0;
    }
}
