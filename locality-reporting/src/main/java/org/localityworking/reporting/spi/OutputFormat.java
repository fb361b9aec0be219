package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;
import org.localityworking.reporting.Report;

/**
 * An output format: renders a report model to a stream. Every value from the model must be escaped for
 * the format's syntax. A format walks each section's blocks with a {@link org.localityworking.reporting.Block.Visitor},
 * which has one abstract method per block type, so a format that does not render every type does not compile;
 * table cells are typed ({@link org.localityworking.reporting.Cell}), so the format decides how numbers, money,
 * days and links are presented. The report's audience was applied when the model was built, from the library's view of
 * the records; a format sees only the model and keeps nothing between renders.
 */
@API(status = STABLE, since = "1.0")
public interface OutputFormat {
    /**
     * The SPI version this library implements, {@code major.minor}. 4.0: blocks are rendered through
     * {@code Block.Visitor} and table cells are typed (a 3.x format does not load). The rule from 1.0 on: adding a
     * block type, or a cell type, which every format must handle, raises the minor version; removing or changing
     * one raises the major version.
     */
    String SPI_VERSION = "4.0";

    /** {@return a short unique id, for example {@code html}} */
    String id();

    /** {@return the SPI version the format targets} */
    String spiVersion();

    /** {@return the media type, for example {@code text/html; charset=utf-8}} */
    String mediaType();

    /** {@return the usual file extension, without the dot} */
    String fileExtension();

    /** Renders the report to the stream (which it does not close). */
    void render(Report report, OutputStream out) throws IOException;
}
