package org.localityworking.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.localityworking.core.ValidationException;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code locality} command-line app: {@code demo}, {@code import}, {@code report} and {@code export},
 * each with {@code --store} to choose where the data lives ({@code memory:}, {@code sqlite:PATH},
 * {@code postgresql://...}; SQLite at {@code ./locality-data/locality.db} by default).
 *
 * <p>Exit codes: 0 done; 1 bad input or a store problem (the message says which line, field or location);
 * 2 a usage error.
 */
@Command(name = "locality", mixinStandardHelpOptions = true, version = "Locality Working 0.1.0",
        description = "Locality Working: load council data, import spreadsheets, and write reports.",
        subcommands = {DemoCommand.class, SetupCommand.class, ImportCommand.class, ReportCommand.class, ExportCommand.class,
            SubjectAccessCommand.class,
            HelpCommand.class})
public final class LocalityCli implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Choose a command: demo, setup, import, report, export or subject-access (see --help)");
    }

    /** Runs the app and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the app with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new LocalityCli());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // ImportException is a ValidationException: one message, by line and column, never a stack trace
            if (ex instanceof ValidationException || ex instanceof StorageException || ex instanceof PluginException) {
                cmd.getErr().println("error: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }
}
