package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * An organisation: a public body, a business or a VCSE group.
 *
 * @param id          identifier
 * @param name        name, non-blank
 * @param sector      public, private or VCSE
 * @param kind        what kind of body it is
 * @param localityId  the locality it is based in, if it is local
 */
@API(status = STABLE, since = "1.0")
public record Organisation(String id, String name, Sector sector, OrganisationKind kind, Optional<String> localityId) {
    public Organisation {
        Checks.id("Organisation.id", id);
        Checks.name("Organisation.name", name);
        Checks.present("Organisation.sector", sector);
        Checks.present("Organisation.kind", kind);
        Checks.optionalId("Organisation.localityId", localityId);
    }
}
