package org.localityworking.core.model;

import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A governance body: a steering group led by the Executive Member, the board it reports to, a scrutiny
 * committee that reads progress reports.
 *
 * @param id              identifier
 * @param councilId       the council
 * @param name            name
 * @param kind            what kind of body
 * @param chairPersonId   who chairs or leads it, if recorded
 * @param reportsToBodyId the body it reports to, if any (not itself)
 */
public record GovernanceBody(String id, String councilId, String name, GovernanceBodyKind kind,
                             Optional<String> chairPersonId, Optional<String> reportsToBodyId) {
    public GovernanceBody {
        Checks.id("GovernanceBody.id", id);
        Checks.id("GovernanceBody.councilId", councilId);
        Checks.name("GovernanceBody.name", name);
        Checks.present("GovernanceBody.kind", kind);
        Checks.optionalId("GovernanceBody.chairPersonId", chairPersonId);
        Checks.optionalId("GovernanceBody.reportsToBodyId", reportsToBodyId);
        if (reportsToBodyId.isPresent() && reportsToBodyId.get().equals(id)) {
            throw new ValidationException("GovernanceBody.reportsToBodyId", id,
                    "a body cannot report to itself");
        }
    }
}
