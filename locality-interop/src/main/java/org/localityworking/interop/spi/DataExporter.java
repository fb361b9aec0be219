package org.localityworking.interop.spi;

import java.io.IOException;
import java.util.List;
import org.localityworking.interop.ExportRequest;
import org.localityworking.storage.LocalityStore;

/**
 * An export of a council's data in a public standard or an exchange format (360Giving, Open Referral UK,
 * GeoJSON, CSV), found by {@link java.util.ServiceLoader} like reports and formats.
 *
 * <p>An exporter must never write a grant recipient's name, address or postcode for a grant to an individual,
 * must leave out sensitive assets and individuals' gifts, and must escape values for its format.
 */
public interface DataExporter {
    /** The SPI version this library implements. */
    int SPI_VERSION = 1;

    /** @return a short unique id, for example {@code 360giving} */
    String id();

    /** @return the SPI version the exporter targets */
    int spiVersion();

    /** @return what it writes, for help texts */
    String description();

    /**
     * Writes the export.
     *
     * @return the names of the files written, in order
     * @throws org.localityworking.core.ValidationException when the request names an unknown council or lacks an option
     */
    List<String> export(LocalityStore store, ExportRequest request, ExportTarget target) throws IOException;
}
