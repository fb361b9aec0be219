package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;

/**
 * A stored record and its version. Versions start at 1 when a record is created and go up by one with
 * each update; pass the version you read as the expected version when you save, and a concurrent update
 * in between raises {@link ConcurrencyConflictException} instead of being lost.
 *
 * @param value   the record
 * @param version its version, at least 1
 * @param <T>     the record type
 */
@API(status = STABLE, since = "1.0")
public record Versioned<T>(T value, long version) {
    public Versioned {
        if (value == null) {
            throw new ValidationException("Versioned.value", null, "is required");
        }
        if (version < 1) {
            throw new ValidationException("Versioned.version", Long.toString(version),
                    "must be at least 1");
        }
    }
}
