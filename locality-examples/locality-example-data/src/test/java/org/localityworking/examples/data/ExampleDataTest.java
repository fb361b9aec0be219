package org.localityworking.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.rules.EnablingGroupBalance;
import org.localityworking.core.rules.EventFrequency;
import org.localityworking.core.rules.GapAnalysis;
import org.localityworking.core.rules.PlanCoverage;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/** The example data holds the seeds' figures and loads into a store whose checks it passes. */
class ExampleDataTest {
    private final Dataset trafford = ExampleData.trafford();
    private final Dataset herefordshire = ExampleData.herefordshire();

    @Test
    void bothCouncilsLoadIntoOneStore() {
        try (LocalityStore store = Stores.open("memory:examples")) {
            ExampleData.both().forEach(d -> d.loadInto(store));
            assertEquals(13, store.all(StandardKinds.LOCALITY).size(), "4 Trafford + 9 Herefordshire localities");
            assertEquals(21, store.query(StandardKinds.WARD, Query.all().council("trafford")).size());
        }
    }

    @Test
    void traffordsEnablingGroupsAreFourOfTwoTwoTwo() {
        List<EnablingGroup> groups = trafford.all(StandardKinds.ENABLING_GROUP);
        assertEquals(4, groups.size(), "seed 000: four Enabling Groups");
        var config = trafford.all(StandardKinds.COUNCIL).get(0).configuration();
        groups.forEach(g -> assertEquals(List.of(), EnablingGroupBalance.check(g, config)));
    }

    @Test
    void m16PaidSixteenIndividualsAtMostThreeHundredPounds() {
        List<Grant> m16 = trafford.all(StandardKinds.GRANT).stream().filter(g -> g.schemeId().equals("m16-small-grants")).toList();
        assertEquals(16, m16.size(), "seed 000: 16 projects funded");
        assertTrue(m16.stream().allMatch(g -> g.recipientKind() == RecipientKind.INDIVIDUAL));
        assertTrue(m16.stream().allMatch(g -> g.amount().minorUnits() <= 30_000));
    }

    @Test
    void makeSaleSmileFundedThirtyFourResidents() {
        assertEquals(34, trafford.all(StandardKinds.GRANT).stream().filter(g -> g.schemeId().equals("make-sale-smile")).count(),
                "seed 002: 34 residents");
    }

    @Test
    void theSummer2015VotingEventsMatchSeed003() {
        List<VotingEvent> events = trafford.all(StandardKinds.VOTING_EVENT);
        assertEquals(4, events.size());
        assertTrue(events.stream().mapToInt(VotingEvent::voters).sum() > 1450, "over 1,450 voted");
        List<Grant> vsg = trafford.all(StandardKinds.GRANT).stream().filter(g -> g.schemeId().equals("vsg-2015")).toList();
        assertEquals(45, vsg.size());
        assertEquals(28, vsg.stream().filter(Grant::firstTimeRecipient).count());
    }

    @Test
    void herefordshireShowsItsGapsRatherThanHidingThem() {
        var gaps = GapAnalysis.analyse(herefordshire.all(StandardKinds.MEASURE), herefordshire.all(StandardKinds.LOCALITY),
                herefordshire.all(StandardKinds.ASSESSMENT));
        assertEquals(36, gaps.size());
        assertEquals(1, gaps.stream().filter(g -> !g.hasData()).count());
        var missing = EventFrequency.check(herefordshire.all(StandardKinds.LOCALITY), herefordshire.all(StandardKinds.EVENT), Year.of(2012), 1);
        assertEquals(List.of("kington"), missing.stream().map(v -> v.subject()).toList());
    }

    @Test
    void southTraffordsDraftPlanLacksACoProducedAction() {
        long incomplete = trafford.all(StandardKinds.PLAN).stream().filter(p -> !PlanCoverage.of(p).isComplete()).count();
        assertEquals(1, incomplete);
    }
}
