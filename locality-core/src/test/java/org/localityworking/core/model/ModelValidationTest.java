package org.localityworking.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.localityworking.core.ValidationException;

/** Records refuse bad values at construction with one exception naming the field, the value and the rule. */
class ModelValidationTest {

    private static ValidationException refused(Executable construction) {
        return assertThrows(ValidationException.class, construction);
    }

    @Test
    void aBlankNameIsRefusedNamingFieldValueAndRule() {
        ValidationException e = refused(() -> Asset.of("a1", "sale", "E05000835", " ", "Park",
                AssetCategory.PHYSICAL, Tangibility.TANGIBLE));
        assertEquals("Asset.name", e.field());
        assertEquals(" ", e.value());
        assertEquals("must not be blank", e.rule());
        assertEquals("Asset.name = \" \" breaks the rule: must not be blank", e.getMessage());
    }

    @Test
    void theNulCharacterIsRefusedInText() {
        ValidationException e = refused(() -> new Organisation("o1", "Sale\u0000Scouts", Sector.VCSE,
                OrganisationKind.COMMUNITY_GROUP, Optional.empty()));
        assertEquals("Organisation.name", e.field());
        assertTrue(e.rule().contains("U+0000"));
    }

    @Test
    void aLoneHalfOfASurrogatePairIsRefusedAndShownEscaped() {
        ValidationException e = refused(() -> new Organisation("o1", "Sale \ud800 Scouts", Sector.VCSE,
                OrganisationKind.COMMUNITY_GROUP, Optional.empty()));
        assertEquals("Organisation.name", e.field());
        assertEquals("Sale \ud800 Scouts", e.value());
        assertEquals("Organisation.name = \"Sale \\ud800 Scouts\" breaks the rule: must be well-formed Unicode: the"
                + " character at position 6 is a lone half of a surrogate pair (\\ud800), which no UTF-8 file can hold",
                e.getMessage());
        ValidationException low = refused(() -> Asset.of("a1", "sale", "E05000835", "Park", "Trees \udc00",
                AssetCategory.PHYSICAL, Tangibility.TANGIBLE));
        assertEquals("Asset.description", low.field());
        ValidationException reversed = refused(() -> Asset.of("a1", "sale", "E05000835", "Park \udf33\ud83c", "Trees",
                AssetCategory.PHYSICAL, Tangibility.TANGIBLE));
        assertEquals("Asset.name", reversed.field());
        // a whole pair (an emoji) is well-formed
        assertEquals("Tree club \uD83C\uDF33", new Organisation("o1", "Tree club \uD83C\uDF33", Sector.VCSE,
                OrganisationKind.COMMUNITY_GROUP, Optional.empty()).name());
    }

    @Test
    void nullIsRefusedEverywhere() {
        assertEquals("Organisation.sector", refused(() -> new Organisation("o1", "Sale Scouts", null,
                OrganisationKind.COMMUNITY_GROUP, Optional.empty())).field());
        assertEquals("Organisation.localityId", refused(() -> new Organisation("o1", "Sale Scouts", Sector.VCSE,
                OrganisationKind.COMMUNITY_GROUP, null)).field());
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("CommunityBuilderTeam.memberPersonIds[0]",
                refused(() -> new CommunityBuilderTeam("t1", "sale", "Sale builders", withNull)).field());
    }

    @Test
    void identifiersFollowThePattern() {
        ValidationException e = refused(() -> new Organisation("has space", "X", Sector.VCSE, OrganisationKind.OTHER,
                Optional.empty()));
        assertEquals("has space", e.value());
        assertTrue(e.rule().contains("letters, digits"));
        refused(() -> new Organisation("x".repeat(129), "X", Sector.VCSE, OrganisationKind.OTHER, Optional.empty()));
    }

    @Test
    void gssCodesAreCheckedByKind() {
        assertEquals("E05000824", new Ward("E05000824", "trafford", "Bucklow-St Martins", Optional.of("E05000824"),
                Optional.empty(), Optional.empty()).gssCode().orElseThrow());
        assertEquals("Ward.gssCode", refused(() -> new Ward("w", "trafford", "W", Optional.of("E08000009"),
                Optional.empty(), Optional.empty())).field());
        assertEquals("Council.gssCode", refused(() -> new Council("c", "C", Optional.of("E05000824"),
                org.localityworking.core.config.CouncilConfigurations.trafford().council().configuration())).field());
    }

    @Test
    void aWardMustEndAfterItStarts() {
        ValidationException e = refused(() -> new Ward("w", "c", "W", Optional.empty(),
                Optional.of(LocalDate.of(2023, 5, 4)), Optional.of(LocalDate.of(2023, 5, 4))));
        assertEquals("Ward.validUntil", e.field());
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> ids = new ArrayList<>(List.of("p1", "p2"));
        CommunityBuilderTeam team = new CommunityBuilderTeam("t1", "sale", "Sale builders", ids);
        ids.add("p3");
        assertEquals(List.of("p1", "p2"), team.memberPersonIds());
        assertThrows(UnsupportedOperationException.class, () -> team.memberPersonIds().add("p4"));
        assertEquals("p1", refused(() -> new CommunityBuilderTeam("t1", "sale", "S", List.of("p1", "p1"))).value());
    }

