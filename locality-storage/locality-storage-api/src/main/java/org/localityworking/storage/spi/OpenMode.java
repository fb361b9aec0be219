package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a store is opened (storage SPI 2.2): created where nothing is yet, or only if it is already there.
 *
 * <p>A command that only reads opens with {@link #MUST_EXIST}, so that a mistyped location is an error rather than a
 * new, empty store. The library passes the mode to {@link StorageBackendProvider#open(String, java.util.Map,
 * java.util.Set, OpenMode)}; a provider built for SPI 2.0 or 2.1 cannot be asked, and the library says so in its
 * log when it opens one of those with {@code MUST_EXIST}.
 */
@API(status = STABLE, since = "1.1")
public enum OpenMode {
    /** Open the store, creating it (its file, folder or tables) where nothing is yet: for work that writes. */
    CREATE_IF_MISSING,
    /**
     * Open the store only if it is already there: a persistent backend that finds nothing at the location throws
     * {@link org.localityworking.storage.NoStoreException} naming it and creates nothing (no file, folder or table).
     * A backend that keeps nothing after close (in memory) opens an empty store, as it always does.
     */
    MUST_EXIST;

    /**
     * {@return whether a provider built for this storage SPI version can be asked for a mode: 2.2 and later (a
     * version that is not {@code major.minor} cannot)}
     *
     * @param spiVersion a provider's {@link ProviderInfo#spiVersion()}
     */
    public static boolean takenBy(String spiVersion) {
        String[] parts = spiVersion.split("\\.");
        try {
            return parts.length == 2 && (Integer.parseInt(parts[0]) > 2
                    || (Integer.parseInt(parts[0]) == 2 && Integer.parseInt(parts[1]) >= 2));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
