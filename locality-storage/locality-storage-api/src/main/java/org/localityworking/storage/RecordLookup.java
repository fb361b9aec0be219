package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the write rules see the store while checking a commit: the unit's own writes over committed data. A
 * {@link RecordRule} reads the records it depends on through it.
 */
@FunctionalInterface
@API(status = STABLE, since = "1.0")
public interface RecordLookup {
    /** {@return the record as the committing unit of work would leave it, if it exists} */
    <T> Optional<T> find(Kind<T> kind, String id);

    /** {@return whether the record exists as the committing unit would leave it; override to avoid reading it} */
    default boolean exists(Kind<?> kind, String id) {
        return find(kind, id).isPresent();
    }
}
