package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A staged measure of success against an outcome (seed 004, Appendix A). Stages are numbered from 1
 * in the order given; an assessment places a locality at stage 0 (not started) to the last stage.
 *
 * @param id          identifier
 * @param councilId   the council
 * @param objectiveId the strategy theme or objective it measures, if any
 * @param name        what success looks like
 * @param stages      the stage descriptions, in order, at least one
 * @param targetStage the stage the council aims for (1 to the number of stages)
 */
@API(status = STABLE, since = "1.0")
public record SuccessMeasure(String id, String councilId, Optional<String> objectiveId, String name,
                             List<String> stages, int targetStage) {
    public SuccessMeasure {
        Checks.id("SuccessMeasure.id", id);
        Checks.id("SuccessMeasure.councilId", councilId);
        Checks.optionalId("SuccessMeasure.objectiveId", objectiveId);
        Checks.name("SuccessMeasure.name", name);
        stages = Checks.texts("SuccessMeasure.stages", stages);
        if (stages.isEmpty()) {
            throw new ValidationException("SuccessMeasure.stages", "[]", "must list at least one stage");
        }
        Checks.between("SuccessMeasure.targetStage", targetStage, 1, stages.size());
    }

    /** {@return a SuccessMeasure builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.objectiveId = objectiveId;
        b.name = name;
        b.stages = stages;
        b.targetStage = targetStage;
        return b;
    }

    /**
     * {@return a copy of this SuccessMeasure with the new value, checked as a new one is}
     *
     * @param targetStage the stage the council aims for (1 to the number of stages)
     */
    public SuccessMeasure withTargetStage(int targetStage) {
        return toBuilder().targetStage(targetStage).build();
    }

    /**
     * Builds a {@link SuccessMeasure} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code name}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private Optional<String> objectiveId = Optional.empty();
        private String name;
        private List<String> stages = List.of();
        private int targetStage;

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
         * @param councilId the council
         */
        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param objectiveId the strategy theme or objective it measures, if any
         */
        public Builder objectiveId(String objectiveId) {
            this.objectiveId = Optional.of(Checks.present("SuccessMeasure.objectiveId", objectiveId));
            return this;
        }

        /**
         * {@return this builder, with no objectiveId (as when it was never set)}
         */
        public Builder noObjectiveId() {
            this.objectiveId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name what success looks like
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param stages the stage descriptions, in order, at least one
         */
        public Builder stages(List<String> stages) {
            this.stages = stages;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param targetStage the stage the council aims for (1 to the number of stages)
         */
        public Builder targetStage(int targetStage) {
            this.targetStage = targetStage;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public SuccessMeasure build() {
            return new SuccessMeasure(id, councilId, objectiveId, name, stages, targetStage);
        }
    }
}
