package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.EvidenceKind;
import org.localityworking.core.model.LocalityPlan;
import org.localityworking.core.model.ThreeQuestion;

/** Every action in a locality plan is classed by the three questions (seeds 001, 003). */
class PlanCoverageTest {
    private static LocalityPlan plan(List<LocalityPlan.Action> actions) {
        return new LocalityPlan("plan-sale", "sale", "Sale Locality Plan",
                List.of(new LocalityPlan.Priority("clean-streets", "Clean and green streets", Optional.empty())),
                List.of(new LocalityPlan.Evidence(EvidenceKind.ASSET_MAPPING, "Asset map handed to the partnership")),
                List.of(new LocalityPlan.Stage(1, "Initial engagement", LocalDate.of(2014, 11, 1),
                        LocalDate.of(2015, 3, 31), true)),
                actions, List.of());
    }

    private static LocalityPlan.Action action(ThreeQuestion q) {
        return new LocalityPlan.Action("Action answering " + q, "clean-streets", q);
    }

    @Test
    void aPlanWithAnActionForEachQuestionIsCovered() {
        PlanCoverage coverage = PlanCoverage.of(plan(List.of(action(ThreeQuestion.COMMUNITIES_THEMSELVES),
                action(ThreeQuestion.ONLY_PUBLIC_SERVICES), action(ThreeQuestion.BETTER_TOGETHER),
                action(ThreeQuestion.BETTER_TOGETHER))));
        assertTrue(coverage.isComplete());
        assertEquals(2, coverage.actions().get(ThreeQuestion.BETTER_TOGETHER));
        assertEquals(List.of(), coverage.violations());
    }

    @Test
    void aPlanWithNoActionForAQuestionSaysWhich() {
        PlanCoverage coverage = PlanCoverage.of(plan(List.of(action(ThreeQuestion.ONLY_PUBLIC_SERVICES))));
        assertFalse(coverage.isComplete());
        assertEquals(Set.of(ThreeQuestion.COMMUNITIES_THEMSELVES, ThreeQuestion.BETTER_TOGETHER), coverage.uncovered());
        assertEquals(0, coverage.actions().get(ThreeQuestion.COMMUNITIES_THEMSELVES));
        assertEquals(2, coverage.violations().size());
        assertTrue(coverage.violations().get(0).detail().contains("What communities are best placed to do for themselves"));
    }

    @Test
    void anEmptyPlanCoversNothing() {
        assertEquals(Set.of(ThreeQuestion.values()), PlanCoverage.of(plan(List.of())).uncovered());
    }
}
