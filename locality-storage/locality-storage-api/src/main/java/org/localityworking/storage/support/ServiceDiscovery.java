package org.localityworking.storage.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.localityworking.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The discovery that every registry of the library shares: {@link ServiceLoader} over a class loader; a
 * provider that fails to load or targets another SPI version is logged, listed in
 * {@link Found#problems()} and skipped; two providers with one id fail discovery, naming both; what was
 * found is logged at INFO.
 *
 * @param <T> the service type
 */
public final class ServiceDiscovery<T> {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceDiscovery.class);
    private static final int MAX_LOAD_ERRORS = 100;

    private final Class<T> service;
    private final String what;
    private final Function<T, String> id;
    private final ToIntFunction<T> spiVersion;
    private final int expectedVersion;

    /**
     * @param service         the service interface
     * @param what            what a provider is called in messages, for example "storage provider"
     * @param id              a provider's id
     * @param spiVersion      the SPI version a provider targets
     * @param expectedVersion the SPI version this library implements
     */
    public ServiceDiscovery(Class<T> service, String what, Function<T, String> id, ToIntFunction<T> spiVersion,
                            int expectedVersion) {
        this.service = service;
        this.what = what;
        this.id = id;
        this.spiVersion = spiVersion;
        this.expectedVersion = expectedVersion;
    }

    /**
     * What discovery found.
     *
     * @param providers the providers, in discovery order, ids unique
     * @param problems  what went wrong with the providers that were skipped
     * @param <T>       the service type
     */
    public record Found<T>(List<T> providers, List<String> problems) {
        public Found {
            providers = List.copyOf(providers);
            problems = List.copyOf(problems);
        }
    }

    /** @return the providers visible to the loader, checked as described above */
    public Found<T> load(ClassLoader loader) {
        List<T> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(service, loader).iterator();
        while (problems.size() < MAX_LOAD_ERRORS) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                T p = it.next();
                int version = spiVersion.applyAsInt(p);
                if (version != expectedVersion) {
                    String problem = p.getClass().getName() + " targets " + what + " SPI version " + version
                            + " but this library implements version " + expectedVersion;
                    LOG.warn("Skipping {}: {}", what, problem);
                    problems.add(problem);
                    continue;
                }
                found.add(p);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                String problem = "a " + what + " failed to load: " + e;
                LOG.warn("Skipping {}: {}", what, problem, e);
                problems.add(problem);
            }
        }
        requireUniqueIds(found);
        LOG.info("{}s found: {}", capitalised(), found.isEmpty() ? "none" : describe(found));
        return new Found<>(found, problems);
    }

    /**
     * Refuses two providers with one id.
     *
     * @throws StorageException naming the id and both classes
     */
    public void requireUniqueIds(List<T> providers) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T p : providers) {
            T other = byId.putIfAbsent(id.apply(p), p);
            if (other != null) {
                throw new StorageException("Two " + what + "s have the id '" + id.apply(p) + "': "
                        + other.getClass().getName() + " and " + p.getClass().getName()
                        + ". Remove one jar from the class path. Found: " + describe(providers));
            }
        }
    }

    /**
     * @return the provider with the id
     * @throws StorageException naming the id and listing the providers available
     */
    public T byId(List<T> providers, String wanted) {
        return providers.stream().filter(p -> id.apply(p).equals(wanted)).findFirst()
                .orElseThrow(() -> new StorageException("No " + what + " has the id '" + wanted + "'. Available: "
                        + (providers.isEmpty() ? "none" : describe(providers))));
    }

    /** @return the providers as {@code id (class)}, for messages */
    public String describe(List<T> providers) {
        return providers.stream().map(p -> id.apply(p) + " (" + p.getClass().getName() + ")")
                .collect(Collectors.joining(", "));
    }

    private String capitalised() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    /** @return the thread's context class loader, or the given class's loader */
    public static ClassLoader defaultLoader(Class<?> owner) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : owner.getClassLoader();
    }
}
