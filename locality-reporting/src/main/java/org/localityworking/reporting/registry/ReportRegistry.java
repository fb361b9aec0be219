package org.localityworking.reporting.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.core.plugin.PluginType;
import org.localityworking.reporting.spi.ReportDefinition;

/**
 * Where report definitions are found: each method returns the library's one {@link PluginRegistry} over
 * {@link ReportDefinition} plug-ins,
 * discovered with {@link ServiceLoader} from this module (which declares {@code uses}), so
 * discovery works on the class path and the module path alike.
 *
 * <pre>{@code
 * ReportDefinition x = ReportRegistry.discover().byId("asset-map"); // PluginException listing the ids if none has it
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class ReportRegistry {
    /** What the registry knows of the report definition SPI. */
    public static final PluginType<ReportDefinition> TYPE = PluginType.builder(ReportDefinition.class)
            .noun("report definition")
            .id(ReportDefinition::id).spiVersion(ReportDefinition::spiVersion, ReportDefinition.SPI_VERSION)
            .hint("Put a report jar on the class path or module path;"
                    + " locality-reporting itself provides the built-in reports.")
            .build();

    private ReportRegistry() {
    }

    /** {@return the report definitions visible to the thread's context class loader (or this library's loader)} */
    public static PluginRegistry<ReportDefinition> discover() {
        return discover(PluginRegistry.defaultLoader(ReportRegistry.class));
    }

    /** {@return the report definitions visible to the class loader} */
    public static PluginRegistry<ReportDefinition> discover(ClassLoader loader) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(ReportDefinition.class, loader));
    }

    /** {@return the report definitions in the modules of the layer and its parents} */
    public static PluginRegistry<ReportDefinition> discover(ModuleLayer layer) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(layer, ReportDefinition.class));
    }

    /** {@return a registry of exactly these report definitions, with no discovery (an explicit choice)} */
    public static PluginRegistry<ReportDefinition> of(List<? extends ReportDefinition> plugins) {
        return PluginRegistry.of(TYPE, plugins);
    }
}
