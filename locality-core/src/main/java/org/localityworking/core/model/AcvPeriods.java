package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Period;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * The periods of the Assets of Community Value scheme. {@link #ENGLAND} holds those of the Localism
 * Act 2011 and its regulations; a council elsewhere configures its own.
 *
 * @param decisionWithin    a nomination is decided within this period of its receipt (8 weeks)
 * @param listingLasts      a listing lasts this long from the decision (5 years)
 * @param interimMoratorium after the owner's notice to sell, the interim moratorium (6 weeks)
 * @param fullMoratorium    the full moratorium from the notice, if a community group asks to bid (6 months)
 * @param protectedPeriod   the protected period from the notice (18 months)
 */
@API(status = STABLE, since = "1.0")
public record AcvPeriods(Period decisionWithin, Period listingLasts, Period interimMoratorium,
                         Period fullMoratorium, Period protectedPeriod) {
    /** The periods in force in England. */
    public static final AcvPeriods ENGLAND = new AcvPeriods(Period.ofWeeks(8), Period.ofYears(5),
            Period.ofWeeks(6), Period.ofMonths(6), Period.ofMonths(18));

    public AcvPeriods {
        positive("AcvPeriods.decisionWithin", decisionWithin);
        positive("AcvPeriods.listingLasts", listingLasts);
        positive("AcvPeriods.interimMoratorium", interimMoratorium);
        positive("AcvPeriods.fullMoratorium", fullMoratorium);
        positive("AcvPeriods.protectedPeriod", protectedPeriod);
    }

    private static void positive(String field, Period p) {
        Checks.present(field, p);
        if (p.isNegative() || p.isZero()) {
            throw new ValidationException(field, p.toString(), "must be a positive period");
        }
    }
}
