package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.localityworking.core.internal.Checks;

/**
 * An engagement event in a locality (Herefordshire: "at least one event a year in each locality").
 *
 * @param id         identifier
 * @param localityId the locality
 * @param kind       what kind of event
 * @param title      title
 * @param heldOn     the date
 * @param attendance how many attended, if counted (not negative)
 */
public record EngagementEvent(String id, String localityId, EventKind kind, String title, LocalDate heldOn,
                              OptionalInt attendance) {
    public EngagementEvent {
        Checks.id("EngagementEvent.id", id);
        Checks.id("EngagementEvent.localityId", localityId);
        Checks.present("EngagementEvent.kind", kind);
        Checks.name("EngagementEvent.title", title);
        Checks.present("EngagementEvent.heldOn", heldOn);
        Checks.optional("EngagementEvent.attendance", attendance)
                .ifPresent(a -> Checks.atLeast("EngagementEvent.attendance", a, 0));
    }
}
