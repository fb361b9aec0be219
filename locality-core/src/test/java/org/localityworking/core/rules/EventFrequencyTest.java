package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.Locality;

/** Herefordshire: "at least one event a year in each locality" (seed 004, paragraph 6). */
class EventFrequencyTest {
    private static final CouncilDefinition HEREFORDSHIRE = CouncilConfigurations.herefordshire();
    private static final int MINIMUM = HEREFORDSHIRE.council().configuration().minimumEventsPerLocalityPerYear();

    private static EngagementEvent event(String id, String locality, LocalDate on) {
        return new EngagementEvent(id, locality, EventKind.COMMUNITY_EVENT, "Your community - your say", on,
                OptionalInt.of(40));
    }

    @Test
    void theMinimumComesFromTheConfiguration() {
        assertEquals(1, MINIMUM);
    }

    @Test
    void everyLocalityWithAnEventInTheYearPasses() {
        List<EngagementEvent> events = new ArrayList<>();
        for (Locality l : HEREFORDSHIRE.localities()) {
            events.add(event("e-" + l.id(), l.id(), LocalDate.of(2012, 10, 1)));
        }
        assertEquals(List.of(), EventFrequency.check(HEREFORDSHIRE.localities(), events, Year.of(2012), MINIMUM));
    }

    @Test
    void aLocalityWhoseOnlyEventWasTheYearBeforeFails() {
        List<EngagementEvent> events = new ArrayList<>();
        for (Locality l : HEREFORDSHIRE.localities()) {
            LocalDate on = l.id().equals("kington") ? LocalDate.of(2011, 12, 31) : LocalDate.of(2012, 1, 1);
            events.add(event("e-" + l.id(), l.id(), on));
        }
        List<RuleViolation> violations = EventFrequency.check(HEREFORDSHIRE.localities(), events, Year.of(2012), MINIMUM);
        assertEquals(1, violations.size());
        assertEquals("kington", violations.get(0).subject());
        List<EventFrequency.Count> counts = EventFrequency.count(HEREFORDSHIRE.localities(), events, Year.of(2012), MINIMUM);
        assertEquals(9, counts.size(), "every locality is reported, including those with none");
    }

    @Test
    void aHigherMinimumCountsEvents() {
        List<EngagementEvent> events = List.of(event("e1", "ledbury", LocalDate.of(2012, 2, 1)),
                event("e2", "ledbury", LocalDate.of(2012, 6, 1)), event("e3", "leominster", LocalDate.of(2012, 6, 1)));
        List<RuleViolation> violations = EventFrequency.check(HEREFORDSHIRE.localities(), events, Year.of(2012), 2);
        assertEquals(8, violations.size());
    }
}
