package org.localityworking.storage.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.core.plugin.PluginType;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * Where storage providers are found: each method returns the library's one {@link PluginRegistry} over
 * {@link StorageBackendProvider} plug-ins, discovered with {@link ServiceLoader} from this module (which
 * declares {@code uses}), from {@code META-INF/services} on the class path or {@code provides} on the
 * module path.
 *
 * <ul>
 *   <li>A provider that fails to load, or targets an incompatible SPI version, is logged, listed in
 *       {@link PluginRegistry#problems()} and skipped.</li>
 *   <li>Two providers with the same id make lookups of that id fail, naming both.</li>
 *   <li>{@link #forLocation} fails, naming the location and every provider found, when no provider or
 *       more than one accepts the location. There is no "first one found wins".</li>
 * </ul>
 * Every problem is a {@link PluginException}. What was found is logged at INFO through SLF4J.
 */
@API(status = STABLE, since = "1.0")
public final class StorageProviderRegistry {
    /** What the registry knows of the storage backend SPI. */
    public static final PluginType<StorageBackendProvider> TYPE = PluginType.builder(StorageBackendProvider.class)
            .noun("storage provider")
            .id(p -> p.info().id()).spiVersion(p -> p.info().spiVersion(), StorageBackendProvider.SPI_VERSION)
            .hint("Put a storage provider jar (for example locality-storage-memory or locality-storage-jdbc) on the"
                    + " class path or module path.")
            .build();

    private StorageProviderRegistry() {
    }

    /** {@return the providers visible to the thread's context class loader (or this library's loader)} */
    public static PluginRegistry<StorageBackendProvider> discover() {
        return discover(defaultLoader());
    }

    /** {@return the providers visible to the class loader} */
    public static PluginRegistry<StorageBackendProvider> discover(ClassLoader loader) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(StorageBackendProvider.class, loader));
    }

    /** {@return the providers in the modules of the layer and its parents} */
    public static PluginRegistry<StorageBackendProvider> discover(ModuleLayer layer) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(layer, StorageBackendProvider.class));
    }

    /** {@return a registry of exactly these providers, with no discovery (for tests and explicit wiring)} */
    public static PluginRegistry<StorageBackendProvider> of(List<? extends StorageBackendProvider> providers) {
        return PluginRegistry.of(TYPE, providers);
    }

    /**
     * The one provider in the registry that accepts the location.
     *
     * @param registry the providers to choose from
     * @param location the location, for example {@code memory:}
     * @return the provider
     * @throws PluginException naming the location and every provider found, when none or several accept it; when
     *                         none does, with each provider's example locations and the nearest scheme to the one
     *                         given; when several do, how to choose one
     */
    public static StorageBackendProvider forLocation(PluginRegistry<StorageBackendProvider> registry, String location) {
        List<StorageBackendProvider> accepting = registry.all().stream().filter(p -> p.accepts(location)).toList();
        if (accepting.size() == 1) {
            return accepting.get(0);
        }
        if (accepting.isEmpty() && !registry.all().isEmpty()) {
            List<String> examples = registry.all().stream()
                    .map(p -> p.info().id() + " (" + p.getClass().getName() + ": " + String.join(", ",
                            p.info().locationExamples()) + ")").toList();
            Optional<String> nearest = nearestScheme(location, registry.all().stream()
                    .flatMap(p -> p.info().locationExamples().stream()).toList());
            throw new PluginException("No storage provider accepts the location '" + location + "'"
                    + nearest.map(s -> "; did you mean " + s + "?").orElse(".") + " The providers take: "
                    + String.join("; ", examples) + "." + skipped(registry));
        }
        if (accepting.size() > 1) {
            throw new PluginException("More than one storage provider accepts the location '" + location + "': "
                    + String.join(", ", accepting.stream().map(p -> p.info().id() + " (" + p.getClass().getName() + ")")
                            .toList()) + ". Choose one: by its id with the CLI's --provider ID, by its class name with -D"
                    + Stores.PROVIDER_PROPERTY + "=CLASS, or in code with Stores.builder().provider(...); or remove one"
                    + " jar");
        }
        // no provider at all: the registry's own message, which says how to add one
        return registry.single(p -> p.accepts(location), "accepts the location '" + location + "'");
    }

    /** {@return the plug-ins discovery skipped, as a sentence to end a message with; empty when none was} */
    private static String skipped(PluginRegistry<StorageBackendProvider> registry) {
        List<String> problems = registry.problems().stream()
                .filter(p -> p.kind() != org.localityworking.core.plugin.PluginProblem.Kind.DUPLICATE_ID)
                .map(org.localityworking.core.plugin.PluginProblem::message).toList();
        return problems.isEmpty() ? "" : " Skipped: " + String.join(" ", problems);
    }

    /** @return the scheme of an example location closest to the location's own (a typo's likely meaning) */
    private static Optional<String> nearestScheme(String location, List<String> examples) {
        String given = scheme(location);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String example : examples) {
            String s = scheme(example);
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), s.toLowerCase(java.util.Locale.ROOT));
            if (!s.isEmpty() && d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, given.length() / 3) ? Optional.of(best + ":") : Optional.empty();
    }

    private static String scheme(String location) {
        int colon = location.indexOf(':');
        return colon > 0 ? location.substring(0, colon) : "";
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The provider of exactly this class among those {@link ServiceLoader} offers the class loader,
     * instantiating no other; works on the class path and the module path.
     *
     * @param loader    the class loader
     * @param className the provider's fully qualified class name
     * @return the provider
     * @throws PluginException when no provider of that class is offered, naming those that are
     */
    public static StorageBackendProvider byClassName(ClassLoader loader, String className) {
        return PluginRegistry.explicit(TYPE, ServiceLoader.load(StorageBackendProvider.class, loader), className);
    }

    static ClassLoader defaultLoader() {
        return PluginRegistry.defaultLoader(StorageProviderRegistry.class);
    }
}
