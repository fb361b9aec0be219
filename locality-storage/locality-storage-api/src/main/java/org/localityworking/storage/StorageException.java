package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A store could not do its work for a reason other than bad input: the database is unreachable, a file
 * cannot be written, or (as the subclass {@link ConcurrencyConflictException}) someone else saved first.
 * The message says what and where. Bad input is an {@link org.localityworking.core.ValidationException};
 * a missing or ambiguous provider is an {@link org.localityworking.core.plugin.PluginException}.
 */
@API(status = STABLE, since = "1.0")
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
