package org.localityworking.storage.spi;

import java.util.Optional;
import org.localityworking.storage.Kind;

/** How {@link WriteRules} sees the store while checking a commit: the unit's own writes over committed data. */
@FunctionalInterface
public interface RecordLookup {
    /** @return the record as the committing unit of work would leave it, if it exists */
    <T> Optional<T> find(Kind<T> kind, String id);

    /** @return whether the record exists as the committing unit would leave it; override to avoid reading it */
    default boolean exists(Kind<?> kind, String id) {
        return find(kind, id).isPresent();
    }
}
