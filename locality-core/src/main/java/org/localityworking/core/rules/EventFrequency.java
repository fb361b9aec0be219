package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.Locality;

/**
 * "At least one event a year in each locality" (seed 004), with the minimum taken from the council's
 * configuration. A locality with no events is reported, not left out.
 */
@API(status = STABLE, since = "1.0")
public final class EventFrequency {
    private EventFrequency() {
    }

    /** The rule's name in violations. */
    public static final String RULE = "events-per-locality-per-year";

    /**
     * A locality's event count for the year.
     *
     * @param localityId the locality
     * @param year       the calendar year
     * @param events     events held in it that year
     * @param minimum    the council's minimum
     */
    public record Count(String localityId, Year year, int events, int minimum) {
        /** {@return whether the locality held enough events} */
        public boolean meetsMinimum() {
            return events >= minimum;
        }
    }

    /** {@return each locality's count for the year, in the order given} */
    public static List<Count> count(List<Locality> localities, List<EngagementEvent> events, Year year, int minimum) {
        Map<String, Integer> counts = new HashMap<>();
        for (EngagementEvent e : events) {
            if (Year.from(e.heldOn()).equals(year)) {
                counts.merge(e.localityId(), 1, Integer::sum);
            }
        }
        return localities.stream()
                .map(l -> new Count(l.id(), year, counts.getOrDefault(l.id(), 0), minimum))
                .toList();
    }

    /** {@return one violation per locality below the minimum} */
    public static List<RuleViolation> check(List<Locality> localities, List<EngagementEvent> events, Year year,
                                            int minimum) {
        return count(localities, events, year, minimum).stream()
                .filter(c -> !c.meetsMinimum())
                .map(c -> new RuleViolation(RULE, c.localityId(), "held " + c.events() + " events in " + year
                        + ", the council's minimum is " + minimum))
                .toList();
    }
}
