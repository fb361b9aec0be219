package org.localityworking.reporting.spi;

import java.util.List;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.storage.LocalityStore;

/**
 * A report: it reads a store and builds a format-neutral {@link Report} for a request.
 *
 * <p>A definition must have a public no-argument constructor, a unique lower-case {@link #id()}, and must
 * honour the request's audience: for {@link org.localityworking.reporting.Audience#PUBLIC} it must not put a
 * person's name, contact or story into the model without a recorded consent for publication, must show a
 * grant to an individual as "Individual Recipient" at ward level only, and must leave out sensitive assets.
 * Where data is missing it should add a {@link org.localityworking.reporting.Note} saying so.
 */
public interface ReportDefinition {
    /** The SPI version this library implements. */
    int SPI_VERSION = 1;

    /** @return a short unique id, lower case with hyphens, for example {@code asset-map} */
    String id();

    /** @return the SPI version the definition targets */
    int spiVersion();

    /** @return the report's title */
    String title();

    /** @return what the report shows and for whom */
    String description();

    /** @return the parameters it takes */
    List<ReportParameter> parameters();

    /**
     * Builds the report.
     *
     * @throws org.localityworking.core.ValidationException when the request names a council or locality the store lacks
     */
    Report build(LocalityStore store, ReportRequest request);
}
