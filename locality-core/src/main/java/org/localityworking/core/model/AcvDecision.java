package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A decision on an Asset of Community Value nomination.
 *
 * @param outcome   listed or unsuccessful
 * @param decidedOn the date of the decision
 */
@API(status = STABLE, since = "1.0")
public record AcvDecision(AcvOutcome outcome, LocalDate decidedOn) {
    public AcvDecision {
        Checks.present("AcvDecision.outcome", outcome);
        Checks.present("AcvDecision.decidedOn", decidedOn);
    }
}
