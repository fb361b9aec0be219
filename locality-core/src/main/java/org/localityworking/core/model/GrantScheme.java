package org.localityworking.core.model;

import java.util.Optional;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A grant scheme: micro-grants, a small grants scheme for a project, voluntary sector grants decided by
 * public vote. {@link org.localityworking.core.rules.GrantRules} checks each grant against it.
 *
 * @param id          identifier
 * @param councilId   the council
 * @param localityId  the locality it serves, if only one
 * @param projectId   the project it belongs to, if any
 * @param name        name
 * @param capPerGrant the most one grant may be (M16 Environmental Action: GBP 300, seed 000)
 * @param eligible    who may receive grants: individuals and/or groups (at least one)
 * @param decidedBy   how awards are decided
 */
public record GrantScheme(String id, String councilId, Optional<String> localityId, Optional<String> projectId,
                          String name, Money capPerGrant, Set<RecipientKind> eligible,
                          GrantDecisionMethod decidedBy) {
    public GrantScheme {
        Checks.id("GrantScheme.id", id);
        Checks.id("GrantScheme.councilId", councilId);
        Checks.optionalId("GrantScheme.localityId", localityId);
        Checks.optionalId("GrantScheme.projectId", projectId);
        Checks.name("GrantScheme.name", name);
        Checks.present("GrantScheme.capPerGrant", capPerGrant);
        eligible = Checks.enumSet("GrantScheme.eligible", eligible, RecipientKind.class);
        if (eligible.isEmpty()) {
            throw new ValidationException("GrantScheme.eligible", "[]", "must allow individuals, groups or both");
        }
        Checks.present("GrantScheme.decidedBy", decidedBy);
    }
}
