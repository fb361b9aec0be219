package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
}
