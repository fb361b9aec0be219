package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.storage.Kind;

/**
 * A storage plug-in of SPI version 2: it opens {@link StorageBackend}s, and the library builds the
 * {@link org.localityworking.storage.LocalityStore} on top, so every backend gets the same units of work,
 * version checks, write rules, query matching and ordering, subject access and erasure. Found by
 * {@link java.util.ServiceLoader} through {@link org.localityworking.storage.registry.StorageProviderRegistry}.
 *
 * <p>A provider MUST have a public no-argument constructor, MUST do no I/O before {@link #open}, MUST accept
 * only locations it can open, and MUST return {@link #SPI_VERSION} (the constant, so that the version it
 * was compiled against is the one the library sees) from {@link ProviderInfo#spiVersion()}. See
 * {@code CONTRACT.md} in the compatibility kit for the whole contract.
 */
@API(status = STABLE, since = "1.0")
public interface StorageBackendProvider {
    /**
     * The backend SPI version this library implements, {@code major.minor}. A provider built for 2.0 loads in
     * a library that implements 2.3; one built for 3.0 does not. 2.1 added
     * {@link StorageBackend#heldKinds()} and {@link StorageBackend#afterErasure}; 2.2 added the {@link OpenMode};
     * 2.3 added {@link ProviderInfo.Capability#KEYED_INSERTS}.
     */
    String SPI_VERSION = "2.3";

    /** {@return who this provider is and what its backends guarantee} */
    ProviderInfo info();

    /**
     * {@return whether this provider opens such locations}
     *
     * @param location a URI-like location: {@code memory:}, {@code sqlite:./data/trafford.db},
     *                 {@code postgresql://host:5432/db}
     */
    boolean accepts(String location);

    /**
     * Opens (creating where needed) the backend at a location this provider accepts.
     *
     * @param location the location
     * @param options  provider-specific options (for example a user name); unknown options MUST be refused
     * @param kinds    the kinds of record the store holds; the backend MUST keep each of them and MAY refuse others
     * @return the open backend
     * @throws org.localityworking.core.ValidationException when the location or an option is malformed
     * @throws org.localityworking.storage.StorageException when the backend cannot be opened
     */
    StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds);

    /**
     * Opens the backend at a location this provider accepts, in a mode (SPI 2.2). With
     * {@link OpenMode#CREATE_IF_MISSING} it is {@link #open(String, Map, Set)}; with {@link OpenMode#MUST_EXIST} a
     * persistent backend that finds no store at the location MUST throw
     * {@link org.localityworking.storage.NoStoreException} naming it, and MUST create nothing there (no file,
     * folder, table or schema). A persistent provider overrides this method; the default, for backends that keep
     * nothing after close and for providers built before 2.2, opens as {@link #open(String, Map, Set)} does.
     *
     * @param location the location
     * @param options  provider-specific options; unknown options MUST be refused
     * @param kinds    the kinds of record the store holds
     * @param mode     whether the store may be created
     * @return the open backend
     * @throws org.localityworking.core.ValidationException when the location or an option is malformed
     * @throws org.localityworking.storage.NoStoreException  when the mode is {@code MUST_EXIST} and no store is there
     * @throws org.localityworking.storage.StorageException when the backend cannot be opened
     */
    default StorageBackend open(String location, Map<String, String> options, Set<Kind<?>> kinds, OpenMode mode) {
        return open(location, options, kinds);
    }
}
