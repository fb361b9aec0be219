package org.localityworking.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * What a report is asked for.
 *
 * @param councilId   the council
 * @param localityId  one locality, or empty for the council as a whole
 * @param audience    who will read it
 * @param asOf        the day the report describes (consents and deadlines are judged on it)
 * @param periodFrom  the first day of the period for dated records (grants, events), if limited
 * @param periodTo    the last day of the period, if limited
 * @param generatedAt when the report is generated (shown on it)
 */
public record ReportRequest(String councilId, Optional<String> localityId, Audience audience, LocalDate asOf,
                            Optional<LocalDate> periodFrom, Optional<LocalDate> periodTo, Instant generatedAt) {
    public ReportRequest {
        Checks.id("ReportRequest.councilId", councilId);
        Checks.optionalId("ReportRequest.localityId", localityId);
        Checks.present("ReportRequest.audience", audience);
        Checks.present("ReportRequest.asOf", asOf);
        Checks.optional("ReportRequest.periodFrom", periodFrom);
        Checks.optional("ReportRequest.periodTo", periodTo);
        Checks.present("ReportRequest.generatedAt", generatedAt);
        if (periodFrom.isPresent() && periodTo.isPresent() && periodTo.get().isBefore(periodFrom.get())) {
            throw new ValidationException("ReportRequest.periodTo", periodTo.get().toString(),
                    "must not be before ReportRequest.periodFrom (" + periodFrom.get() + ")");
        }
    }

    /** @return a request for the whole council, as of today, generated now, with no period limit */
    public static ReportRequest council(String councilId, Audience audience) {
        return new ReportRequest(councilId, Optional.empty(), audience, LocalDate.now(), Optional.empty(),
                Optional.empty(), Instant.now());
    }

    /** @return this request for one locality */
    public ReportRequest forLocality(String localityId) {
        return new ReportRequest(councilId, Optional.of(localityId), audience, asOf, periodFrom, periodTo, generatedAt);
    }

    /** @return this request for another audience */
    public ReportRequest forAudience(Audience other) {
        return new ReportRequest(councilId, localityId, other, asOf, periodFrom, periodTo, generatedAt);
    }

    /** @return this request as of the day, generated at the instant */
    public ReportRequest at(LocalDate day, Instant generated) {
        return new ReportRequest(councilId, localityId, audience, day, periodFrom, periodTo, generated);
    }

    /** @return this request limited to dated records in the inclusive period */
    public ReportRequest period(LocalDate from, LocalDate to) {
        return new ReportRequest(councilId, localityId, audience, asOf, Optional.of(from), Optional.of(to), generatedAt);
    }

    /** @return whether a date falls in the period (always, when no period is set) */
    public boolean inPeriod(LocalDate date) {
        return periodFrom.map(f -> !date.isBefore(f)).orElse(true) && periodTo.map(t -> !date.isAfter(t)).orElse(true);
    }
}
