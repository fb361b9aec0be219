package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A training programme for community builders, as councils report it: sessions on given days and a
 * delegate count (seed 000: three days, over 200 delegates; seed 002: 270 staff and councillors).
 *
 * @param id                 identifier
 * @param councilId          the council that ran it
 * @param title              title
 * @param sessionDates       the days it was held on, in order, at least one
 * @param delegates          how many delegates attended
 * @param delegatesAtLeast   whether {@code delegates} is a lower bound ("over 200")
 * @param toolkit            the online toolkit participants keep access to, if any
 */
@API(status = STABLE, since = "1.0")
public record TrainingProgramme(String id, String councilId, String title, List<LocalDate> sessionDates,
                                int delegates, boolean delegatesAtLeast, Optional<String> toolkit) {
    public TrainingProgramme {
        Checks.id("TrainingProgramme.id", id);
        Checks.id("TrainingProgramme.councilId", councilId);
        Checks.name("TrainingProgramme.title", title);
        sessionDates = Checks.list("TrainingProgramme.sessionDates", sessionDates);
        if (sessionDates.isEmpty()) {
            throw new ValidationException("TrainingProgramme.sessionDates", "[]",
                    "must list at least one day");
        }
        for (int i = 1; i < sessionDates.size(); i++) {
            Checks.notBefore("TrainingProgramme.sessionDates[" + i + "]", sessionDates.get(i),
                    "TrainingProgramme.sessionDates[" + (i - 1) + "]", sessionDates.get(i - 1));
        }
        Checks.atLeast("TrainingProgramme.delegates", delegates, 0);
        Checks.optionalText("TrainingProgramme.toolkit", toolkit);
    }

    /** {@return a TrainingProgramme builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.title = title;
        b.sessionDates = sessionDates;
        b.delegates = delegates;
        b.delegatesAtLeast = delegatesAtLeast;
        b.toolkit = toolkit;
        return b;
    }

    /**
     * {@return a copy of this TrainingProgramme with the new value, checked as a new one is}
     *
     * @param delegates how many delegates attended
     */
    public TrainingProgramme withDelegates(int delegates) {
        return toBuilder().delegates(delegates).build();
    }

    /**
     * Builds a {@link TrainingProgramme} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code title}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private String title;
        private List<LocalDate> sessionDates = List.of();
        private int delegates;
        private boolean delegatesAtLeast;
        private Optional<String> toolkit = Optional.empty();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param id identifier
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param councilId the council that ran it
         */
        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param title title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param sessionDates the days it was held on, in order, at least one
         */
        public Builder sessionDates(List<LocalDate> sessionDates) {
            this.sessionDates = sessionDates;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param delegates how many delegates attended
         */
        public Builder delegates(int delegates) {
            this.delegates = delegates;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param delegatesAtLeast whether {@code delegates} is a lower bound ("over 200")
         */
        public Builder delegatesAtLeast(boolean delegatesAtLeast) {
            this.delegatesAtLeast = delegatesAtLeast;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param toolkit the online toolkit participants keep access to, if any
         */
        public Builder toolkit(String toolkit) {
            this.toolkit = Optional.of(Checks.present("TrainingProgramme.toolkit", toolkit));
            return this;
        }

        /**
         * {@return this builder, with no toolkit (as when it was never set)}
         */
        public Builder noToolkit() {
            this.toolkit = Optional.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public TrainingProgramme build() {
            return new TrainingProgramme(id, councilId, title, sessionDates, delegates, delegatesAtLeast, toolkit);
        }
    }
}
