package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.storage.Versioned;

/**
 * A backend's reader of one kind's records by id: what {@link StorageBackend#reader} gives, and what the library
 * keeps for each kind a store holds, so that a read by id costs one look-up of the kind, not two (the store's check
 * and the backend's own). It MUST answer as {@link StorageBackend#read} would for its kind, under the same rules
 * (each commit seen whole; safe for several threads).
 *
 * @param <T> the kind's records
 */
@API(status = EXPERIMENTAL, since = "1.1")
@FunctionalInterface
public interface KindReader<T> {
    /**
     * {@return the committed record with the id, and its version, if stored}
     *
     * @param id the record's id
     * @throws org.localityworking.storage.StorageException when the backend cannot be read
     */
    Optional<Versioned<T>> read(String id);
}
