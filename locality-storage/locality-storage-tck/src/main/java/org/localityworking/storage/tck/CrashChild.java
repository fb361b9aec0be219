package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * The child JVM of the kit's crash trials: opens the location with the named provider, then commits units
 * of work until it is killed, printing {@code ACK n} after each commit returns. Each unit creates event
 * {@code ev-crash-n} and adds one voter to a counter, so a unit seen half-applied shows on reopen.
 *
 * <p>Arguments: the provider's class name, the location, then options as {@code key=value}. Used by the
 * kit's crash trial, and by a backend's own longer trials (the JDBC module's SQLite trial adds an integrity
 * check of the file).
 */
@API(status = MAINTAINED, since = "1.0")
public final class CrashChild {
    /** The counter's voters before any unit ran (the sample voting event's). */
    public static final int START = SampleData.SALE_VOTE.voters();

    private CrashChild() {
    }

    /**
     * Runs until killed.
     *
     * @param args provider class name, location, then {@code key=value} options
     * @throws Exception when the provider cannot be created
     */
    public static void main(String[] args) throws Exception {
        try (LocalityStore store = open(args[0], args[1], args, 2)) {
            if (store.get(StandardKinds.COUNCIL, "trafford").isEmpty()) {
                SampleData.saveAll(store);
            }
            int n = (int) store.query(StandardKinds.EVENT, Query.all()).stream()
                    .filter(v -> v.value().id().startsWith("ev-crash-")).count();
            System.out.println("READY " + n);
            System.out.flush();
            while (true) {
                int i = ++n;
                store.runInTransaction(u -> {
                    u.save(StandardKinds.EVENT, EngagementEvent.builder().id("ev-crash-" + i).localityId(SampleData.OTAS)
                            .kind(EventKind.COMMUNITY_EVENT).title("Event " + i)
                            .heldOn(LocalDate.of(2015, 1, 1).plusDays(i % 3000)).attendance(i).build(), 0);
                    Versioned<VotingEvent> counter = u.get(StandardKinds.VOTING_EVENT, SampleData.SALE_VOTE.id()).orElseThrow();
                    u.save(StandardKinds.VOTING_EVENT, counter.value().withVoters(counter.value().voters() + 1), counter.version());
                });
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }

    /**
     * Starts the child on this JVM's class path, waits for its first acknowledged commit, lets it run a random
     * while longer, and kills it with SIGKILL.
     *
     * @param provider     the provider class the child opens the location with
     * @param location     the location
     * @param options      the provider's options
     * @param random       chooses how long the child runs after its first acknowledgement (20 to 400 ms)
     * @param acknowledged receives every unit the child acknowledged before it died
     * @return the killed child's exit value (137 after SIGKILL on Linux)
     * @throws AssertionError when the child acknowledged nothing within a minute, or would not die
     * @throws Exception      when the child cannot be started or waited for
     */
    public static int runAndKill(Class<? extends StorageBackendProvider> provider, String location,
                                 Map<String, String> options, java.util.Random random,
                                 java.util.Set<Integer> acknowledged) throws Exception {
        java.util.List<String> command = javaCommand(CrashChild.class, java.util.List.of(provider), provider.getName(),
                location);
        options.forEach((k, v) -> command.add(k + "=" + v));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        java.util.List<String> output = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.CountDownLatch firstAck = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                    child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    keep(output, line);
                    parseAck(line).ifPresent(n -> {
                        acknowledged.add(n);
                        firstAck.countDown();
                    });
                }
            } catch (java.io.IOException e) {
                // the child died: its output ends here
            }
        });
        reader.start();
        // wait for the first acknowledgement, but no longer than the child lives: a child that failed says why
        boolean acked = false;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!acked && System.nanoTime() < deadline) {
            acked = firstAck.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (!acked && !child.isAlive()) {
                reader.join(10_000);
                throw new AssertionError("the child process exited (" + child.exitValue() + ") before it"
                        + " acknowledged a commit; it printed:\n" + String.join("\n", output));
            }
        }
        if (acked) {
            Thread.sleep(20 + random.nextInt(380));
        }
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        if (!child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new AssertionError("the child process did not die after SIGKILL");
        }
        reader.join(10_000);
        if (!acked) {
            throw new AssertionError("the child acknowledged no commit within a minute; it printed:\n"
                    + String.join("\n", output));
        }
        return child.exitValue();
    }

    /**
     * Opens a child's store: the named provider on the location, with the kit's own kind, and the options given as
     * {@code key=value} arguments from {@code from} on.
     *
     * @throws Exception when the provider cannot be created or the store opened
     */
    static LocalityStore open(String providerClass, String location, String[] args, int from) throws Exception {
        StorageBackendProvider provider = Class.forName(providerClass).asSubclass(StorageBackendProvider.class).getConstructor()
                .newInstance();
        Map<String, String> options = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            options.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        Stores.Builder builder = Stores.builder().provider(provider).location(location).kind(WarmSpace.KIND);
        options.forEach(builder::option);
        return builder.open();
    }

    /** The most lines of a child's output kept for a failure's message. */
    static final int KEPT_LINES = 60;

    /** Keeps the first lines of a child's output (where its error is), then the last ones. */
    static void keep(java.util.List<String> output, String line) {
        synchronized (output) {
            if (output.size() >= KEPT_LINES) {
                output.remove(KEPT_LINES / 2);
            }
            output.add(line);
        }
    }

    /**
     * The command that runs a class's {@code main} in a child JVM with everything this JVM can load: its class
     * path and, when it runs on the module path (as Surefire 3 runs a modular project's tests), the module path's
     * jars and folders too, all on the child's class path (where the providers are found through
     * {@code META-INF/services}).
     *
     * @param main      the class to run
     * @param loadedFrom classes whose jar or folder the child needs as well (a provider in a test's own classes,
     *                   which Surefire patches into the module rather than naming on the module path)
     * @param args      its arguments
     * @return the command, which the caller may add to
     */
    public static java.util.List<String> javaCommand(Class<?> main, java.util.List<Class<?>> loadedFrom,
                                                     String... args) {
        java.util.List<String> path = new java.util.ArrayList<>();
        for (Class<?> c : loadedFrom) {
            java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try {
                    path.add(java.nio.file.Path.of(source.getLocation().toURI()).toString());
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    // not a file: the class path below must hold it
                }
            }
        }
        for (String property : java.util.List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                path.add(value);
            }
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(java.io.File.pathSeparator, path), main.getName()));
        command.addAll(java.util.List.of(args));
        return command;
    }

    /**
     * {@return the acknowledged unit the line reports, if it reports one}
     *
     * @param line a line of the child's output
     */
    public static Optional<Integer> parseAck(String line) {
        return line.startsWith("ACK ") ? Optional.of(Integer.parseInt(line.substring(4).strip())) : Optional.empty();
    }
}
