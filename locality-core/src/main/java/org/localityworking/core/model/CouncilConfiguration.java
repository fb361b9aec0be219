package org.localityworking.core.model;

import java.util.Optional;
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
 */
public record CouncilConfiguration(Terminology terminology, LocalityBodyForm localityBody,
                                   MembershipMode defaultMembership, Optional<EnablingGroupRule> enablingGroupRule,
                                   int minimumEventsPerLocalityPerYear, int minimumLeadOfficersPerLocality,
                                   int expectedLocalities, AcvPeriods acvPeriods) {
    public CouncilConfiguration {
        Checks.present("CouncilConfiguration.terminology", terminology);
        Checks.present("CouncilConfiguration.localityBody", localityBody);
        Checks.present("CouncilConfiguration.defaultMembership", defaultMembership);
        Checks.optional("CouncilConfiguration.enablingGroupRule", enablingGroupRule);
        Checks.between("CouncilConfiguration.minimumEventsPerLocalityPerYear", minimumEventsPerLocalityPerYear, 0, 366);
        Checks.between("CouncilConfiguration.minimumLeadOfficersPerLocality", minimumLeadOfficersPerLocality, 0, 100);
        Checks.between("CouncilConfiguration.expectedLocalities", expectedLocalities, 1, 100_000);
        Checks.present("CouncilConfiguration.acvPeriods", acvPeriods);
    }
}
