package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * What a group or a plan priority is looking for, in a locality and perhaps a ward, to be matched to the gifts
 * people and organisations offer there.
 *
 * @param id             identifier
 * @param localityId     the locality
 * @param wardId         the ward, if it is that local
 * @param organisationId the group that needs it, if a group does
 * @param planPriority   the locality plan priority it serves, in the plan's words, if a plan does
 * @param kind           the kind of gift that would meet it: head, hands or heart
 * @param description    what is needed
 * @param tags           words it can be matched by (lower case)
 */
@API(status = STABLE, since = "1.0")
public record Need(String id, String localityId, Optional<String> wardId, Optional<String> organisationId,
                   Optional<String> planPriority, GiftKind kind, String description, Set<String> tags) {
    /** Checks every value: a need belongs to a group or a plan priority. */
    public Need {
        Checks.id("Need.id", id);
        Checks.id("Need.localityId", localityId);
        Checks.optionalId("Need.wardId", wardId);
        Checks.optionalId("Need.organisationId", organisationId);
        Checks.optionalName("Need.planPriority", planPriority);
        if (organisationId.isEmpty() && planPriority.isEmpty()) {
            throw new ValidationException("Need.organisationId", "", "a need belongs to a group (organisationId) or a"
                    + " plan priority (planPriority): give one");
        }
        Checks.present("Need.kind", kind);
        Checks.text("Need.description", description);
        tags = Gift.tags(Checks.present("Need.tags", tags), "Need.tags");
    }

    /** {@return a Need builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.wardId = wardId;
        b.organisationId = organisationId;
        b.planPriority = planPriority;
        b.kind = kind;
        b.description = description;
        b.tags = tags;
        return b;
    }

    /** Builds a {@link Need} with named setters; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String id;
        private String localityId;
        private Optional<String> wardId = Optional.empty();
        private Optional<String> organisationId = Optional.empty();
        private Optional<String> planPriority = Optional.empty();
        private GiftKind kind;
        private String description;
        private Set<String> tags = Set.of();

        private Builder() {
        }

        /** {@return this builder, with id} */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** {@return this builder, with localityId} */
        public Builder localityId(String localityId) {
            this.localityId = localityId;
            return this;
        }

        /** {@return this builder, with wardId} */
        public Builder wardId(String wardId) {
            this.wardId = Optional.of(wardId);
            return this;
        }

        /** {@return this builder, with no wardId} */
        public Builder noWardId() {
            this.wardId = Optional.empty();
            return this;
        }

        /** {@return this builder, with organisationId} */
        public Builder organisationId(String organisationId) {
            this.organisationId = Optional.of(organisationId);
            return this;
        }

        /** {@return this builder, with no organisationId} */
        public Builder noOrganisationId() {
            this.organisationId = Optional.empty();
            return this;
        }

        /** {@return this builder, with planPriority} */
        public Builder planPriority(String planPriority) {
            this.planPriority = Optional.of(planPriority);
            return this;
        }

        /** {@return this builder, with no planPriority} */
        public Builder noPlanPriority() {
            this.planPriority = Optional.empty();
            return this;
        }

        /** {@return this builder, with kind} */
        public Builder kind(GiftKind kind) {
            this.kind = kind;
            return this;
        }

        /** {@return this builder, with description} */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@return this builder, with tags} */
        public Builder tags(Set<String> tags) {
            this.tags = tags;
            return this;
        }

        /** {@return the record, checked} */
        public Need build() {
            return new Need(id, localityId, wardId, organisationId, planPriority, kind, description, tags);
        }
    }
}
