package org.localityworking.examples.web;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.localityworking.core.ValidationException;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.NoStoreException;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.OpenMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar locality-web.jar --store LOCATION}: serves the store's PUBLIC report site until stopped. The
 * store must already be there (it is opened with {@link OpenMode#MUST_EXIST}); a mistake is one line.
 */
@Command(name = "locality-web", mixinStandardHelpOptions = true, subcommands = WebMain.HashPassword.class,
        description = "Serves the PUBLIC report site of every council in a store, live, until stopped (Ctrl+C).")
public final class WebMain implements Callable<Integer> {
    @Option(names = "--store", defaultValue = "sqlite:./locality-data/locality.db", paramLabel = "LOCATION",
            description = "The store: sqlite:PATH, postgresql://HOST:PORT/DB or a plug-in's (default: ${DEFAULT-VALUE},"
                    + " where the CLI's demo leaves its data)")
    String store;

    @Option(names = "--port", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 for any)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all)")
    String host;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day the reports describe (default: today)")
    LocalDate asOf;

    @Option(names = "--accounts", paramLabel = "FILE",
            description = "The officers who may sign in to the INTERNAL site: user.NAME=HASH lines, each line made by"
                    + " 'locality-web hash-password NAME' (default: none, and the INTERNAL site is closed)")
    java.nio.file.Path accounts;

    @Option(names = "--secure-cookies", description = "Send the session cookie over HTTPS only (behind a TLS proxy)")
    boolean secureCookies;

    @Option(names = "--refresh-seconds", defaultValue = "10",
            description = "How old the rendered site may be before a request renders it again (default: ${DEFAULT-VALUE})")
    int refreshSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    /** {@code hash-password NAME}: reads a password and prints the accounts file's line for it. */
    @Command(name = "hash-password", mixinStandardHelpOptions = true,
            description = "Reads a password (at least 12 characters) from the console, or one line of standard input,"
                    + " and prints the line that lets NAME sign in, for the --accounts file. The password is not kept.")
    static final class HashPassword implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "NAME", description = "The officer's user name")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        // on Java 22 and later System.console() is there without a terminal too; its readPassword then reads the
        // redirected input, which is what the null branch does on Java 17
        @SuppressWarnings("SystemConsoleNull")
        public Integer call() throws java.io.IOException {
            java.io.Console console = System.console();
            char[] password = console != null ? console.readPassword("Password for %s: ", name)
                    : Optional.ofNullable(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                            StandardCharsets.UTF_8)).readLine()).orElse("").toCharArray();
            spec.commandLine().getOut().println(Accounts.line(name, password));
            java.util.Arrays.fill(password, ' ');
            return 0;
        }
    }

    /** Runs the app; returns when it is stopped. */
    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** {@return the exit code of running the app with these arguments and streams} */
    static int execute(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        CommandLine cl = new CommandLine(new WebMain());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, given) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage().replace("\n", " ").strip()
                    + " (locality-web --help shows the options)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + (ex instanceof ValidationException || ex instanceof StorageException
                    || ex instanceof PluginException ? ex.getMessage() : "the app failed (" + ex + ")"));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        if (refreshSeconds < 0) {
            throw new ValidationException("--refresh-seconds", Integer.toString(refreshSeconds), "must be 0 or more");
        }
        Accounts officers;
        try {
            officers = accounts == null ? Accounts.none() : Accounts.read(accounts);
        } catch (java.io.IOException e) {
            throw new ValidationException("--accounts", accounts.toString(), "must be a readable file (" + e + ")");
        }
        LocalityStore opened;
        try {
            opened = Stores.builder().location(store).openMode(OpenMode.MUST_EXIST).open();
        } catch (NoStoreException e) {
            throw new ValidationException("--store", e.location(), "names no store (" + e.missing() + "): load data"
                    + " first, for example with the CLI's demo, or correct the location");
        }
        try (LocalityStore s = opened;
             LocalityWeb web = LocalityWeb.start(s, new LocalityWeb.Settings(port, host,
                     Duration.ofSeconds(refreshSeconds), Optional.ofNullable(asOf),
                     Clock.system(ZoneId.of("Europe/London")), officers, secureCookies))) {
            String shown = host.contains(":") ? "[" + host + "]" : host;
            spec.commandLine().getOut().println("Serving the PUBLIC site of " + s.location() + " at http://" + shown + ":" + web.port()
                    + "/ (Ctrl+C stops it)");
            // Ctrl+C: the hook lets this thread stop the server and close the store, and waits for it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "locality-web-stop"));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
        return 0;
    }
}
