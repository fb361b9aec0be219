package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A locality: a named area made of wards or parts of wards.
 *
 * @param id           identifier
 * @param councilId    the council
 * @param name         name
 * @param wards        the wards or ward parts it is made of, each ward once
 * @param illustrative whether the locality is invented for illustration rather than taken from a source
 */
@API(status = STABLE, since = "1.0")
public record Locality(String id, String councilId, String name, List<WardPart> wards, boolean illustrative) {
    public Locality {
        Checks.id("Locality.id", id);
        Checks.id("Locality.councilId", councilId);
        Checks.name("Locality.name", name);
        wards = Checks.list("Locality.wards", wards);
        Checks.unique("Locality.wards", wards, WardPart::wardId);
    }

    /** {@return whether the locality contains all or part of the ward} */
    public boolean contains(String wardId) {
        return wards.stream().anyMatch(w -> w.wardId().equals(wardId));
    }
}
