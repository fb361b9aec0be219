package org.localityworking.reporting.registry;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.core.plugin.PluginType;
import org.localityworking.reporting.spi.OutputFormat;

/**
 * Where output formats are found: each method returns the library's one {@link PluginRegistry} over
 * {@link OutputFormat} plug-ins,
 * discovered with {@link ServiceLoader} from this module (which declares {@code uses}), so
 * discovery works on the class path and the module path alike.
 *
 * <pre>{@code
 * OutputFormat x = FormatRegistry.discover().byId("html"); // PluginException listing the ids if none has it
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class FormatRegistry {
    /** What the registry knows of the output format SPI. */
    public static final PluginType<OutputFormat> TYPE = PluginType.builder(OutputFormat.class)
            .noun("output format")
            .id(OutputFormat::id).spiVersion(OutputFormat::spiVersion, OutputFormat.SPI_VERSION)
            .hint("Put a format jar on the class path or module path;"
                    + " locality-reporting itself provides html, markdown, csv and json.")
            .build();

    private FormatRegistry() {
    }

    /** {@return the output formats visible to the thread's context class loader (or this library's loader)} */
    public static PluginRegistry<OutputFormat> discover() {
        return discover(PluginRegistry.defaultLoader(FormatRegistry.class));
    }

    /** {@return the output formats visible to the class loader} */
    public static PluginRegistry<OutputFormat> discover(ClassLoader loader) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(OutputFormat.class, loader));
    }

    /** {@return the output formats in the modules of the layer and its parents} */
    public static PluginRegistry<OutputFormat> discover(ModuleLayer layer) {
        return PluginRegistry.load(TYPE, ServiceLoader.load(layer, OutputFormat.class));
    }

    /** {@return a registry of exactly these output formats, with no discovery (an explicit choice)} */
    public static PluginRegistry<OutputFormat> of(List<? extends OutputFormat> plugins) {
        return PluginRegistry.of(TYPE, plugins);
    }
}
