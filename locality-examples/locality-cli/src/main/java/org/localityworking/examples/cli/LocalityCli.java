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
 * <p>Exit codes: 0 done; 1 bad input or a store problem (the message, one line, says which line, field or
 * location); 2 a usage error. A command that fails leaves nothing it created behind (a new SQLite file, an export's
 * folder).
 */
@Command(name = "locality", mixinStandardHelpOptions = true, version = "Locality Working 1.0.0",
        description = "Locality Working: load council data, import spreadsheets, and write reports.",
        subcommands = {DemoCommand.class, SetupCommand.class, ImportCommand.class, ReportCommand.class, ExportCommand.class,
            SubjectAccessCommand.class, EraseCommand.class,
            HelpCommand.class})
public final class LocalityCli implements Runnable {
    @Spec
    CommandSpec spec;

    /** Read before parsing ({@link #pluginsFolder}); declared here so every command accepts it and lists it. */
    @CommandLine.Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "A folder of plug-in jars (storage backends, reports, formats, importers, exporters, with"
                    + " the jars they need); default: plugins/ beside locality-cli.jar")
    java.nio.file.Path plugins;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Choose a command: demo, setup, import, report, export, subject-access or erase (see --help)");
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
        // a date as a UK user writes it (1/3/2016) as well as ISO; the message says both forms
        cl.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return Known.date(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        // a usage mistake is one line saying what is wrong and where the help is, never the whole usage text
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine cmd = ex.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            String hint = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                    ? "; did you mean " + String.join(" or ", u.getSuggestions()) + "?" : "";
            cmd.getErr().println("error: " + ex.getMessage().replace("\n", " ").strip() + hint + " (" + name
                    + " --help shows the options)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // one line, never a stack trace: ImportException is a ValidationException, by line and column
            cmd.getErr().println("error: " + oneLine(ex));
            if (ex instanceof org.localityworking.interop.ImportInterruptedException) {
                Created.keep(); // batches landed in the new store, and the message says to run the import again
            }
            return 1;
        });
        Created.begin();
        int code = 1;
        Plugins plugins = null;
        try {
            plugins = Plugins.install(pluginsFolder(args));
            code = cl.execute(args);
        } catch (ValidationException e) {
            cl.getErr().println("error: " + e.getMessage());
        } catch (LinkageError e) {
            // a plug-in built against a class that is not here: its missing dependency, in one line
            cl.getErr().println("error: a plug-in could not run: " + org.localityworking.core.plugin.PluginRegistry
                    .missingClass(e).map(c -> "it needs the class " + c + ", which is in none of the jars: put the jar"
                            + " that holds it in the plug-in folder beside the plug-in")
                    .orElse("it was built against something other than what is here (" + e + ")"));
        } finally {
            if (plugins != null) {
                plugins.close();
            }
            if (code == 0) {
                Created.keep();
            } else {
                Created.undo(); // a refused command leaves nothing it created behind
            }
        }
        return code;
    }

    /**
     * The plug-in folder must join the class path before any command discovers plug-ins, so it is read from the
     * arguments first ({@code --plugins DIR} or {@code --plugins=DIR}, anywhere); picocli then parses it again
     * as the {@code --plugins} option every command declares, for its help.
     */
    static java.util.Optional<java.nio.file.Path> pluginsFolder(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--plugins") && i + 1 < args.length) {
                return java.util.Optional.of(java.nio.file.Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--plugins=")) {
                return java.util.Optional.of(java.nio.file.Path.of(args[i].substring("--plugins=".length())));
            }
        }
        return java.util.Optional.empty();
    }

    /** {@return the failure as the one line the user reads} */
    static String oneLine(Exception ex) {
        if (ex instanceof ValidationException || ex instanceof StorageException || ex instanceof PluginException) {
            return ex.getMessage();
        }
        java.io.IOException io = ex instanceof java.io.IOException e ? e
                : ex instanceof java.io.UncheckedIOException u ? u.getCause() : null;
        if (io instanceof java.nio.file.NoSuchFileException e) {
            return e.getFile() + " does not exist" + (e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")");
        }
        if (io instanceof java.nio.file.AccessDeniedException e) {
            return "permission denied: cannot write or read " + e.getFile();
        }
        if (io instanceof java.nio.file.FileAlreadyExistsException e) {
            return e.getFile() + " already exists and is not a folder";
        }
        if (io instanceof java.nio.file.NotDirectoryException e) {
            return e.getFile() + " is not a folder";
        }
        if (io instanceof java.nio.file.FileSystemException e) {
            return "cannot use " + e.getFile() + (e.getReason() == null ? "" : ": " + e.getReason());
        }
        if (io != null) {
            return "could not read or write a file: " + io.getMessage();
        }
        return "the command failed unexpectedly (" + ex.getClass().getSimpleName().replace("Exception", "") + ": "
                + ex.getMessage() + "); nothing it was writing was kept. Please report this with the command you ran";
    }
}
