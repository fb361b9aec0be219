package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A reference from one record to another that must exist when a unit of work commits.
 *
 * @param field  the referring field, as {@code Type.component} (for example {@code Asset.localityId})
 * @param target the kind of record referred to
 * @param id     the id referred to
 */
@API(status = STABLE, since = "1.0")
public record Reference(String field, Kind<?> target, String id) {
}
