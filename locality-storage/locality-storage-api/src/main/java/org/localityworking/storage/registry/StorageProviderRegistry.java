package org.localityworking.storage.registry;

import java.util.List;
import java.util.stream.Collectors;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.spi.StorageProvider;
import org.localityworking.storage.support.ServiceDiscovery;

/**
 * The one registry of storage providers, discovered with {@link java.util.ServiceLoader} (from
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
    private static final ServiceDiscovery<StorageProvider> DISCOVERY = new ServiceDiscovery<>(StorageProvider.class,
            "storage provider", StorageProvider::id, StorageProvider::spiVersion, StorageProvider.SPI_VERSION);

    private final List<StorageProvider> providers;
    private final List<String> problems;

    private StorageProviderRegistry(List<StorageProvider> providers, List<String> problems) {
        DISCOVERY.requireUniqueIds(providers);
        this.providers = List.copyOf(providers);
        this.problems = List.copyOf(problems);
    }

    /** @return the providers visible to the thread's context class loader (or this library's loader) */
    public static StorageProviderRegistry discover() {
        return discover(ServiceDiscovery.defaultLoader(StorageProviderRegistry.class));
    }

    /** @return the providers visible to the class loader */
    public static StorageProviderRegistry discover(ClassLoader loader) {
        ServiceDiscovery.Found<StorageProvider> found = DISCOVERY.load(loader);
        return new StorageProviderRegistry(found.providers(), found.problems());
    }

    /** @return a registry of exactly these providers, with no discovery (for tests and explicit wiring) */
    public static StorageProviderRegistry of(List<StorageProvider> providers) {
        return new StorageProviderRegistry(providers, List.of());
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
