package org.localityworking.interop;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.storage.StorageException;

/**
 * An import written in batches that stopped part way: the file was checked whole and found good, then the store
 * refused a batch (another writer changed a record, the store was busy or failed). The batches before it are
 * written and stay; the batch that failed and everything after it are not. {@link #written()} counts what was
 * written and {@link #lastLineWritten()} says how far into the file (for an import that writes in file order).
 *
 * <p>To finish, run the same import again: every row already written now matches the store, so it is counted as
 * unchanged and not written twice, and the rest is written. Only a file with more changed rows than one batch
 * ({@code batchSize}, an importer option) is written in batches; a smaller one is one unit of work, written whole
 * or not at all, and fails with the store's own exception.
 */
@API(status = STABLE, since = "1.0")
public final class ImportInterruptedException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient ImportResult written;
    private final long lastLineWritten;

    /**
     * @param file            the file's name, as the user gave it
     * @param written         what the batches that landed wrote (unchanged rows counted up to where it stopped)
     * @param lastLineWritten the line of the last record in a batch that landed (or found unchanged)
     * @param firstLineLost   the first line of the batch that failed
     * @param cause           why the store refused that batch
     */
    public ImportInterruptedException(String file, ImportResult written, long lastLineWritten, long firstLineLost,
                                      RuntimeException cause) {
        super(ImportException.shown(file) + ": the import stopped at line " + firstLineLost + ". Written and kept:"
                + " the records up to line " + lastLineWritten + " (" + written.created() + " created, "
                + written.updated() + " updated, " + written.unchanged() + " already as the file has them). Not"
                + " written: line " + firstLineLost + " and everything after it. Why: " + cause.getMessage()
                + " Run the same import again to finish: the records already written are left as they are.", cause);
        this.file = file;
        this.written = written;
        this.lastLineWritten = lastLineWritten;
    }

    /**
     * For an import that does not write in file order (Open Referral, whose records join several of the file's
     * tables): says how many records were written, not up to which line; {@link #lastLineWritten()} is then 0.
     *
     * @param file    the file's name, as the user gave it
     * @param written what the batches that landed wrote
     * @param cause   why the store refused the batch that failed
     */
    public ImportInterruptedException(String file, ImportResult written, RuntimeException cause) {
        super(ImportException.shown(file) + ": the import stopped part way. Written and kept: " + written.created()
                + " created, " + written.updated() + " updated, " + written.unchanged() + " already as the file has"
                + " them. Not written: the file's other records. Why: " + cause.getMessage() + " Run the same import"
                + " again to finish: the records already written are left as they are.", cause);
        this.file = file;
        this.written = written;
        this.lastLineWritten = 0;
    }

    /** {@return the file's name} */
    public String file() {
        return file;
    }

    /** {@return what the batches that landed wrote} */
    public ImportResult written() {
        return written;
    }

    /**
     * {@return the last line of the file whose row was written (or found unchanged); 0 for an import that does not
     *         write in file order}
     */
    public long lastLineWritten() {
        return lastLineWritten;
    }
}
