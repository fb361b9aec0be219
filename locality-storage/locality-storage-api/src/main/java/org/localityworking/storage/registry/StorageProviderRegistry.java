package org.localityworking.storage.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
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
     * @throws PluginException naming the location and every provider found, when none or several accept it
     */
    public static StorageBackendProvider forLocation(PluginRegistry<StorageBackendProvider> registry, String location) {
        return registry.single(p -> p.accepts(location), "accepts the location '" + location + "'");
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
