package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A role a person holds, optionally in one locality and for one organisation.
 *
 * @param role           the role
 * @param localityId     the locality the role serves, if any
 * @param organisationId the organisation the person acts for, if any
 */
@API(status = STABLE, since = "1.0")
public record RoleAssignment(Role role, Optional<String> localityId, Optional<String> organisationId) {
    public RoleAssignment {
        Checks.present("RoleAssignment.role", role);
        Checks.optionalId("RoleAssignment.localityId", localityId);
        Checks.optionalId("RoleAssignment.organisationId", organisationId);
    }

    /** A role with no locality or organisation. */
    public static RoleAssignment of(Role role) {
        return new RoleAssignment(role, Optional.empty(), Optional.empty());
    }
}
