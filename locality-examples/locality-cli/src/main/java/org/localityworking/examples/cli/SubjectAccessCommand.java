package org.localityworking.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.SubjectAccess;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A subject access document for one person: what the store holds about them, in words they can read. */
@Command(name = "subject-access", mixinStandardHelpOptions = true,
        header = "Writes everything the store holds about one person, as a document they can read.",
        description = {"Writes everything the store holds about one person as a document they can read (what each",
            "record is, why it is kept, who can see it, and the record), in HTML or Markdown, or as JSON. Other",
            "people named in their records are shown as [another person]."})
final class SubjectAccessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "PERSON", description = "The person's id, for example p-123")
    String personId;

    @Option(names = "--format", defaultValue = "html", description = "html, markdown or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        OutputFormat document = null;
        if (!format.equals("json")) {
            PluginRegistry<OutputFormat> formats = FormatRegistry.discover();
            document = formats.find(format).filter(f -> f.id().equals("html") || f.id().equals("markdown"))
                    .orElseThrow(() -> new ParameterException(spec.commandLine(),
                            "Unknown format '" + format + "' for a subject access document. Known formats: html, markdown, json"));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (LocalityStore s = store.openExisting()) {
            Instant now = Instant.now();
            if (document == null) {
                SubjectAccess.writeJson(s, personId, now, bytes);
            } else {
                Report report = SubjectAccess.document(s, personId, now);
                document.render(report, bytes);
            }
        }
        if (out == null) {
            System.out.write(bytes.toByteArray());
            System.out.flush();
        } else {
            Files.write(out, bytes.toByteArray());
        }
        if (out != null) {
            o.println("Wrote " + out.toAbsolutePath().normalize());
        }
        return 0;
    }
}
