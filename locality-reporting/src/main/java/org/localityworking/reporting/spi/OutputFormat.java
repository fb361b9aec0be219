package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;
import org.localityworking.reporting.Report;

/**
 * An output format: renders a report model to a stream. Every value from the model must be escaped for
 * the format's syntax. The report's audience was applied when the model was built, from the library's view of
 * the records; a format sees only the model and keeps nothing between renders.
 */
@API(status = STABLE, since = "1.0")
public interface OutputFormat {
    /**
     * The SPI version this library implements, {@code major.minor}: 3.0 since the report model gained its ward map
     * and network diagram blocks, which a format must draw (a 1.x format does not load).
     */
    String SPI_VERSION = "3.0";

    /** @return a short unique id, for example {@code html} */
    String id();

    /** @return the SPI version the format targets */
    String spiVersion();

    /** @return the media type, for example {@code text/html; charset=utf-8} */
    String mediaType();

    /** @return the usual file extension, without the dot */
    String fileExtension();

    /** Renders the report to the stream (which it does not close). */
    void render(Report report, OutputStream out) throws IOException;
}