    @Test
    void enablingGroupRuleCountsMustAddUp() {
        ValidationException e = refused(() -> new EnablingGroupRule(6, Map.of(MembershipSector.COMMUNITY, 3,
                MembershipSector.AGENCY, 2, MembershipSector.COUNCILLOR, 2)));
        assertEquals("EnablingGroupRule.split", e.field());
        assertTrue(e.rule().contains("core size 6"));
    }

    @Test
    void moneyIsNeverNegativeAndKeepsItsCurrency() {
        assertEquals("GBP 300.00", Money.pounds(300).toString());
        assertEquals("Money.minorUnits", refused(() -> Money.pence(-1)).field());
        assertEquals(Money.pence(45_050), Money.pounds(300).plus(Money.pence(15_050)));
    }

    @Test
    void acvDatesMustFollowTheirOrder() {
        LocalDate nominated = LocalDate.of(2024, 1, 1);
        assertEquals("AcvListing.decision.decidedOn", refused(() -> new AcvListing("g", nominated,
                Optional.of(new AcvDecision(AcvOutcome.LISTED, nominated.minusDays(1))), Optional.empty(),
                Optional.empty())).field());
        assertEquals("AcvListing.ownerNoticeOn", refused(() -> new AcvListing("g", nominated,
                Optional.of(new AcvDecision(AcvOutcome.UNSUCCESSFUL, nominated)), Optional.of(nominated.plusDays(9)),
                Optional.empty())).field());
        assertEquals("AcvListing.bidRequestOn", refused(() -> new AcvListing("g", nominated, Optional.empty(),
                Optional.empty(), Optional.of(nominated))).field());
    }

    @Test
    void planActionsMustServeOneOfThePlansPriorities() {
        ValidationException e = refused(() -> new LocalityPlan("p", "sale", "Plan",
                List.of(new LocalityPlan.Priority("pr1", "Priority", Optional.empty())), List.of(), List.of(),
                List.of(new LocalityPlan.Action("Do it", "pr9", ThreeQuestion.BETTER_TOGETHER)), List.of()));
        assertEquals("LocalityPlan.actions[0].priorityId", e.field());
        assertEquals("pr9", e.value());
    }

    @Test
    void planStagesAreNumberedInOrder() {
        LocalityPlan.Stage two = new LocalityPlan.Stage(2, "Two", LocalDate.of(2015, 4, 1), LocalDate.of(2015, 6, 1), true);
        assertEquals("LocalityPlan.stages[0].number", refused(() -> new LocalityPlan("p", "sale", "Plan", List.of(),
                List.of(), List.of(two), List.of(), List.of())).field());
    }

    @Test
    void successMeasureTargetMustBeOneOfItsStages() {
        assertEquals("SuccessMeasure.targetStage", refused(() -> new SuccessMeasure("m", "h", Optional.empty(), "M",
                List.of("one", "two"), 3)).field());
    }

    @Test
    void aStoryIsPublishableOnlyWhileEveryoneNamedConsents() {
        LocalDate given = LocalDate.of(2015, 10, 1);
        Consent amina = new Consent("amina", ConsentUse.PUBLICATION, given, Optional.empty());
        Story story = new Story("s1", "old-trafford-stretford", "The back gallery", "Art in the alleyway",
                List.of("amina", "joe"), Optional.of("Old Trafford"), given, Optional.empty(),
                List.of(amina, new Consent("joe", ConsentUse.INTERNAL, given, Optional.empty())));
        assertFalse(story.isConsentedFor(ConsentUse.PUBLICATION, given), "joe agreed to internal use only");
        assertFalse(story.isConsentedFor(ConsentUse.INTERNAL, given.plusDays(1)),
                "amina's publication consent is not an internal one");
        Story onlyAmina = new Story("s2", "old-trafford-stretford", "Alley", "Text", List.of("amina"), Optional.empty(),
                given, Optional.empty(), List.of(amina));
        assertTrue(onlyAmina.isConsentedFor(ConsentUse.PUBLICATION, given.plusDays(30)));
        Story withdrawn = new Story("s2", "old-trafford-stretford", "Alley", "Text", List.of("amina"), Optional.empty(),
                given, Optional.empty(), List.of(amina.withdraw(given.plusDays(10))));
        assertTrue(withdrawn.isConsentedFor(ConsentUse.PUBLICATION, given.plusDays(9)));
        assertFalse(withdrawn.isConsentedFor(ConsentUse.PUBLICATION, given.plusDays(10)));
    }

    @Test
    void grantSchemesMustPaySomeone() {
        assertEquals("GrantScheme.eligible", refused(() -> new GrantScheme("s", "c", Optional.empty(), Optional.empty(),
                "S", Money.pounds(300), Set.of(), GrantDecisionMethod.PANEL)).field());
    }

    @Test
    void attendanceAndVotesAreNeverNegative() {
        assertEquals("EngagementEvent.attendance", refused(() -> new EngagementEvent("e", "l", EventKind.WARD_ASSEMBLY,
                "Ward Assembly", LocalDate.of(2015, 1, 1), OptionalInt.of(-1))).field());
        assertEquals("Tally.votes", refused(() -> new VotingEvent.Tally("b", PartyRef.organisation("o"), "Bid", -3,
                false)).field());
    }

    @Test
    void veryLongValuesAreShortenedInTheMessageButKeptInFull() {
        String longId = "x".repeat(500);
        ValidationException e = refused(() -> new Organisation(longId, "X", Sector.VCSE, OrganisationKind.OTHER,
                Optional.empty()));
        assertEquals(longId, e.value());
        assertTrue(e.getMessage().contains("(500 characters)"));
    }
}
