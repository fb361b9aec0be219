package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * An optimistic-versioning conflict: the record changed (or was created or deleted) since the version
 * the caller read. Nothing of the unit of work was written. Read the record again and retry.
 *
 * <p>A {@link StorageException}, so code that catches every store failure catches this one too; catch it
 * first to retry.
 */
@API(status = STABLE, since = "1.0")
public class ConcurrencyConflictException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param kind            the kind of record
     * @param id              its id
     * @param expectedVersion the version the caller expected (0: expected it not to exist)
     * @param actualVersion   the version stored (0: it does not exist)
     */
    public ConcurrencyConflictException(String kind, String id, long expectedVersion, long actualVersion) {
        super(kind + " " + id + " is at version " + actualVersion + (actualVersion == 0 ? " (absent)" : "")
                + " but the unit of work expected version " + expectedVersion
                + (expectedVersion == 0 ? " (new)" : "") + "; nothing was written: read it again and retry");
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** {@return the kind of record} */
    public String kind() {
        return kind;
    }

    /** {@return the record's id} */
    public String id() {
        return id;
    }

    /** {@return the version the caller expected (0: expected it not to exist)} */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** {@return the version stored (0: it does not exist)} */
    public long actualVersion() {
        return actualVersion;
    }
}
