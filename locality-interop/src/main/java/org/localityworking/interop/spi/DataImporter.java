package org.localityworking.interop.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import org.apiguardian.api.API;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.storage.LocalityStore;

/**
 * An import of a council's data from a file (CSV, the JSON snapshot, a 360Giving package, Open Referral UK
 * JSON), found by {@link java.util.ServiceLoader} like exporters, reports and formats.
 *
 * <p>An importer <b>must</b> check the whole file before writing, and write in one unit of work or not at all,
 * except that a file with more records than one unit of work should hold (an option the importer documents, such
 * as the CSV importers' {@code batchSize}) <b>may</b> be written in batches, each a unit of work, in file order
 * (or, for a file whose records join several of its tables, such as Open Referral's, in an order the importer
 * documents, the interruption then counting what was written instead of naming a line);
 * a batch refused after others landed <b>must</b> stop the import with an
 * {@link org.localityworking.interop.ImportInterruptedException} saying what was written, and running the same
 * import again <b>must</b> finish it without writing a row twice;
 * it <b>must</b> report every bad value as an {@link org.localityworking.interop.ImportException} naming the
 * file, the line and the column (for JSON, the line and column of the value), never a stack trace; it
 * <b>must not</b> change a value it reads (no trimming) except to undo what the library's own exporters did
 * ({@link org.localityworking.reporting.CsvColumns#restore}); it <b>must</b> leave fields of a stored record that
 * the file has no place for as they are; it <b>should</b> say in {@link ImportResult#notKept()} what the file
 * held that the store keeps nowhere; and in a dry run it <b>must not</b> write.
 */
@API(status = STABLE, since = "1.0")
public interface DataImporter {
    /**
     * The SPI version this library implements, {@code major.minor}, as every SPI of the library has: the registry
     * loads an importer of the same major version and no higher minor one. Version 2.0 is version 1 with the
     * version written as the other SPIs write theirs.
     */
    String SPI_VERSION = "2.0";

    /** {@return a short unique id, for example {@code assets} or {@code 360giving}} */
    String id();

    /** {@return the SPI version the importer targets, {@code major.minor}: return {@link #SPI_VERSION}} */
    String spiVersion();

    /** {@return what it reads, for help texts} */
    String description();

    /**
     * Imports the file.
     *
     * @return what was written (or, in a dry run, would be)
     * @throws org.localityworking.interop.ImportException when the file, or any value in it, is bad; nothing was written
     * @throws org.localityworking.core.ValidationException when the request lacks what the importer needs
     * @throws IOException when the file cannot be read midway
     */
    ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException;
}
