package org.localityworking.core.model;

import java.time.LocalDate;
import org.localityworking.core.internal.Checks;

/**
 * One person's completion of a training programme.
 *
 * @param id          identifier
 * @param personId    the person trained
 * @param programmeId the programme
 * @param completedOn when they completed it
 */
public record TrainingRecord(String id, String personId, String programmeId, LocalDate completedOn) {
    public TrainingRecord {
        Checks.id("TrainingRecord.id", id);
        Checks.id("TrainingRecord.personId", personId);
        Checks.id("TrainingRecord.programmeId", programmeId);
        Checks.present("TrainingRecord.completedOn", completedOn);
    }
}
