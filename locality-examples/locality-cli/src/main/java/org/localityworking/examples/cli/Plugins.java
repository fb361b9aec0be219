package org.localityworking.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.localityworking.core.ValidationException;

/**
 * The plug-in folder: every jar in it (a storage backend, report, format, importer or exporter, with the jars it
 * needs) joins the class path the registries discover from. The folder is {@code --plugins DIR}, or else
 * {@code plugins/} beside {@code locality-cli.jar}. Discovery uses the thread's context class loader
 * ({@code PluginRegistry.defaultLoader}), so every registry finds the folder's plug-ins; a plug-in that cannot load
 * is skipped and logged at WARN, as on the class path.
 */
final class Plugins implements AutoCloseable {
    private final ClassLoader previous;
    private final Optional<URLClassLoader> loader;
    private final List<Path> jars;

    private Plugins(ClassLoader previous, Optional<URLClassLoader> loader, List<Path> jars) {
        this.previous = previous;
        this.loader = loader;
        this.jars = jars;
    }

    /** {@return the jars the folder added} */
    List<Path> jars() {
        return jars;
    }

    /**
     * Puts the folder's jars on the context class loader until {@link #close()}.
     *
     * @param folder the folder given with {@code --plugins}, if one was
     * @throws ValidationException when a folder was given and is not one
     */
    static Plugins install(Optional<Path> folder) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        Optional<Path> dir = folder.or(Plugins::besideTheJar);
        if (folder.isPresent() && !Files.isDirectory(folder.get())) {
            throw new ValidationException("--plugins", folder.get().toString(), "must be a folder of plug-in jars");
        }
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return new Plugins(previous, Optional.empty(), List.of());
        }
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir.get())) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jars.isEmpty()) {
            return new Plugins(previous, Optional.empty(), List.of());
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("A file path is always a URL: " + jar, e);
            }
        }
        URLClassLoader loader = new URLClassLoader("locality-plugins", urls.toArray(URL[]::new),
                previous != null ? previous : Plugins.class.getClassLoader());
        thread.setContextClassLoader(loader);
        return new Plugins(previous, Optional.of(loader), jars);
    }

    /** @return {@code plugins/} beside the jar the app runs from, when it runs from a jar */
    private static Optional<Path> besideTheJar() {
        try {
            var source = LocalityCli.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path at = Path.of(source.getLocation().toURI());
            return at.toString().endsWith(".jar") && at.getParent() != null
                    ? Optional.of(at.getParent().resolve("plugins")) : Optional.empty();
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        Thread.currentThread().setContextClassLoader(previous);
        loader.ifPresent(l -> {
            try {
                l.close();
            } catch (IOException e) {
                // the jars were only read
            }
        });
    }
}
