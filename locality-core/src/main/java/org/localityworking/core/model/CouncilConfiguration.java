package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * Everything that differs between councils' ways of working, as data. Trafford and Herefordshire run
 * on the same code with different configurations (see {@code org.localityworking.core.config}).
 *
 * @param terminology                     the words the council uses
 * @param localityBody                    partnerships or networks
 * @param defaultMembership               membership mode for new locality bodies
 * @param enablingGroupRule               the composition rule for Enabling Groups, if the council has them
 * @param minimumEventsPerLocalityPerYear engagement events each locality must hold a year (0: no rule)
 * @param minimumLeadOfficersPerLocality  lead officers each locality must have (0: no rule)
 * @param expectedLocalities              how many localities the council has
 * @param acvPeriods                      the Assets of Community Value periods in force
 * @param publicOfficeRoles               the roles that are public offices: a person holding one is named in PUBLIC
 *                                        reports in that role (default {@link #DEFAULT_PUBLIC_OFFICE_ROLES}:
 *                                        elected members); everyone else is named only with their consent
 */
@API(status = STABLE, since = "1.0")
public record CouncilConfiguration(Terminology terminology, LocalityBodyForm localityBody,
                                   MembershipMode defaultMembership, Optional<EnablingGroupRule> enablingGroupRule,
                                   int minimumEventsPerLocalityPerYear, int minimumLeadOfficersPerLocality,
                                   int expectedLocalities, AcvPeriods acvPeriods, Set<Role> publicOfficeRoles) {
    /** The public offices when a configuration names none: councillors and the executive member. */
    public static final Set<Role> DEFAULT_PUBLIC_OFFICE_ROLES = Set.of(Role.COUNCILLOR, Role.EXECUTIVE_MEMBER);

    /**
     * Checks every value. A configuration stored before {@code publicOfficeRoles} existed (record format 1)
     * reads it as absent, and gets {@link #DEFAULT_PUBLIC_OFFICE_ROLES}.
     */
    public CouncilConfiguration {
        publicOfficeRoles = publicOfficeRoles == null ? DEFAULT_PUBLIC_OFFICE_ROLES
                : Checks.enumSet("CouncilConfiguration.publicOfficeRoles", publicOfficeRoles, Role.class);
        Checks.present("CouncilConfiguration.terminology", terminology);
        Checks.present("CouncilConfiguration.localityBody", localityBody);
        Checks.present("CouncilConfiguration.defaultMembership", defaultMembership);
        Checks.optional("CouncilConfiguration.enablingGroupRule", enablingGroupRule);
        Checks.between("CouncilConfiguration.minimumEventsPerLocalityPerYear", minimumEventsPerLocalityPerYear, 0, 366);
        Checks.between("CouncilConfiguration.minimumLeadOfficersPerLocality", minimumLeadOfficersPerLocality, 0, 100);
        Checks.between("CouncilConfiguration.expectedLocalities", expectedLocalities, 1, 100_000);
        Checks.present("CouncilConfiguration.acvPeriods", acvPeriods);
    }

    /** {@return a CouncilConfiguration builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.terminology = terminology;
        b.localityBody = localityBody;
        b.defaultMembership = defaultMembership;
        b.enablingGroupRule = enablingGroupRule;
        b.minimumEventsPerLocalityPerYear = minimumEventsPerLocalityPerYear;
        b.minimumLeadOfficersPerLocality = minimumLeadOfficersPerLocality;
        b.expectedLocalities = expectedLocalities;
        b.acvPeriods = acvPeriods;
        b.publicOfficeRoles = publicOfficeRoles;
        return b;
    }

    /**
     * {@return a copy of this CouncilConfiguration with the new value, checked as a new one is}
     *
     * @param terminology the words the council uses
     */
    public CouncilConfiguration withTerminology(Terminology terminology) {
        return toBuilder().terminology(terminology).build();
    }

    /**
     * {@return a copy of this CouncilConfiguration with the new value, checked as a new one is}
     *
     * @param enablingGroupRule the composition rule for Enabling Groups, if the council has them
     */
    public CouncilConfiguration withEnablingGroupRule(EnablingGroupRule enablingGroupRule) {
        return toBuilder().enablingGroupRule(enablingGroupRule).build();
    }

    /**
     * {@return a copy of this CouncilConfiguration with the new value, checked as a new one is}
     *
     * @param minimumEventsPerLocalityPerYear engagement events each locality must hold a year (0: no rule)
     */
    public CouncilConfiguration withMinimumEventsPerLocalityPerYear(int minimumEventsPerLocalityPerYear) {
        return toBuilder().minimumEventsPerLocalityPerYear(minimumEventsPerLocalityPerYear).build();
    }

    /**
     * {@return a copy of this CouncilConfiguration with the new value, checked as a new one is}
     *
     * @param expectedLocalities how many localities the council has
     */
    public CouncilConfiguration withExpectedLocalities(int expectedLocalities) {
        return toBuilder().expectedLocalities(expectedLocalities).build();
    }

    /**
     * {@return whether it is a public office in this council (its holders are named in PUBLIC reports in that role)}
     *
     * @param role a role
     */
    public boolean isPublicOffice(Role role) {
        return publicOfficeRoles.contains(role);
    }

    /**
     * Builds a {@link CouncilConfiguration} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code terminology}, {@code
     * localityBody}, {@code defaultMembership}, {@code acvPeriods}.
     */
    public static final class Builder {
        private Terminology terminology;
        private LocalityBodyForm localityBody;
        private MembershipMode defaultMembership;
        private Optional<EnablingGroupRule> enablingGroupRule = Optional.empty();
        private int minimumEventsPerLocalityPerYear;
        private int minimumLeadOfficersPerLocality;
        private int expectedLocalities;
        private AcvPeriods acvPeriods;
        private Set<Role> publicOfficeRoles = DEFAULT_PUBLIC_OFFICE_ROLES;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param terminology the words the council uses
         */
        public Builder terminology(Terminology terminology) {
            this.terminology = terminology;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityBody partnerships or networks
         */
        public Builder localityBody(LocalityBodyForm localityBody) {
            this.localityBody = localityBody;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param defaultMembership membership mode for new locality bodies
         */
        public Builder defaultMembership(MembershipMode defaultMembership) {
            this.defaultMembership = defaultMembership;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param enablingGroupRule the composition rule for Enabling Groups, if the council has them
         */
        public Builder enablingGroupRule(EnablingGroupRule enablingGroupRule) {
            this.enablingGroupRule = Optional.of(Checks.present("CouncilConfiguration.enablingGroupRule", enablingGroupRule));
            return this;
        }

        /**
         * {@return this builder, with no enablingGroupRule (as when it was never set)}
         */
        public Builder noEnablingGroupRule() {
            this.enablingGroupRule = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param minimumEventsPerLocalityPerYear engagement events each locality must hold a year (0: no rule)
         */
        public Builder minimumEventsPerLocalityPerYear(int minimumEventsPerLocalityPerYear) {
            this.minimumEventsPerLocalityPerYear = minimumEventsPerLocalityPerYear;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param minimumLeadOfficersPerLocality lead officers each locality must have (0: no rule)
         */
        public Builder minimumLeadOfficersPerLocality(int minimumLeadOfficersPerLocality) {
            this.minimumLeadOfficersPerLocality = minimumLeadOfficersPerLocality;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param expectedLocalities how many localities the council has
         */
        public Builder expectedLocalities(int expectedLocalities) {
            this.expectedLocalities = expectedLocalities;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param acvPeriods the Assets of Community Value periods in force
         */
        public Builder acvPeriods(AcvPeriods acvPeriods) {
            this.acvPeriods = acvPeriods;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param publicOfficeRoles the roles that are public offices (default: councillors and the executive member)
         */
        public Builder publicOfficeRoles(Set<Role> publicOfficeRoles) {
            this.publicOfficeRoles = publicOfficeRoles;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public CouncilConfiguration build() {
            return new CouncilConfiguration(terminology, localityBody, defaultMembership, enablingGroupRule, minimumEventsPerLocalityPerYear, minimumLeadOfficersPerLocality, expectedLocalities, acvPeriods, publicOfficeRoles);
        }
    }
}
