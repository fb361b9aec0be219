package org.localityworking.storage;

/**
 * A store could not do its work for a reason other than bad input or a version conflict: the database
 * is unreachable, a file cannot be written, a provider cannot be found. The message says what and where.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the location or provider */
    public StorageException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the location or provider
     * @param cause   the underlying failure
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
