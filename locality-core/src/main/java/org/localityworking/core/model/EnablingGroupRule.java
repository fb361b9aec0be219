package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A council's rule for the composition of its Enabling Groups: a core size and how many core members
 * each sector has. Trafford's (seed 000) is six, two of each: {@code new EnablingGroupRule(6, 2, 2, 2)}.
 *
 * @param coreSize the number of core members
 * @param split    core members per sector; every sector is present and the counts add up to {@code coreSize}
 */
@API(status = STABLE, since = "1.0")
public record EnablingGroupRule(int coreSize, Map<MembershipSector, Integer> split) {
    public EnablingGroupRule {
        Checks.atLeast("EnablingGroupRule.coreSize", coreSize, 1);
        Checks.present("EnablingGroupRule.split", split);
        EnumMap<MembershipSector, Integer> copy = new EnumMap<>(MembershipSector.class);
        int total = 0;
        for (MembershipSector sector : MembershipSector.values()) {
            Integer n = split.get(sector);
            if (n == null) {
                throw new ValidationException("EnablingGroupRule.split[" + sector + "]", null,
                        "every sector needs a count (0 is allowed)");
            }
            Checks.atLeast("EnablingGroupRule.split[" + sector + "]", n, 0);
            copy.put(sector, n);
            total += n;
        }
        if (total != coreSize) {
            throw new ValidationException("EnablingGroupRule.split", copy.toString(),
                    "the counts must add up to the core size " + coreSize);
        }
        split = java.util.Collections.unmodifiableMap(copy);
    }

    /** A rule from per-sector counts; the core size is their sum. */
    public EnablingGroupRule(int community, int agency, int councillor) {
        this(community + agency + councillor, Map.of(MembershipSector.COMMUNITY, community,
                MembershipSector.AGENCY, agency, MembershipSector.COUNCILLOR, councillor));
    }

    /** {@return how many core members the sector must have} */
    public int required(MembershipSector sector) {
        return split.get(sector);
    }
}
