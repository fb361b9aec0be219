package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * An assessment of one locality's progress against one success measure (seed 004: "map progress of
 * each locality ... against the success measures").
 *
 * @param id         identifier
 * @param measureId  the measure
 * @param localityId the locality
 * @param stage      the stage reached: 0 (not started) up to the measure's number of stages
 * @param assessedOn when it was assessed
 * @param note       a comment, if any
 */
@API(status = STABLE, since = "1.0")
public record Assessment(String id, String measureId, String localityId, int stage, LocalDate assessedOn,
                         Optional<String> note) {
    public Assessment {
        Checks.id("Assessment.id", id);
        Checks.id("Assessment.measureId", measureId);
        Checks.id("Assessment.localityId", localityId);
        Checks.atLeast("Assessment.stage", stage, 0);
        Checks.present("Assessment.assessedOn", assessedOn);
        Checks.optionalText("Assessment.note", note);
    }

    /** {@return an Assessment builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.measureId = measureId;
        b.localityId = localityId;
        b.stage = stage;
        b.assessedOn = assessedOn;
        b.note = note;
        return b;
    }

    /**
     * {@return a copy of this Assessment with the new value, checked as a new one is}
     *
     * @param stage the stage reached: 0 (not started) up to the measure's number of stages
     */
    public Assessment withStage(int stage) {
        return toBuilder().stage(stage).build();
    }

    /**
     * {@return a copy of this Assessment with the new value, checked as a new one is}
     *
     * @param note a comment, if any
     */
    public Assessment withNote(String note) {
        return toBuilder().note(note).build();
    }

    /**
     * Builds an {@link Assessment} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code measureId},
     * {@code localityId}, {@code assessedOn}.
     */
    public static final class Builder {
        private String id;
        private String measureId;
        private String localityId;
        private int stage;
        private LocalDate assessedOn;
        private Optional<String> note = Optional.empty();

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
         * @param measureId the measure
         */
        public Builder measureId(String measureId) {
            this.measureId = measureId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityId the locality
         */
        public Builder localityId(String localityId) {
            this.localityId = localityId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param stage the stage reached: 0 (not started) up to the measure's number of stages
         */
        public Builder stage(int stage) {
            this.stage = stage;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param assessedOn when it was assessed
         */
        public Builder assessedOn(LocalDate assessedOn) {
            this.assessedOn = assessedOn;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param note a comment, if any
         */
        public Builder note(String note) {
            this.note = Optional.of(Checks.present("Assessment.note", note));
            return this;
        }

        /**
         * {@return this builder, with no note (as when it was never set)}
         */
        public Builder noNote() {
            this.note = Optional.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Assessment build() {
            return new Assessment(id, measureId, localityId, stage, assessedOn, note);
        }
    }
}
