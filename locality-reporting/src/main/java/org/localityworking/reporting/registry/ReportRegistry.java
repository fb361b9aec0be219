package org.localityworking.reporting.registry;

import java.util.List;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.support.ServiceDiscovery;

/**
 * The one registry of report definitions: discovered with {@link java.util.ServiceLoader} (built-in ones and
 * any report jar on the class path), or given explicitly with {@link #of}. Duplicate ids fail discovery; an
 * unknown id is an error listing what is available.
 */
public final class ReportRegistry {
    private static final ServiceDiscovery<ReportDefinition> DISCOVERY = new ServiceDiscovery<>(ReportDefinition.class,
            "report definition", ReportDefinition::id, ReportDefinition::spiVersion, ReportDefinition.SPI_VERSION);

    private final List<ReportDefinition> reports;
    private final List<String> problems;

    private ReportRegistry(List<ReportDefinition> reports, List<String> problems) {
        DISCOVERY.requireUniqueIds(reports);
        this.reports = List.copyOf(reports);
        this.problems = List.copyOf(problems);
    }

    /** @return the definitions visible to the thread's context class loader */
    public static ReportRegistry discover() {
        return discover(ServiceDiscovery.defaultLoader(ReportRegistry.class));
    }

    /** @return the definitions visible to the class loader */
    public static ReportRegistry discover(ClassLoader loader) {
        ServiceDiscovery.Found<ReportDefinition> found = DISCOVERY.load(loader);
        return new ReportRegistry(found.providers(), found.problems());
    }

    /** @return a registry of exactly these definitions, with no discovery */
    public static ReportRegistry of(List<ReportDefinition> reports) {
        return new ReportRegistry(reports, List.of());
    }

    /** @return every definition, in discovery order */
    public List<ReportDefinition> all() {
        return reports;
    }

    /** @return what went wrong with definitions that were skipped */
    public List<String> problems() {
        return problems;
    }

    /**
     * @return the definition with the id
     * @throws StorageException naming the id and listing the available reports
     */
    public ReportDefinition byId(String id) {
        return DISCOVERY.byId(reports, id);
    }
}
