package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantDecisionMethod;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.RecipientKind;

/**
 * The M16 Environmental Action small grants scheme: up to GBP 300, paid to individuals (seed 000); and
 * the Voluntary Sector Grants, paid to groups after public votes (seed 003).
 */
class GrantRulesTest {
    private static final GrantScheme M16 = new GrantScheme("m16-small-grants", "trafford",
            Optional.of("old-trafford-stretford"), Optional.of("m16-environmental-action"),
            "M16 Environmental Action small grants", Money.pounds(300), Set.of(RecipientKind.INDIVIDUAL),
            GrantDecisionMethod.PARTNERSHIP);
    private static final GrantScheme VOLUNTARY_SECTOR = new GrantScheme("vsg-2015", "trafford", Optional.empty(),
            Optional.empty(), "Voluntary Sector Grants 2015", Money.pounds(5000), Set.of(RecipientKind.GROUP),
            GrantDecisionMethod.PUBLIC_VOTE);

    private static Grant grant(String schemeId, PartyRef recipient, Money amount) {
        return new Grant("g-1", schemeId, recipient, amount, LocalDate.of(2015, 9, 1), Optional.of("E05000832"),
                "Back alley greening", "Plants and benches for a back alley", true, Optional.empty());
    }

    @Test
    void threeHundredPoundsToAResidentIsWithinTheCap() {
        assertEquals(List.of(), GrantRules.check(M16, grant("m16-small-grants", PartyRef.person("p-1"), Money.pounds(300))));
        assertDoesNotThrow(() -> GrantRules.requireEligible(M16, grant("m16-small-grants", PartyRef.person("p-1"),
                Money.pounds(300))));
    }

    @Test
    void onePennyOverTheCapIsRefused() {
        Grant over = grant("m16-small-grants", PartyRef.person("p-1"), Money.pence(30_001));
        List<RuleViolation> violations = GrantRules.check(M16, over);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).detail().contains("over the scheme's cap of GBP 300.00"), violations.toString());
        ValidationException e = assertThrows(ValidationException.class, () -> GrantRules.requireEligible(M16, over));
        assertEquals("Grant.amount", e.field());
        assertEquals("GBP 300.01", e.value());
    }

    @Test
    void aGroupCannotReceiveFromAnIndividualsOnlyScheme() {
        Grant toGroup = grant("m16-small-grants", PartyRef.organisation("friends-of-longford-park"), Money.pounds(100));
        assertEquals(1, GrantRules.check(M16, toGroup).size());
        ValidationException e = assertThrows(ValidationException.class, () -> GrantRules.requireEligible(M16, toGroup));
        assertEquals("Grant.recipient", e.field());
        assertEquals("GROUP", e.value());
    }

    @Test
    void anIndividualCannotReceiveFromAGroupsOnlyScheme() {
        Grant toPerson = grant("vsg-2015", PartyRef.person("p-2"), Money.pounds(500));
        assertEquals(1, GrantRules.check(VOLUNTARY_SECTOR, toPerson).size());
        assertEquals(List.of(), GrantRules.check(VOLUNTARY_SECTOR,
                grant("vsg-2015", PartyRef.organisation("sale-scouts"), Money.pounds(500))));
    }

    @Test
    void aGrantInAnotherCurrencyOrSchemeIsRefused() {
        Grant euros = grant("m16-small-grants", PartyRef.person("p-1"), new Money(100, Currency.getInstance("EUR")));
        assertTrue(GrantRules.check(M16, euros).get(0).detail().contains("EUR"));
        assertThrows(ValidationException.class, () -> GrantRules.requireEligible(M16, euros));
        Grant elsewhere = grant("vsg-2015", PartyRef.person("p-1"), Money.pounds(10));
        ValidationException e = assertThrows(ValidationException.class, () -> GrantRules.requireEligible(M16, elsewhere));
        assertEquals("Grant.schemeId", e.field());
    }
}
