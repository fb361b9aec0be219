package org.localityworking.core.model;

import java.time.LocalDate;
import org.localityworking.core.internal.Checks;

/**
 * A decision on an Asset of Community Value nomination.
 *
 * @param outcome   listed or unsuccessful
 * @param decidedOn the date of the decision
 */
public record AcvDecision(AcvOutcome outcome, LocalDate decidedOn) {
    public AcvDecision {
        Checks.present("AcvDecision.outcome", outcome);
        Checks.present("AcvDecision.decidedOn", decidedOn);
    }
}
