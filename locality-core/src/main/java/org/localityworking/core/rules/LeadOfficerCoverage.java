package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;

/**
 * Each locality has at least the council's minimum of lead officers (Herefordshire: "at least one Lead
 * Locality Officer ... for each locality", seed 004).
 */
@API(status = STABLE, since = "1.0")
public final class LeadOfficerCoverage {
    private LeadOfficerCoverage() {
    }

    /** The rule's name in violations. */
    public static final String RULE = "lead-officers-per-locality";

    /** {@return one violation per locality with fewer lead officers than the minimum} */
    public static List<RuleViolation> check(List<Locality> localities, List<Person> people, int minimum) {
        Map<String, Integer> counts = new HashMap<>();
        for (Person p : people) {
            p.roles().stream()
                    .filter(r -> r.role() == Role.LEAD_LOCALITY_OFFICER)
                    .map(RoleAssignment::localityId)
                    .flatMap(java.util.Optional::stream)
                    .distinct()
                    .forEach(l -> counts.merge(l, 1, Integer::sum));
        }
        return localities.stream()
                .filter(l -> counts.getOrDefault(l.id(), 0) < minimum)
                .map(l -> new RuleViolation(RULE, l.id(), "has " + counts.getOrDefault(l.id(), 0)
                        + " lead officers, the council's minimum is " + minimum))
                .toList();
    }
}
