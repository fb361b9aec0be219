package org.localityworking.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Gift;
import org.localityworking.core.model.GiftKind;
import org.localityworking.core.model.Need;
import org.localityworking.core.model.PartyRef;

/** Gifts matched to needs, on hand-made data whose matches are known exactly. */
class GiftMatchingTest {
    private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

    private static Gift gift(String id, String locality, String ward, PartyRef giver, GiftKind kind, Set<String> tags,
                             LocalDate consent) {
        return new Gift(id, locality, Optional.ofNullable(ward), giver, kind, "gift " + id, tags, Optional.ofNullable(consent));
    }

    private static Need need(String id, String locality, String ward, String organisation, GiftKind kind, Set<String> tags) {
        return new Need(id, locality, Optional.ofNullable(ward), Optional.ofNullable(organisation),
                organisation == null ? Optional.of("a plan priority") : Optional.empty(), kind, "need " + id, tags);
    }

    private static List<String> pairs(List<GiftMatching.Match> matches) {
        return matches.stream().map(m -> m.need().id() + "<-" + m.gift().id() + ":" + m.score()).toList();
    }

    @Test
    void onlyGiftsOfTheKindAskedInTheLocalityWithASharedTagAndConsentMatch() {
        LocalDate consent = LocalDate.of(2015, 1, 1);
        List<Gift> gifts = List.of(
                gift("cook-same-ward", "l1", "w1", PartyRef.person("p1"), GiftKind.HANDS, Set.of("Cooking", "events"), consent),
                gift("cook-other-ward", "l1", "w2", PartyRef.person("p2"), GiftKind.HANDS, Set.of("cooking"), consent),
                gift("cook-no-consent", "l1", "w1", PartyRef.person("p3"), GiftKind.HANDS, Set.of("cooking"), null),
                gift("cook-consent-later", "l1", "w1", PartyRef.person("p4"), GiftKind.HANDS, Set.of("cooking"),
                        LocalDate.of(2016, 6, 1)),
                gift("cook-other-locality", "l2", "w9", PartyRef.person("p5"), GiftKind.HANDS, Set.of("cooking"), consent),
                gift("knows-cooking", "l1", "w1", PartyRef.person("p6"), GiftKind.HEAD, Set.of("cooking"), consent),
                gift("club-kitchen", "l1", null, PartyRef.organisation("club"), GiftKind.HANDS, Set.of("cooking"), null),
                gift("hall-kitchen", "l1", null, PartyRef.organisation("hall"), GiftKind.HANDS, Set.of("cooking"), null),
                gift("gardening", "l1", "w1", PartyRef.person("p7"), GiftKind.HANDS, Set.of("gardening"), consent));
        List<Need> needs = List.of(need("lunch-club", "l1", "w1", "club", GiftKind.HANDS, Set.of("cooking", "events")));
        assertEquals(List.of("lunch-club<-cook-same-ward:5", "lunch-club<-cook-other-ward:2",
                "lunch-club<-hall-kitchen:2"), pairs(GiftMatching.match(gifts, needs, DAY)),
                "the best first; no consent (or not yet), another locality, another kind, no shared tag, or the group's"
                        + " own gift: no match");
    }

    @Test
    void noGiftsOrNoNeedsNoMatches() {
        Gift g = gift("g", "l1", null, PartyRef.person("p"), GiftKind.HEART, Set.of("park"), LocalDate.of(2015, 1, 1));
        assertEquals(List.of(), GiftMatching.match(List.of(g), List.of(), DAY));
        assertEquals(List.of(), GiftMatching.match(List.of(), List.of(need("n", "l1", null, null, GiftKind.HEART,
                Set.of("park"))), DAY));
    }

    @Test
    void aNeedBelongsToAGroupOrAPlanPriority() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Need("n", "l1", Optional.empty(),
                Optional.empty(), Optional.empty(), GiftKind.HEAD, "x", Set.of()));
        assertEquals("Need.organisationId", e.field());
    }
}
