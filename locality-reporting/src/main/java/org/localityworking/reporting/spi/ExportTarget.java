package org.localityworking.reporting.spi;

import java.io.IOException;
import java.io.OutputStream;

/** Where an exporter writes its files: a folder, a zip, memory in tests. */
@FunctionalInterface
public interface ExportTarget {
    /** @return a new stream for the named file (a plain name such as {@code grants.json}); the exporter closes it */
    OutputStream file(String name) throws IOException;
}
