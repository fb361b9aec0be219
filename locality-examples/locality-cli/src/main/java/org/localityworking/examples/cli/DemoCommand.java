package org.localityworking.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The demo: both councils' example data into the store, then every report in HTML and Markdown. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Loads both example councils into the store and writes their report site.",
        description = {"Loads Trafford's and Herefordshire's example data (drawn from the source documents) into the store,",
            "then writes every report, in HTML and Markdown, for each council and each of its 13 localities,",
            "as a site: a front page for each council, a page for each locality, navigation on every page."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", defaultValue = "locality-reports", paramLabel = "FOLDER",
            description = "Where to write the reports (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--audience", defaultValue = "INTERNAL", description = "INTERNAL or PUBLIC (default: ${DEFAULT-VALUE})")
    Audience audience;

    @Option(names = "--as-of", defaultValue = "2016-03-01", paramLabel = "DATE",
            description = "The day the reports describe (default: ${DEFAULT-VALUE}, just after the Trafford update)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        java.io.ByteArrayOutputStream summary = new java.io.ByteArrayOutputStream();
        int violations = CouncilSummary.run(new java.io.PrintStream(summary, true, java.nio.charset.StandardCharsets.UTF_8));
        o.print(summary.toString(java.nio.charset.StandardCharsets.UTF_8));
        try (LocalityStore s = store.open()) {
            for (Dataset d : ExampleData.both()) {
                if (s.get(StandardKinds.COUNCIL, d.councilId()).isPresent()) {
                    o.println("Store " + s.location() + " already holds " + d.councilId() + ": using the data it has.");
                } else {
                    d.loadInto(s);
                    o.println("Loaded " + d.entries().size() + " records of " + d.councilId() + " into " + s.location());
                }
            }
            ReportSite.Result site = ReportSite.builder().store(s).council("trafford").council("herefordshire")
                    .audience(audience).asOf(asOf).formats(List.of("html", "markdown")).build().write(out);
            Path index = site.index().toAbsolutePath().normalize();
            o.println("Wrote " + site.reports() + " report files (" + audience + ") to " + out.toAbsolutePath().normalize()
                    + ", with a front page for each council and a page for each locality");
            o.println("Open " + index);
        }
        return violations == 0 ? 0 : 1;
    }
}
