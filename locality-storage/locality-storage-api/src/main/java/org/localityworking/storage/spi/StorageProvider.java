package org.localityworking.storage.spi;

import java.util.List;
import java.util.Map;
import org.localityworking.storage.LocalityStore;

/**
 * A storage plug-in, found by {@link java.util.ServiceLoader} through
 * {@link org.localityworking.storage.registry.StorageProviderRegistry}.
 *
 * <p>A provider must have a public no-argument constructor, must be cheap to construct (do no I/O before
 * {@link #open}), and must accept only locations it can open. See {@code CONTRACT.md} in the
 * compatibility kit for the whole contract.
 */
public interface StorageProvider {
    /** The SPI version this library implements. A provider targeting another version is refused at discovery. */
    int SPI_VERSION = 1;

    /** @return a short unique id, lower case, for example {@code memory}, {@code jdbc} */
    String id();

    /** @return the SPI version the provider targets; {@link #SPI_VERSION} for providers built against this library */
    int spiVersion();

    /**
     * @param location a URI-like location as JDBC URLs are: {@code memory:}, {@code sqlite:./data/trafford.db},
     *                 {@code postgresql://host:5432/db}
     * @return whether this provider opens such locations
     */
    boolean accepts(String location);

    /** @return examples of the locations it accepts, for help and error messages */
    List<String> locationExamples();

    /**
     * Opens (creating where needed) the store at a location this provider accepts.
     *
     * @param location the location
     * @param options  provider-specific options (for example a user name); unknown options are refused
     * @return the open store
     * @throws org.localityworking.core.ValidationException when the location or an option is malformed
     * @throws org.localityworking.storage.StorageException when the store cannot be opened
     */
    LocalityStore open(String location, Map<String, String> options);
}
