package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.model.CouncilConfiguration;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.EnablingGroupRule;
import org.localityworking.core.model.EnablingResponsibility;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.MembershipSector;

/** Trafford's Enabling Groups: a core of six keeping the Community/Agency/Councillor split (seed 000). */
class EnablingGroupBalanceTest {
    private static final CouncilConfiguration TRAFFORD = CouncilConfigurations.trafford().council().configuration();

    private static EnablingGroup group(int community, int agency, int councillor) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < community; i++) {
            members.add(Member.of("community-" + i, MembershipSector.COMMUNITY));
        }
        for (int i = 0; i < agency; i++) {
            members.add(Member.of("agency-" + i, MembershipSector.AGENCY));
        }
        for (int i = 0; i < councillor; i++) {
            members.add(Member.of("councillor-" + i, MembershipSector.COUNCILLOR));
        }
        return new EnablingGroup("eg-sale", "sale", members, Set.of(EnablingResponsibility.values()), List.of());
    }

    @Test
    void twoOfEachKeepsTraffordsRule() {
        assertEquals(List.of(), EnablingGroupBalance.check(group(2, 2, 2), TRAFFORD));
    }

    @Test
    void sixMembersWithTheWrongSplitBreakTheRule() {
        List<RuleViolation> violations = EnablingGroupBalance.check(group(3, 1, 2), TRAFFORD);
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).detail().contains("core members (community): 3"), violations.toString());
        assertTrue(violations.get(1).detail().contains("core members (agency): 1"), violations.toString());
    }

    @Test
    void aCoreOfSevenBreaksTheSizeEvenIfEverySectorIsCovered() {
        List<RuleViolation> violations = EnablingGroupBalance.check(group(3, 2, 2), TRAFFORD);
        assertTrue(violations.stream().anyMatch(v -> v.detail().startsWith("core membership is 7")), violations.toString());
    }

    @Test
    void anotherCouncilsRuleIsAppliedFromItsConfiguration() {
        EnablingGroupRule fourThreeTwo = new EnablingGroupRule(4, 3, 2);
        assertEquals(List.of(), EnablingGroupBalance.check(group(4, 3, 2), fourThreeTwo));
        // Trafford's 2+2+2 against a 4+3+2 rule: the size, COMMUNITY and AGENCY all differ.
        assertEquals(3, EnablingGroupBalance.check(group(2, 2, 2), fourThreeTwo).size());
    }

    @Test
    void aCouncilWithoutEnablingGroupsRejectsAnyGroup() {
        CouncilConfiguration herefordshire = CouncilConfigurations.herefordshire().council().configuration();
        List<RuleViolation> violations = EnablingGroupBalance.check(group(2, 2, 2), herefordshire);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).detail().contains("no enabling groups"));
    }
}
