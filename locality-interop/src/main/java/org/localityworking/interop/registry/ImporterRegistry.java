package org.localityworking.interop.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.core.plugin.PluginType;
import org.localityworking.interop.spi.DataImporter;

/**
 * Where data importers are found: each method returns the library's one {@link PluginRegistry} over
 * {@link DataImporter} plug-ins,
 * discovered with {@link ServiceLoader} from this module (which declares {@code uses}), so
 * discovery works on the class path and the module path alike.
 *
 * <pre>{@code
 * DataImporter x = ImporterRegistry.discover().byId("assets"); // PluginException listing the ids if none has it
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class ImporterRegistry {
    /** What the registry knows of the data importer SPI. */
    public static final PluginType<DataImporter> TYPE = PluginType.builder(DataImporter.class)
            .noun("data importer")
            .id(DataImporter::id).spiVersion(DataImporter::spiVersion, DataImporter.SPI_VERSION)
            .hint("Put an importer jar on the class path or module path;"
                    + " locality-interop itself provides assets, people, organisations, snapshot, 360giving and openreferral.")
            .build();

    private ImporterRegistry() {
    }

    /** {@return the data importers visible to the thread's context class loader (or this library's loader)} */
    public static PluginRegistry<DataImporter> discover() {
        return discover(PluginRegistry.defaultLoader(ImporterRegistry.class));
    }

    /** {@return the data importers visible to the class loader} */
    public static PluginRegistry<DataImporter> discover(ClassLoader loader) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(DataImporter.class, loader));
    }

    /** {@return the data importers in the modules of the layer and its parents} */
    public static PluginRegistry<DataImporter> discover(ModuleLayer layer) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(layer, DataImporter.class));
    }

    /** {@return a registry of exactly these data importers, with no discovery (an explicit choice)} */
    public static PluginRegistry<DataImporter> of(List<? extends DataImporter> plugins) {
        return PluginRegistry.of(TYPE, plugins);
    }
}
