package org.localityworking.storage.spi;

import java.util.Optional;
import org.localityworking.storage.Kind;

/** How {@link WriteRules} sees the store while checking a commit: the unit's own writes over committed data. */
@FunctionalInterface
public interface RecordLookup {
    /** @return the record as the committing unit of work would leave it, if it exists */
    <T> Optional<T> find(Kind<T> kind, String id);
}
