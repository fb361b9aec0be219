package org.localityworking.core.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.model.LocalityPlan;
import org.localityworking.core.model.ThreeQuestion;

/**
 * How a locality plan covers the three questions (seeds 001, 003): how many actions answer each, and
 * which go unanswered. A plan covers them when each has at least one action.
 *
 * @param planId    the plan
 * @param actions   actions per question, every question present
 * @param uncovered the questions with no action
 */
@API(status = STABLE, since = "1.0")
public record PlanCoverage(String planId, Map<ThreeQuestion, Integer> actions, Set<ThreeQuestion> uncovered) {
    /** The rule's name in violations. */
    public static final String RULE = "plan-three-questions";

    public PlanCoverage {
        actions = Collections.unmodifiableMap(new EnumMap<>(actions));
        uncovered = Collections.unmodifiableSet(uncovered.isEmpty()
                ? EnumSet.noneOf(ThreeQuestion.class) : EnumSet.copyOf(uncovered));
    }

    /** {@return the plan's coverage} */
    public static PlanCoverage of(LocalityPlan plan) {
        Map<ThreeQuestion, Integer> counts = new EnumMap<>(ThreeQuestion.class);
        for (ThreeQuestion q : ThreeQuestion.values()) {
            counts.put(q, 0);
        }
        for (LocalityPlan.Action action : plan.actions()) {
            counts.merge(action.question(), 1, Integer::sum);
        }
        Set<ThreeQuestion> missing = EnumSet.noneOf(ThreeQuestion.class);
        counts.forEach((q, n) -> {
            if (n == 0) {
                missing.add(q);
            }
        });
        return new PlanCoverage(plan.id(), counts, missing);
    }

    /** {@return whether every question has at least one action} */
    public boolean isComplete() {
        return uncovered.isEmpty();
    }

    /** {@return one violation per unanswered question} */
    public List<RuleViolation> violations() {
        return uncovered.stream()
                .map(q -> new RuleViolation(RULE, planId, "no action answers \"" + q.question() + "\""))
                .toList();
    }
}
