package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A person's membership of a partnership, group or network.
 *
 * @param personId       the member
 * @param sector         which side they sit on
 * @param organisationId the organisation they represent, if any
 */
@API(status = STABLE, since = "1.0")
public record Member(String personId, MembershipSector sector, Optional<String> organisationId) {
    public Member {
        Checks.id("Member.personId", personId);
        Checks.present("Member.sector", sector);
        Checks.optionalId("Member.organisationId", organisationId);
    }

    /** A member representing no organisation. */
    public static Member of(String personId, MembershipSector sector) {
        return new Member(personId, sector, Optional.empty());
    }
}
