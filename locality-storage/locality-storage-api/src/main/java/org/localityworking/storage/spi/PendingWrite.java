package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.storage.Kind;

/**
 * One buffered write of a unit of work, as a provider holds it until commit.
 *
 * @param kind            the kind of record
 * @param id              the record's id
 * @param value           the new record, or empty for a delete
 * @param expectedVersion the version the store must hold at commit (0: must not exist)
 * @param newVersion      the version the record has after commit (0 for a delete); a record saved twice in one
 *                        unit goes up by one for each save
 * @param <T>             the record type
 */
@API(status = STABLE, since = "1.0")
public record PendingWrite<T>(Kind<T> kind, String id, Optional<T> value, long expectedVersion, long newVersion) {
    /** {@return whether this write deletes the record} */
    public boolean isDelete() {
        return value.isEmpty();
    }
}
