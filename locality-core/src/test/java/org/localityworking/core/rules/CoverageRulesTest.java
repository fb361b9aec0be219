package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.WardPart;

/** Ward coverage (Trafford's split ward, seed 003) and lead-officer coverage (Herefordshire, seed 004). */
class CoverageRulesTest {
    private static final CouncilDefinition TRAFFORD = CouncilConfigurations.trafford();
    private static final CouncilDefinition HEREFORDSHIRE = CouncilConfigurations.herefordshire();

    @Test
    void traffordsSplitWardIsAPartInEachLocality() {
        assertEquals(List.of(), WardCoverage.check(TRAFFORD.localities()));
    }

    @Test
    void aWholeWardClaimedByTwoLocalitiesIsAViolation() {
        List<Locality> localities = new ArrayList<>(TRAFFORD.localities());
        Locality sale = localities.get(1);
        List<WardPart> wards = new ArrayList<>(sale.wards());
        wards.set(0, WardPart.whole("E05000824"));
        localities.set(1, new Locality(sale.id(), sale.councilId(), sale.name(), wards, false));
        List<RuleViolation> violations = WardCoverage.check(localities);
        assertEquals(1, violations.size());
        assertEquals("E05000824", violations.get(0).subject());
    }

    @Test
    void aPartWardWithNoOtherPartIsAViolation() {
        List<Locality> localities = new ArrayList<>(TRAFFORD.localities());
        localities.remove(3); // Urmston & Partington holds the Partington part
        List<RuleViolation> violations = WardCoverage.check(localities);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).detail().contains("in no locality"));
    }

    @Test
    void everyHerefordshireLocalityHasALeadLocalityOfficer() {
        assertEquals(List.of(), LeadOfficerCoverage.check(HEREFORDSHIRE.localities(), HEREFORDSHIRE.people(),
                HEREFORDSHIRE.council().configuration().minimumLeadOfficersPerLocality()));
    }

    @Test
    void aLocalityWithoutItsOfficerIsNamed() {
        List<Person> people = HEREFORDSHIRE.people().stream().filter(p -> !p.id().equals("llo-kington")).toList();
        List<RuleViolation> violations = LeadOfficerCoverage.check(HEREFORDSHIRE.localities(), people, 1);
        assertEquals(1, violations.size());
        assertEquals("kington", violations.get(0).subject());
    }
}
