package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * An electoral ward. Wards change at boundary reviews (Trafford's did in 2023), so each carries the
 * dates it is valid between.
 *
 * @param id         identifier (the GSS code where there is one)
 * @param councilId  the council
 * @param name       name
 * @param gssCode    the ONS ward code, if known ({@link GssCodes#WARD})
 * @param validFrom  first day the ward exists, if known
 * @param validUntil first day the ward no longer exists (exclusive), if it has been abolished
 * @param boundary   the ward's outline, if the council gave it ({@code wards.boundaries} in its configuration):
 *                   the outer ring of each of its polygons, each ring at least four points, closed (first and
 *                   last the same); empty when not given (and in a record written before record format 3)
 */
@API(status = STABLE, since = "1.0")
@SuppressWarnings("OptionalAssignedToNull")
public record Ward(String id, String councilId, String name, Optional<String> gssCode,
                   Optional<LocalDate> validFrom, Optional<LocalDate> validUntil, List<List<GeoPoint>> boundary) {
    /** Checks every value; a boundary given as null (a record written before it existed) is none. */
    public Ward {
        boundary = boundary == null ? List.of() : Checks.list("Ward.boundary", boundary).stream()
                .map(ring -> Checks.list("Ward.boundary", ring)).toList();
        for (List<GeoPoint> ring : boundary) {
            if (ring.size() < 4 || !ring.get(0).equals(ring.get(ring.size() - 1))) {
                throw new ValidationException("Ward.boundary", id + " (a ring of " + ring.size() + " points)",
                        "each ring must be closed (its first point repeated last) and have at least four points");
            }
        }
        Checks.id("Ward.id", id);
        Checks.id("Ward.councilId", councilId);
        Checks.name("Ward.name", name);
        Checks.optional("Ward.gssCode", gssCode).ifPresent(v -> Checks.matches("Ward.gssCode", v,
                GssCodes.WARD, "must be a ward GSS code such as E05000824"));
        Checks.optional("Ward.validFrom", validFrom);
        Checks.optional("Ward.validUntil", validUntil);
        if (validFrom.isPresent() && validUntil.isPresent() && !validUntil.get().isAfter(validFrom.get())) {
            throw new ValidationException("Ward.validUntil", validUntil.get().toString(),
                    "must be after Ward.validFrom (" + validFrom.get() + ")");
        }
    }

    /**
     * A ward without a boundary.
     *
     * @param id         identifier
     * @param councilId  the council
     * @param name       name
     * @param gssCode    the ONS ward code, if known
     * @param validFrom  first day the ward exists, if known
     * @param validUntil first day the ward no longer exists, if it has been abolished
     */
    public Ward(String id, String councilId, String name, Optional<String> gssCode, Optional<LocalDate> validFrom,
                Optional<LocalDate> validUntil) {
        this(id, councilId, name, gssCode, validFrom, validUntil, List.of());
    }

    /** {@return whether the ward exists on the given day} */
    public boolean isValidOn(LocalDate day) {
        return validFrom.map(f -> !day.isBefore(f)).orElse(true)
                && validUntil.map(u -> day.isBefore(u)).orElse(true);
    }

    /** {@return a Ward builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.name = name;
        b.gssCode = gssCode;
        b.validFrom = validFrom;
        b.validUntil = validUntil;
        b.boundary = boundary;
        return b;
    }

    /**
     * {@return a copy of this Ward with the new value, checked as a new one is}
     *
     * @param name name
     */
    public Ward withName(String name) {
        return toBuilder().name(name).build();
    }

    /**
     * {@return a copy of this Ward with the new value, checked as a new one is}
     *
     * @param validUntil first day the ward no longer exists (exclusive), if it has been abolished
     */
    public Ward withValidUntil(LocalDate validUntil) {
        return toBuilder().validUntil(validUntil).build();
    }

    /**
     * Builds a {@link Ward} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code name}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private String name;
        private Optional<String> gssCode = Optional.empty();
        private Optional<LocalDate> validFrom = Optional.empty();
        private Optional<LocalDate> validUntil = Optional.empty();
        private List<List<GeoPoint>> boundary = List.of();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param boundary the outer ring of each of the ward's polygons, each closed
         */
        public Builder boundary(List<List<GeoPoint>> boundary) {
            this.boundary = Checks.present("Ward.boundary", boundary);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param id identifier (the GSS code where there is one)
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param councilId the council
         */
        public Builder councilId(String councilId) {
            this.councilId = councilId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name name
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param gssCode the ONS ward code, if known ({@link GssCodes#WARD})
         */
        public Builder gssCode(String gssCode) {
            this.gssCode = Optional.of(Checks.present("Ward.gssCode", gssCode));
            return this;
        }

        /**
         * {@return this builder, with no gssCode (as when it was never set)}
         */
        public Builder noGssCode() {
            this.gssCode = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param validFrom first day the ward exists, if known
         */
        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = Optional.of(Checks.present("Ward.validFrom", validFrom));
            return this;
        }

        /**
         * {@return this builder, with no validFrom (as when it was never set)}
         */
        public Builder noValidFrom() {
            this.validFrom = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param validUntil first day the ward no longer exists (exclusive), if it has been abolished
         */
        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = Optional.of(Checks.present("Ward.validUntil", validUntil));
            return this;
        }

        /**
         * {@return this builder, with no validUntil (as when it was never set)}
         */
        public Builder noValidUntil() {
            this.validUntil = Optional.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Ward build() {
            return new Ward(id, councilId, name, gssCode, validFrom, validUntil, boundary);
        }
    }
}
