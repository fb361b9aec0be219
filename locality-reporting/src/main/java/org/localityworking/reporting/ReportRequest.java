package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "1.0")
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

    /** {@return a request for the whole council, as of today, generated now, with no period limit} */
    public static ReportRequest council(String councilId, Audience audience) {
        return new ReportRequest(councilId, Optional.empty(), audience, LocalDate.now(java.time.ZoneId.systemDefault()), Optional.empty(),
                Optional.empty(), Instant.now());
    }

    /** {@return this request for one locality} */
    public ReportRequest forLocality(String localityId) {
        return new ReportRequest(councilId, Optional.of(localityId), audience, asOf, periodFrom, periodTo, generatedAt);
    }

    /** {@return this request for another audience} */
    public ReportRequest forAudience(Audience other) {
        return new ReportRequest(councilId, localityId, other, asOf, periodFrom, periodTo, generatedAt);
    }

    /** {@return this request as of the day, generated at the instant} */
    public ReportRequest at(LocalDate day, Instant generated) {
        return new ReportRequest(councilId, localityId, audience, day, periodFrom, periodTo, generated);
    }

    /** {@return this request limited to dated records in the inclusive period} */
    public ReportRequest period(LocalDate from, LocalDate to) {
        return new ReportRequest(councilId, localityId, audience, asOf, Optional.of(from), Optional.of(to), generatedAt);
    }

    /** {@return whether a date falls in the period (always, when no period is set)} */
    public boolean inPeriod(LocalDate date) {
        return periodFrom.map(f -> !date.isBefore(f)).orElse(true) && periodTo.map(t -> !date.isAfter(t)).orElse(true);
    }

    /** {@return a ReportRequest builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.councilId = councilId;
        b.localityId = localityId;
        b.audience = audience;
        b.asOf = asOf;
        b.periodFrom = periodFrom;
        b.periodTo = periodTo;
        b.generatedAt = generatedAt;
        return b;
    }


    /**
     * Builds a {@link ReportRequest} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code councilId}, {@code
     * audience}, {@code asOf}, {@code generatedAt}.
     */
    public static final class Builder {
        private String councilId;
        private Optional<String> localityId = Optional.empty();
        private Audience audience;
        private LocalDate asOf;
        private Optional<LocalDate> periodFrom = Optional.empty();
        private Optional<LocalDate> periodTo = Optional.empty();
        private Instant generatedAt;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param councilId the council
         */
        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityId one locality, or empty for the council as a whole
         */
        public Builder localityId(String localityId) {
            this.localityId = Optional.of(Checks.present("ReportRequest.localityId", localityId));
            return this;
        }

        /**
         * {@return this builder, with no localityId (as when it was never set)}
         */
        public Builder noLocalityId() {
            this.localityId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param audience who will read it
         */
        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param asOf the day the report describes (consents and deadlines are judged on it)
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param periodFrom the first day of the period for dated records (grants, events), if limited
         */
        public Builder periodFrom(LocalDate periodFrom) {
            this.periodFrom = Optional.of(Checks.present("ReportRequest.periodFrom", periodFrom));
            return this;
        }

        /**
         * {@return this builder, with no periodFrom (as when it was never set)}
         */
        public Builder noPeriodFrom() {
            this.periodFrom = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param periodTo the last day of the period, if limited
         */
        public Builder periodTo(LocalDate periodTo) {
            this.periodTo = Optional.of(Checks.present("ReportRequest.periodTo", periodTo));
            return this;
        }

        /**
         * {@return this builder, with no periodTo (as when it was never set)}
         */
        public Builder noPeriodTo() {
            this.periodTo = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param generatedAt when the report is generated (shown on it)
         */
        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public ReportRequest build() {
            return new ReportRequest(councilId, localityId, audience, asOf, periodFrom, periodTo, generatedAt);
        }
    }
}
