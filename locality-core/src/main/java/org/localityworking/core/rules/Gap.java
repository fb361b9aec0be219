package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One cell of a gap analysis: where a locality stands against a success measure's target.
 *
 * @param localityId    the locality
 * @param measureId     the measure
 * @param targetStage   the stage aimed for
 * @param assessedStage the latest assessed stage, or empty where the locality has not been assessed (no data)
 * @param assessedOn    the date of that assessment
 */
@API(status = STABLE, since = "1.0")
public record Gap(String localityId, String measureId, int targetStage, OptionalInt assessedStage,
                  Optional<LocalDate> assessedOn) {
    /** {@return target stage minus assessed stage (0 or less: target met), or empty where there is no data} */
    public OptionalInt gap() {
        return assessedStage.isPresent() ? OptionalInt.of(targetStage - assessedStage.getAsInt()) : OptionalInt.empty();
    }

    /** {@return whether the locality was assessed against the measure} */
    public boolean hasData() {
        return assessedStage.isPresent();
    }
}
