package org.localityworking.interop.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An export of a council's data in a public standard or an exchange format (360Giving, Open Referral UK,
 * GeoJSON, CSV), found by {@link java.util.ServiceLoader} like reports and formats.
 *
 * <p>An exporter reads the council's records only through its {@link ExportContext}'s view, which the library
 * builds for the request's audience: in PUBLIC it holds only what may be published, so leaving out sensitive
 * assets, individuals' gifts and unconsented names is the library's rule, not the exporter's. An exporter must
 * escape values for its format, keep nothing between exports, and write only to its target. The publishing kit
 * ({@code locality-publishing-tck}) checks an exporter over hostile data of two councils.
 *
 * <p>SPI 3.0 replaced 1's {@code export(LocalityStore, ExportRequest, ExportTarget)}: a 1.x exporter does not load.
 */
@API(status = STABLE, since = "1.0")
public interface DataExporter {
    /** The SPI version this library implements, {@code major.minor}. */
    String SPI_VERSION = "3.0";

    /** {@return a short unique id, for example {@code 360giving}} */
    String id();

    /** {@return the SPI version the exporter targets} */
    String spiVersion();

    /** {@return what it writes, for help texts} */
    String description();

    /**
     * Writes the export.
     *
     * @param context the request, and the council's records as its audience may see them
     * @param target  where to write
     *
     * @return the names of the files written, in order
     * @throws org.localityworking.core.ValidationException when the request names an unknown council or lacks an option
     */
    List<String> export(ExportContext context, ExportTarget target) throws IOException;
}
