package org.localityworking.storage.registry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.spi.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one registry of storage providers, discovered with {@link ServiceLoader} (from
 * {@code META-INF/services} on the class path, or {@code provides} clauses on the module path).
 *
 * <ul>
 *   <li>A provider that fails to load, or targets another SPI version, is logged, listed in
 *       {@link #problems()} and skipped.</li>
 *   <li>Two providers with the same id make discovery fail, naming both.</li>
 *   <li>{@link #forLocation} fails, naming the location and every provider found, when no provider or
 *       more than one accepts the location. There is no "first one found wins".</li>
 * </ul>
 * What was found is logged at INFO through SLF4J.
 */
public final class StorageProviderRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(StorageProviderRegistry.class);
    private static final int MAX_LOAD_ERRORS = 100;

    private final List<StorageProvider> providers;
    private final List<String> problems;

    private StorageProviderRegistry(List<StorageProvider> providers, List<String> problems) {
        Map<String, StorageProvider> byId = new LinkedHashMap<>();
        for (StorageProvider p : providers) {
            StorageProvider other = byId.putIfAbsent(p.id(), p);
            if (other != null) {
                throw new StorageException("Two storage providers have the id '" + p.id() + "': "
                        + other.getClass().getName() + " and " + p.getClass().getName()
                        + ". Remove one jar from the class path, or choose one explicitly with -D"
                        + Stores.PROVIDER_PROPERTY + "=<class name>. Providers found: " + describe(providers));
            }
        }
        this.providers = List.copyOf(providers);
        this.problems = List.copyOf(problems);
    }

    /** @return the providers visible to the thread's context class loader (or this library's loader) */
    public static StorageProviderRegistry discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : StorageProviderRegistry.class.getClassLoader());
    }

    /** @return the providers visible to the class loader */
    public static StorageProviderRegistry discover(ClassLoader loader) {
        return load(ServiceLoader.load(StorageProvider.class, loader));
    }

    /** @return a registry of exactly these providers, with no discovery (for tests and explicit wiring) */
    public static StorageProviderRegistry of(List<StorageProvider> providers) {
        return new StorageProviderRegistry(providers, List.of());
    }

    private static StorageProviderRegistry load(ServiceLoader<StorageProvider> loader) {
        List<StorageProvider> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<StorageProvider> it = loader.iterator();
        while (problems.size() < MAX_LOAD_ERRORS) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                StorageProvider p = it.next();
                if (p.spiVersion() != StorageProvider.SPI_VERSION) {
                    String problem = p.getClass().getName() + " targets storage SPI version " + p.spiVersion()
                            + " but this library implements version " + StorageProvider.SPI_VERSION;
                    LOG.warn("Skipping storage provider: {}", problem);
                    problems.add(problem);
                    continue;
                }
                found.add(p);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                String problem = "a storage provider failed to load: " + e;
                LOG.warn("Skipping storage provider: {}", problem, e);
                problems.add(problem);
            }
        }
        StorageProviderRegistry registry = new StorageProviderRegistry(found, problems);
        LOG.info("Storage providers found: {}", found.isEmpty() ? "none" : describe(found));
        return registry;
    }

    private static String describe(List<StorageProvider> providers) {
        return providers.stream()
                .map(p -> p.id() + " (" + p.getClass().getName() + ", SPI " + p.spiVersion() + ", e.g. "
                        + String.join(" ", p.locationExamples()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** @return the providers found, in discovery order */
    public List<StorageProvider> providers() {
        return providers;
    }

    /** @return what went wrong loading providers that were skipped */
    public List<String> problems() {
        return problems;
    }

    /**
     * @return the provider with the id
     * @throws StorageException naming the id and every provider found, when none has it
     */
    public StorageProvider byId(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new StorageException("No storage provider has the id '" + id + "'. "
                        + found() + hint()));
    }

    /**
     * @return the one provider that accepts the location
     * @throws StorageException naming the location and every provider found, when none or several accept it
     */
    public StorageProvider forLocation(String location) {
        List<StorageProvider> accepting = providers.stream().filter(p -> p.accepts(location)).toList();
        if (accepting.size() == 1) {
            return accepting.get(0);
        }
        if (accepting.isEmpty()) {
            throw new StorageException("No storage provider accepts the location '" + location + "'. " + found()
                    + hint());
        }
        throw new StorageException("Several storage providers accept the location '" + location + "': "
                + describe(accepting) + ". Choose one explicitly (Stores.builder().provider(...), or -D"
                + Stores.PROVIDER_PROPERTY + "=<class name>), or remove one from the class path.");
    }

    private String found() {
        return "Providers found: " + (providers.isEmpty() ? "none" : describe(providers)) + "."
                + (problems.isEmpty() ? "" : " Providers that failed to load: " + problems + ".");
    }

    private static String hint() {
        return " Put a storage provider jar (for example locality-storage-memory or locality-storage-jdbc) on the"
                + " class path or module path.";
    }
}
