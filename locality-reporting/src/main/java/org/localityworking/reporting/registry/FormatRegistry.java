package org.localityworking.reporting.registry;

import java.util.List;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.support.ServiceDiscovery;

/**
 * The one registry of output formats: discovered with {@link java.util.ServiceLoader}, or given explicitly with
 * {@link #of}. Duplicate ids fail discovery; an unknown id is an error listing what is available.
 */
public final class FormatRegistry {
    private static final ServiceDiscovery<OutputFormat> DISCOVERY = new ServiceDiscovery<>(OutputFormat.class,
            "output format", OutputFormat::id, OutputFormat::spiVersion, OutputFormat.SPI_VERSION);

    private final List<OutputFormat> formats;
    private final List<String> problems;

    private FormatRegistry(List<OutputFormat> formats, List<String> problems) {
        DISCOVERY.requireUniqueIds(formats);
        this.formats = List.copyOf(formats);
        this.problems = List.copyOf(problems);
    }

    /** @return the formats visible to the thread's context class loader */
    public static FormatRegistry discover() {
        return discover(ServiceDiscovery.defaultLoader(FormatRegistry.class));
    }

    /** @return the formats visible to the class loader */
    public static FormatRegistry discover(ClassLoader loader) {
        ServiceDiscovery.Found<OutputFormat> found = DISCOVERY.load(loader);
        return new FormatRegistry(found.providers(), found.problems());
    }

    /** @return a registry of exactly these formats, with no discovery */
    public static FormatRegistry of(List<OutputFormat> formats) {
        return new FormatRegistry(formats, List.of());
    }

    /** @return every format, in discovery order */
    public List<OutputFormat> all() {
        return formats;
    }

    /** @return what went wrong with formats that were skipped */
    public List<String> problems() {
        return problems;
    }

    /**
     * @return the format with the id
     * @throws StorageException naming the id and listing the available formats
     */
    public OutputFormat byId(String id) {
        return DISCOVERY.byId(formats, id);
    }
}
