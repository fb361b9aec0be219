package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "1.0")
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

    /** {@return an EngagementEvent builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.kind = kind;
        b.title = title;
        b.heldOn = heldOn;
        b.attendance = attendance;
        return b;
    }

    /**
     * {@return a copy of this EngagementEvent with the new value, checked as a new one is}
     *
     * @param attendance how many attended, if counted (not negative)
     */
    public EngagementEvent withAttendance(int attendance) {
        return toBuilder().attendance(attendance).build();
    }

    /**
     * Builds an {@link EngagementEvent} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code localityId},
     * {@code kind}, {@code title}, {@code heldOn}.
     */
    public static final class Builder {
        private String id;
        private String localityId;
        private EventKind kind;
        private String title;
        private LocalDate heldOn;
        private OptionalInt attendance = OptionalInt.empty();

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
         * @param localityId the locality
         */
        public Builder localityId(String localityId) {
            this.localityId = localityId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param kind what kind of event
         */
        public Builder kind(EventKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param title title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param heldOn the date
         */
        public Builder heldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param attendance how many attended, if counted (not negative)
         */
        public Builder attendance(int attendance) {
            this.attendance = OptionalInt.of(attendance);
            return this;
        }

        /**
         * {@return this builder, with no attendance (as when it was never set)}
         */
        public Builder noAttendance() {
            this.attendance = OptionalInt.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public EngagementEvent build() {
            return new EngagementEvent(id, localityId, kind, title, heldOn, attendance);
        }
    }
}
