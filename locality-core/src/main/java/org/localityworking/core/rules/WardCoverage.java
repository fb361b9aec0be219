package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.WardPart;

/**
 * A council's localities share out its wards: a ward wholly in one locality appears in no other, and a
 * ward split between localities (Trafford's Bucklow-St Martins, seed 003) is a named part in each.
 */
@API(status = STABLE, since = "1.0")
public final class WardCoverage {
    private WardCoverage() {
    }

    /** The rule's name in violations. */
    public static final String RULE = "ward-coverage";

    /**
     * {@return the violations of {@link #check(List)}, and one for each ward that is in no locality at all}
     *
     * @param wardIds    every ward of the council
     * @param localities the council's localities
     */
    public static List<RuleViolation> check(List<String> wardIds, List<Locality> localities) {
        List<RuleViolation> violations = new ArrayList<>();
        for (String ward : wardIds) {
            if (localities.stream().flatMap(l -> l.wards().stream()).noneMatch(w -> w.wardId().equals(ward))) {
                violations.add(new RuleViolation(RULE, ward, "is in no locality's share: list it in the wards of one"
                        + " locality (or a named part of it in each locality that holds one)"));
            }
        }
        violations.addAll(check(localities));
        return List.copyOf(violations);
    }

    /** {@return the violations, empty when the localities share their wards out properly} */
    public static List<RuleViolation> check(List<Locality> localities) {
        Map<String, List<String>> holders = new LinkedHashMap<>();
        Map<String, Boolean> anyWhole = new LinkedHashMap<>();
        for (Locality l : localities) {
            for (WardPart w : l.wards()) {
                holders.computeIfAbsent(w.wardId(), k -> new ArrayList<>()).add(l.id());
                anyWhole.merge(w.wardId(), w.isWhole(), Boolean::logicalOr);
            }
        }
        List<RuleViolation> violations = new ArrayList<>();
        holders.forEach((ward, in) -> {
            if (in.size() > 1 && anyWhole.get(ward)) {
                violations.add(new RuleViolation(RULE, ward, "is in localities " + in
                        + " but at least one claims the whole ward; name the part each holds"));
            }
            if (in.size() == 1 && !anyWhole.get(ward)) {
                violations.add(new RuleViolation(RULE, ward, "only a part is in locality " + in.get(0)
                        + "; the rest of the ward is in no locality"));
            }
        });
        return List.copyOf(violations);
    }
}
