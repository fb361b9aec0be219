package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The writes (and reads) of one unit of work, passed to {@link LocalityStore#inTransaction}. Writes are
 * buffered and committed together when the work returns: all of them or none. Reads see the unit's own
 * writes.
 *
 * <p>A unit of work is not thread-safe and must not be used after its work returns.
 */
@API(status = STABLE, since = "1.0")
public interface UnitOfWork {
    /**
     * Saves a record.
     *
     * @param kind            the kind of record
     * @param value           the record
     * @param expectedVersion the version read (0 to create a record that must not exist yet)
     * @return the record with the version it will have once committed
     * @throws org.localityworking.core.ValidationException when {@code expectedVersion} is negative
     * @throws ConcurrencyConflictException at commit, when the stored version differs
     */
    <T> Versioned<T> save(Kind<T> kind, T value, long expectedVersion);

    /**
     * Deletes a record.
     *
     * @param kind            the kind of record
     * @param id              its id
     * @param expectedVersion the version read
     * @throws ConcurrencyConflictException at commit, when the stored version differs or the record is gone
     */
    <T> void delete(Kind<T> kind, String id, long expectedVersion);

    /** {@return the record as this unit of work sees it: its own writes first, then the store} */
    <T> Optional<Versioned<T>> get(Kind<T> kind, String id);
}
