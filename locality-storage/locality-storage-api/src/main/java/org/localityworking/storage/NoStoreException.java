package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * There is no store at the location, and it was opened with {@link org.localityworking.storage.spi.OpenMode#MUST_EXIST}
 * (as a command that only reads opens it): nothing was created. The message names the location (without its
 * password) and what was missing. A {@link StorageException}, so code that catches every store failure catches this
 * one too.
 */
@API(status = STABLE, since = "1.1")
public class NoStoreException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String missing;

    /**
     * @param location the location as it may be shown (without its password)
     * @param missing  what is not there, for example {@code "the file /data/trafford.db does not exist"}
     */
    public NoStoreException(String location, String missing) {
        super("There is no store at " + location + ": " + missing + ". It was to be opened only if it exists, so"
                + " nothing was created");
        this.location = location;
        this.missing = missing;
    }

    /** {@return what is not there, for example {@code "the file /data/trafford.db does not exist"}} */
    public String missing() {
        return missing;
    }

    /** {@return the location, as it may be shown (without its password)} */
    public String location() {
        return location;
    }
}
