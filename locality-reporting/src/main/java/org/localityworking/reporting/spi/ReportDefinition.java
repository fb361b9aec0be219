package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.reporting.Report;

/**
 * A report: it reads a {@link ReportContext} and builds a format-neutral {@link Report} for its request.
 *
 * <p>A definition must have a public no-argument constructor and a unique lower-case {@link #id()}. It reads the
 * council's records only through the context's {@link LocalityView}, which the library builds for the request's
 * audience: in PUBLIC it holds only what may be published (see {@link LocalityView}), so the audience's rules are
 * the library's, not the report's. A report keeps nothing between builds. Where data is missing it should add a
 * {@link org.localityworking.reporting.Note} saying so. The publishing kit ({@code locality-publishing-tck})
 * checks a definition over hostile data of two councils.
 *
 * <p>SPI 3.0 replaced 1's {@code build(LocalityStore, ReportRequest)}; 4.0 made table cells typed
 * ({@link org.localityworking.reporting.Table#of} turns numbers, money and days into typed cells): an older
 * definition does not load.
 */
@API(status = STABLE, since = "1.0")
public interface ReportDefinition {
    /** The SPI version this library implements, {@code major.minor}. */
    String SPI_VERSION = "4.0";

    /** {@return a short unique id, lower case with hyphens, for example {@code asset-map}} */
    String id();

    /** {@return the SPI version the definition targets} */
    String spiVersion();

    /** {@return the report's title} */
    String title();

    /** {@return what the report shows and for whom} */
    String description();

    /** {@return the parameters it takes} */
    List<ReportParameter> parameters();

    /**
     * Builds the report.
     *
     * @param context the request, and the council's records as its audience may see them
     * @return the report
     * @throws org.localityworking.core.ValidationException when the request names a council or locality the store lacks
     */
    Report build(ReportContext context);
}
