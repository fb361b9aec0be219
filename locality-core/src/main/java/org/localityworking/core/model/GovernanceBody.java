package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A governance body: a steering group led by the Executive Member, the board it reports to, a scrutiny
 * committee that reads progress reports.
 *
 * @param id              identifier
 * @param councilId       the council
 * @param name            name
 * @param kind            what kind of body
 * @param chairPersonId   who chairs or leads it, if recorded
 * @param reportsToBodyId the body it reports to, if any (not itself)
 */
@API(status = STABLE, since = "1.0")
public record GovernanceBody(String id, String councilId, String name, GovernanceBodyKind kind,
                             Optional<String> chairPersonId, Optional<String> reportsToBodyId) {
    public GovernanceBody {
        Checks.id("GovernanceBody.id", id);
        Checks.id("GovernanceBody.councilId", councilId);
        Checks.name("GovernanceBody.name", name);
        Checks.present("GovernanceBody.kind", kind);
        Checks.optionalId("GovernanceBody.chairPersonId", chairPersonId);
        Checks.optionalId("GovernanceBody.reportsToBodyId", reportsToBodyId);
        if (reportsToBodyId.isPresent() && reportsToBodyId.get().equals(id)) {
            throw new ValidationException("GovernanceBody.reportsToBodyId", id,
                    "a body cannot report to itself");
        }
    }

    /** {@return a GovernanceBody builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.name = name;
        b.kind = kind;
        b.chairPersonId = chairPersonId;
        b.reportsToBodyId = reportsToBodyId;
        return b;
    }

    /**
     * {@return a copy of this GovernanceBody with the new value, checked as a new one is}
     *
     * @param chairPersonId who chairs or leads it, if recorded
     */
    public GovernanceBody withChairPersonId(String chairPersonId) {
        return toBuilder().chairPersonId(chairPersonId).build();
    }

    /**
     * Builds a {@link GovernanceBody} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code name}, {@code kind}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private String name;
        private GovernanceBodyKind kind;
        private Optional<String> chairPersonId = Optional.empty();
        private Optional<String> reportsToBodyId = Optional.empty();

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
         * @param kind what kind of body
         */
        public Builder kind(GovernanceBodyKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param chairPersonId who chairs or leads it, if recorded
         */
        public Builder chairPersonId(String chairPersonId) {
            this.chairPersonId = Optional.of(Checks.present("GovernanceBody.chairPersonId", chairPersonId));
            return this;
        }

        /**
         * {@return this builder, with no chairPersonId (as when it was never set)}
         */
        public Builder noChairPersonId() {
            this.chairPersonId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param reportsToBodyId the body it reports to, if any (not itself)
         */
        public Builder reportsToBodyId(String reportsToBodyId) {
            this.reportsToBodyId = Optional.of(Checks.present("GovernanceBody.reportsToBodyId", reportsToBodyId));
            return this;
        }

        /**
         * {@return this builder, with no reportsToBodyId (as when it was never set)}
         */
        public Builder noReportsToBodyId() {
            this.reportsToBodyId = Optional.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public GovernanceBody build() {
            return new GovernanceBody(id, councilId, name, kind, chairPersonId, reportsToBodyId);
        }
    }
}
