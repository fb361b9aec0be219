package org.localityworking.interop.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.core.plugin.PluginType;
import org.localityworking.interop.spi.DataExporter;

/**
 * Where data exporters are found: each method returns the library's one {@link PluginRegistry} over
 * {@link DataExporter} plug-ins,
 * discovered with {@link ServiceLoader} from this module (which declares {@code uses}), so
 * discovery works on the class path and the module path alike.
 *
 * <pre>{@code
 * DataExporter x = ExporterRegistry.discover().byId("360giving"); // PluginException listing the ids if none has it
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class ExporterRegistry {
    /** What the registry knows of the data exporter SPI. */
    public static final PluginType<DataExporter> TYPE = PluginType.builder(DataExporter.class)
            .noun("data exporter")
            .id(DataExporter::id).spiVersion(DataExporter::spiVersion, DataExporter.SPI_VERSION)
            .hint("Put an exporter jar on the class path or module path;"
                    + " locality-interop itself provides 360giving, openreferral, geojson and csv.")
            .build();

    private ExporterRegistry() {
    }

    /** {@return the data exporters visible to the thread's context class loader (or this library's loader)} */
    public static PluginRegistry<DataExporter> discover() {
        return discover(PluginRegistry.defaultLoader(ExporterRegistry.class));
    }

    /** {@return the data exporters visible to the class loader} */
    public static PluginRegistry<DataExporter> discover(ClassLoader loader) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(DataExporter.class, loader));
    }

    /** {@return the data exporters in the modules of the layer and its parents} */
    public static PluginRegistry<DataExporter> discover(ModuleLayer layer) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(layer, DataExporter.class));
    }

    /** {@return a registry of exactly these data exporters, with no discovery (an explicit choice)} */
    public static PluginRegistry<DataExporter> of(List<? extends DataExporter> plugins) {
        return PluginRegistry.of(TYPE, plugins);
    }
}
