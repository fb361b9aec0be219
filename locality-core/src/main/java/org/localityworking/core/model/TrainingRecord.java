package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * One person's completion of a training programme.
 *
 * @param id          identifier
 * @param personId    the person trained
 * @param programmeId the programme
 * @param completedOn when they completed it
 */
@API(status = STABLE, since = "1.0")
public record TrainingRecord(String id, String personId, String programmeId, LocalDate completedOn) {
    public TrainingRecord {
        Checks.id("TrainingRecord.id", id);
        Checks.id("TrainingRecord.personId", personId);
        Checks.id("TrainingRecord.programmeId", programmeId);
        Checks.present("TrainingRecord.completedOn", completedOn);
    }
}
