package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A rule a record of a kind must keep at every commit, beyond its references: checked by the library inside
 * the commit, after the version checks and the references, with the store as the committing unit of work
 * would leave it. Declared with {@link Kind.Builder#rule}. For example: an asset's ward lies within its
 * locality; a grant keeps its scheme's cap and eligibility.
 *
 * @param <T> the record type
 */
@FunctionalInterface
@API(status = STABLE, since = "1.0")
public interface RecordRule<T> {
    /**
     * Checks one record as it is saved.
     *
     * @param value  the record being saved
     * @param lookup the records it may depend on; every record it refers to exists (references are checked first)
     * @throws org.localityworking.core.ValidationException naming the field, the value and the rule (and the record)
     */
    void check(T value, RecordLookup lookup);
}
