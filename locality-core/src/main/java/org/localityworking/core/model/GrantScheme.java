package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A grant scheme: micro-grants, a small grants scheme for a project, voluntary sector grants decided by
 * public vote. {@link org.localityworking.core.rules.GrantRules} checks each grant against it.
 *
 * @param id          identifier
 * @param councilId   the council
 * @param localityId  the locality it serves, if only one
 * @param projectId   the project it belongs to, if any
 * @param name        name
 * @param capPerGrant the most one grant may be (M16 Environmental Action: GBP 300, seed 000)
 * @param eligible    who may receive grants: individuals and/or groups (at least one)
 * @param decidedBy   how awards are decided
 */
@API(status = STABLE, since = "1.0")
public record GrantScheme(String id, String councilId, Optional<String> localityId, Optional<String> projectId,
                          String name, Money capPerGrant, Set<RecipientKind> eligible,
                          GrantDecisionMethod decidedBy) {
    public GrantScheme {
        Checks.id("GrantScheme.id", id);
        Checks.id("GrantScheme.councilId", councilId);
        Checks.optionalId("GrantScheme.localityId", localityId);
        Checks.optionalId("GrantScheme.projectId", projectId);
        Checks.name("GrantScheme.name", name);
        Checks.present("GrantScheme.capPerGrant", capPerGrant);
        eligible = Checks.enumSet("GrantScheme.eligible", eligible, RecipientKind.class);
        if (eligible.isEmpty()) {
            throw new ValidationException("GrantScheme.eligible", "[]", "must allow individuals, groups or both");
        }
        Checks.present("GrantScheme.decidedBy", decidedBy);
    }

    /** {@return a GrantScheme builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.councilId = councilId;
        b.localityId = localityId;
        b.projectId = projectId;
        b.name = name;
        b.capPerGrant = capPerGrant;
        b.eligible = eligible;
        b.decidedBy = decidedBy;
        return b;
    }

    /**
     * {@return a copy of this GrantScheme with the new value, checked as a new one is}
     *
     * @param name name
     */
    public GrantScheme withName(String name) {
        return toBuilder().name(name).build();
    }

    /**
     * {@return a copy of this GrantScheme with the new value, checked as a new one is}
     *
     * @param capPerGrant the most one grant may be (M16 Environmental Action: GBP 300, seed 000)
     */
    public GrantScheme withCapPerGrant(Money capPerGrant) {
        return toBuilder().capPerGrant(capPerGrant).build();
    }

    /**
     * Builds a {@link GrantScheme} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code councilId},
     * {@code name}, {@code capPerGrant}, {@code decidedBy}.
     */
    public static final class Builder {
        private String id;
        private String councilId;
        private Optional<String> localityId = Optional.empty();
        private Optional<String> projectId = Optional.empty();
        private String name;
        private Money capPerGrant;
        private Set<RecipientKind> eligible = Set.of();
        private GrantDecisionMethod decidedBy;

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
         * @param localityId the locality it serves, if only one
         */
        public Builder localityId(String localityId) {
            this.localityId = Optional.of(Checks.present("GrantScheme.localityId", localityId));
            return this;
        }

        /**
         * {@return this builder, with no localityId (as when it was never set)}
         */
        public Builder noLocalityId() {
            this.localityId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param projectId the project it belongs to, if any
         */
        public Builder projectId(String projectId) {
            this.projectId = Optional.of(Checks.present("GrantScheme.projectId", projectId));
            return this;
        }

        /**
         * {@return this builder, with no projectId (as when it was never set)}
         */
        public Builder noProjectId() {
            this.projectId = Optional.empty();
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
         * @param capPerGrant the most one grant may be (M16 Environmental Action: GBP 300, seed 000)
         */
        public Builder capPerGrant(Money capPerGrant) {
            this.capPerGrant = capPerGrant;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param eligible who may receive grants: individuals and/or groups (at least one)
         */
        public Builder eligible(Set<RecipientKind> eligible) {
            this.eligible = eligible;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param decidedBy how awards are decided
         */
        public Builder decidedBy(GrantDecisionMethod decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public GrantScheme build() {
            return new GrantScheme(id, councilId, localityId, projectId, name, capPerGrant, eligible, decidedBy);
        }
    }
}
