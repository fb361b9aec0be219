package org.localityworking.core.model;

import java.util.List;
import java.util.Optional;
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
}
