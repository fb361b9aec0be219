package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.Optional;
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
}
