package org.localityworking.reporting.registry;

import java.util.List;
import org.localityworking.reporting.spi.DataExporter;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.support.ServiceDiscovery;

/**
 * The one registry of data exporters, discovered with {@link java.util.ServiceLoader} or given with {@link #of}.
 * Duplicate ids fail discovery; an unknown id is an error listing what is available.
 */
public final class ExporterRegistry {
    private static final ServiceDiscovery<DataExporter> DISCOVERY = new ServiceDiscovery<>(DataExporter.class,
            "data exporter", DataExporter::id, DataExporter::spiVersion, DataExporter.SPI_VERSION);

    private final List<DataExporter> exporters;
    private final List<String> problems;

    private ExporterRegistry(List<DataExporter> exporters, List<String> problems) {
        DISCOVERY.requireUniqueIds(exporters);
        this.exporters = List.copyOf(exporters);
        this.problems = List.copyOf(problems);
    }

    /** @return the exporters visible to the thread's context class loader */
    public static ExporterRegistry discover() {
        ServiceDiscovery.Found<DataExporter> found = DISCOVERY.load(ServiceDiscovery.defaultLoader(ExporterRegistry.class));
        return new ExporterRegistry(found.providers(), found.problems());
    }

    /** @return a registry of exactly these exporters, with no discovery */
    public static ExporterRegistry of(List<DataExporter> exporters) {
        return new ExporterRegistry(exporters, List.of());
    }

    /** @return every exporter, in discovery order */
    public List<DataExporter> all() {
        return exporters;
    }

    /** @return what went wrong with exporters that were skipped */
    public List<String> problems() {
        return problems;
    }

    /**
     * @return the exporter with the id
     * @throws StorageException naming the id and listing the exporters available
     */
    public DataExporter byId(String id) {
        return DISCOVERY.byId(exporters, id);
    }
}
