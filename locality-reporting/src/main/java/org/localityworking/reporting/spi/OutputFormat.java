package org.localityworking.reporting.spi;

import java.io.IOException;
import java.io.OutputStream;
import org.localityworking.reporting.Report;

/**
 * An output format: renders a report model to a stream. Every value from the model must be escaped for
 * the format's syntax. The report's audience was applied when the model was built; a format may show it.
 */
public interface OutputFormat {
    /** The SPI version this library implements. */
    int SPI_VERSION = 1;

    /** @return a short unique id, for example {@code html} */
    String id();

    /** @return the SPI version the format targets */
    int spiVersion();

    /** @return the media type, for example {@code text/html; charset=utf-8} */
    String mediaType();

    /** @return the usual file extension, without the dot */
    String fileExtension();

    /** Renders the report to the stream (which it does not close). */
    void render(Report report, OutputStream out) throws IOException;
}
