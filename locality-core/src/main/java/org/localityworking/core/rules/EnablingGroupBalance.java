package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.localityworking.core.model.CouncilConfiguration;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.EnablingGroupRule;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.MembershipSector;

/**
 * Checks an Enabling Group's core membership against the council's rule: the core size, and the
 * split between Community, Agency and Councillor (Trafford: six, two of each, seed 000).
 */
@API(status = STABLE, since = "1.0")
public final class EnablingGroupBalance {
    private EnablingGroupBalance() {
    }

    /** The rule's name in violations. */
    public static final String RULE = "enabling-group-balance";

    /**
     * {@return the violations, empty when the group keeps the council's rule; a council without an
     *         enabling-group rule (Herefordshire) has no enabling groups, so any group is a violation}
     */
    public static List<RuleViolation> check(EnablingGroup group, CouncilConfiguration configuration) {
        return configuration.enablingGroupRule()
                .map(rule -> check(group, rule, s -> s == MembershipSector.COUNCILLOR
                        ? configuration.terminology().councillorTerm() : s.name().toLowerCase(java.util.Locale.ROOT)))
                .orElseGet(() -> List.of(new RuleViolation(RULE, group.id(),
                        "the council's configuration has no enabling groups")));
    }

    /** {@return the violations of the rule, empty when the group keeps it} */
    public static List<RuleViolation> check(EnablingGroup group, EnablingGroupRule rule) {
        return check(group, rule, s -> s.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** @param words each sector as the message names it (a council's own word for its councillors) */
    private static List<RuleViolation> check(EnablingGroup group, EnablingGroupRule rule,
                                             java.util.function.Function<MembershipSector, String> words) {
        List<RuleViolation> violations = new ArrayList<>();
        int size = group.coreMembers().size();
        if (size != rule.coreSize()) {
            violations.add(new RuleViolation(RULE, group.id(),
                    "core membership is " + size + ", the council's rule is " + rule.coreSize()));
        }
        Map<MembershipSector, Integer> counts = countBySector(group.coreMembers());
        for (MembershipSector sector : MembershipSector.values()) {
            int have = counts.get(sector);
            int want = rule.required(sector);
            if (have != want) {
                violations.add(new RuleViolation(RULE, group.id(),
                        "core members (" + words.apply(sector) + "): " + have + ", the council's rule is " + want));
            }
        }
        return List.copyOf(violations);
    }

    /** {@return the number of members on each side, every sector present} */
    public static Map<MembershipSector, Integer> countBySector(List<Member> members) {
        Map<MembershipSector, Integer> counts = new EnumMap<>(MembershipSector.class);
        for (MembershipSector sector : MembershipSector.values()) {
            counts.put(sector, 0);
        }
        for (Member m : members) {
            counts.merge(m.sector(), 1, Integer::sum);
        }
        return counts;
    }
}
