package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A Locality Partnership (Trafford): councillors, agency partners and Community Ambassadors who
 * govern, engage on and communicate the locality plan, holding it "in trust" for the community.
 *
 * @param id            identifier
 * @param localityId    the locality
 * @param name          name
 * @param membership    defined or open membership
 * @param established   when it was established
 * @param members       its members, each once
 */
@API(status = STABLE, since = "1.0")
public record LocalityPartnership(String id, String localityId, String name, MembershipMode membership,
                                  LocalDate established, List<Member> members) {
    public LocalityPartnership {
        Checks.id("LocalityPartnership.id", id);
        Checks.id("LocalityPartnership.localityId", localityId);
        Checks.name("LocalityPartnership.name", name);
        Checks.present("LocalityPartnership.membership", membership);
        Checks.present("LocalityPartnership.established", established);
        members = Checks.list("LocalityPartnership.members", members);
        Checks.unique("LocalityPartnership.members", members, Member::personId);
    }

    /** {@return a LocalityPartnership builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.name = name;
        b.membership = membership;
        b.established = established;
        b.members = members;
        return b;
    }

    /**
     * {@return a copy of this LocalityPartnership with the new value, checked as a new one is}
     *
     * @param members its members, each once
     */
    public LocalityPartnership withMembers(List<Member> members) {
        return toBuilder().members(members).build();
    }

    /**
     * Builds a {@link LocalityPartnership} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code localityId},
     * {@code name}, {@code membership}, {@code established}.
     */
    public static final class Builder {
        private String id;
        private String localityId;
        private String name;
        private MembershipMode membership;
        private LocalDate established;
        private List<Member> members = List.of();

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
         * @param name name
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param membership defined or open membership
         */
        public Builder membership(MembershipMode membership) {
            this.membership = membership;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param established when it was established
         */
        public Builder established(LocalDate established) {
            this.established = established;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param members its members, each once
         */
        public Builder members(List<Member> members) {
            this.members = members;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public LocalityPartnership build() {
            return new LocalityPartnership(id, localityId, name, membership, established, members);
        }
    }
}
