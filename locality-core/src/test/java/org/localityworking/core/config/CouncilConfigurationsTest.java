package org.localityworking.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.LocalityBodyForm;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.MembershipSector;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.HexPlace;
import org.localityworking.core.model.WardPart;

/** Both councils are configurations of the same code (DOMAIN.md); facts cite their seeds. */
class CouncilConfigurationsTest {

    @Test
    void traffordHasFourLocalitiesAndTwentyOneWardsWithGssCodes() {
        CouncilDefinition trafford = CouncilConfigurations.trafford();
        assertEquals(Optional.of("E08000009"), trafford.council().gssCode());
        assertEquals(List.of("Old Trafford & Stretford", "Sale", "South Trafford", "Urmston & Partington"),
                trafford.localities().stream().map(Locality::name).toList(), "seed 003, section 6");
        assertEquals(21, trafford.wards().size());
        assertTrue(trafford.wards().stream().allMatch(w -> w.gssCode().isPresent()));
        assertEquals("Bucklow-St Martins", trafford.ward("E05000824").orElseThrow().name());
        assertEquals(Optional.of("E05000839"), trafford.ward("E05000839").flatMap(Ward::gssCode));
        assertFalse(trafford.localities().stream().anyMatch(Locality::illustrative));
    }

    @Test
    void traffordsOldTraffordAndStretfordHoldsItsFourWards() {
        Locality otas = CouncilConfigurations.trafford().locality("old-trafford-stretford").orElseThrow();
        assertEquals(List.of("Gorse Hill", "Longford", "Stretford", "Clifford"), otas.wards().stream()
                .map(p -> CouncilConfigurations.trafford().ward(p.wardId()).orElseThrow().name()).toList());
    }

    @Test
    void bucklowStMartinsIsSplitBetweenSaleAndUrmstonAndPartington() {
        CouncilDefinition trafford = CouncilConfigurations.trafford();
        List<Locality> holders = trafford.localities().stream().filter(l -> l.contains("E05000824")).toList();
        assertEquals(List.of("sale", "urmston-partington"), holders.stream().map(Locality::id).toList());
        assertEquals(WardPart.part("E05000824", "Sale"), holders.get(0).wards().get(0));
        assertEquals(WardPart.part("E05000824", "Partington"), holders.get(1).wards().get(0));
    }

    @Test
    void traffordsWardsEndedAtThe2023BoundaryReview() {
        Ward altrincham = CouncilConfigurations.trafford().ward("E05000819").orElseThrow();
        assertTrue(altrincham.isValidOn(LocalDate.of(2015, 6, 1)));
        assertFalse(altrincham.isValidOn(LocalDate.of(2023, 5, 4)));
    }

    @Test
    void traffordsRulesArePartnershipsAndEnablingGroupsOfSix() {
        var config = CouncilConfigurations.trafford().council().configuration();
        assertEquals(LocalityBodyForm.PARTNERSHIP, config.localityBody());
        var rule = config.enablingGroupRule().orElseThrow();
        assertEquals(6, rule.coreSize(), "seed 000: a core membership of six");
        for (MembershipSector s : MembershipSector.values()) {
            assertEquals(2, rule.required(s));
        }
        assertEquals(6, CouncilConfigurations.trafford().strategy().orElseThrow().themes().size(), "seed 003, section 8");
    }

    @Test
    void herefordshireHasNineIllustrativeLocalitiesWithNetworksAndOfficers() {
        CouncilDefinition h = CouncilConfigurations.herefordshire();
        assertEquals(9, h.localities().size(), "seed 004, paragraph 5: nine locality areas");
        assertTrue(h.localities().stream().allMatch(Locality::illustrative), "seed 004 does not name them");
        assertEquals(LocalityBodyForm.NETWORK, h.council().configuration().localityBody());
        assertEquals(Optional.empty(), h.council().configuration().enablingGroupRule());
        assertEquals(9, h.networks().size());
        assertEquals(9, h.people().size());
        assertEquals(4, h.strategy().orElseThrow().themes().size(), "seed 004, paragraph 2: four strategic objectives");
        assertEquals("Strengthened community leadership", h.strategy().orElseThrow().themes().get(0).title());
        assertTrue(h.notes().stream().anyMatch(n -> n.startsWith("ILLUSTRATIVE")));
        assertTrue(h.wards().stream().allMatch(w -> w.gssCode().isEmpty()));
    }

    private static final String MINIMAL = String.join("\n",
            "council.id=testshire", "council.name=Testshire Council",
            "terminology.locality=Area", "terminology.localityBody=Area Forum", "terminology.leadOfficer=Area Lead",
            "rules.localityBody=NETWORK", "rules.defaultMembership=DEFINED", "rules.expectedLocalities=1",
            "wards=w1", "ward.w1.name=Ward One",
            "localities=a1", "locality.a1.name=Area One", "locality.a1.wards=w1", "");

    @Test
    void aCouncilsOwnFileLoadsWithTheSameCode() {
        CouncilDefinition d = CouncilConfigurations.read(new StringReader(MINIMAL), "testshire.properties");
        assertEquals("Area Forum", d.council().configuration().terminology().localityBody());
        assertEquals(List.of(WardPart.whole("w1")), d.localities().get(0).wards());
        assertEquals(Optional.empty(), d.strategy());
    }

    private static final String TWO_AREAS = String.join("\n",
            "council.id=testshire", "council.name=Testshire Council",
            "terminology.locality=Area", "terminology.localityBody=Area Forum", "terminology.leadOfficer=Area Lead",
            "terminology.enablingGroup=Core Team", "terminology.communityBuilder=Connector",
            "terminology.councillor=Ward Member", "terminology.programme=The Compact",
            "rules.localityBody=NETWORK", "rules.defaultMembership=DEFINED", "rules.expectedLocalities=2",
            "wards=w1,w2", "ward.w1.name=Ward One", "ward.w2.name=Ward Two",
            "localities=a1,a2", "locality.a1.name=Area One", "locality.a1.wards=w1,w2[north]",
            "locality.a2.name=Area Two", "locality.a2.wards=w2[south]", "");

    @Test
    void aCouncilGivesItsOwnWordsAndItsOwnHexMapEachPartOfASplitWardPlaced() {
        CouncilDefinition d = CouncilConfigurations.read(new StringReader(TWO_AREAS
                + "ward.w1.hex=0,0\nward.w2.hex=a1:1,0|a2:3,-1\n"), "t");
        var words = d.council().configuration().terminology();
        assertEquals(List.of("Core Team", "Connector", "Ward Member", "The Compact"), List.of(words.enablingGroupTerm(),
                words.communityBuilderTerm(), words.councillorTerm(), words.programmeTerm()));
        assertEquals(List.of(Optional.of(new HexPlace(0, 0)), Optional.of(new HexPlace(1, 0))),
                d.locality("a1").orElseThrow().wards().stream().map(WardPart::hex).toList());
        assertEquals(Optional.of(new HexPlace(3, -1)), d.locality("a2").orElseThrow().wards().get(0).hex());
        CouncilDefinition plain = CouncilConfigurations.read(new StringReader(TWO_AREAS), "t");
        assertEquals("Enabling Group", CouncilConfigurations.read(new StringReader(MINIMAL), "m").council()
                .configuration().terminology().enablingGroupTerm(), "the default word where a council gives none");
        assertTrue(plain.localities().stream().flatMap(l -> l.wards().stream()).allMatch(p -> p.hex().isEmpty()));
    }

    @Test
    void aHexMapThatMissesAWardPlacesTwoOnOneHexOrIsNotNumbersIsRefusedByKey() {
        ValidationException missing = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(TWO_AREAS + "ward.w1.hex=0,0\nward.w2.hex=a1:1,0\n"), "t"));
        assertEquals("t#ward.w2.hex", missing.field());
        assertTrue(missing.rule().contains("locality a2"), missing.getMessage());
        ValidationException clash = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(TWO_AREAS + "ward.w1.hex=0,0\nward.w2.hex=a1:1,0|a2:0,0\n"), "t"));
        assertEquals("t#ward.w2.hex", clash.field());
        assertTrue(clash.rule().contains("must not share its place with ward w1"), clash.getMessage());
        ValidationException words = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(TWO_AREAS + "ward.w1.hex=north\nward.w2.hex=a1:1,0|a2:3,0\n"), "t"));
        assertEquals("north", words.value());
        ValidationException boundaries = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(TWO_AREAS + "wards.boundaries=nowhere.geojson\n"), "t"));
        assertEquals("t#wards.boundaries", boundaries.field());
        assertTrue(boundaries.rule().contains("GeoJSON file"), boundaries.getMessage());
    }

    @Test
    void anUnknownKeyIsRefusedRatherThanIgnored() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(MINIMAL + "rules.minimumEvent=1\n"), "testshire.properties"));
        assertEquals("testshire.properties#rules.minimumEvent", e.field());
        assertTrue(e.getMessage().contains("not a known configuration key"), e.getMessage());
    }

    @Test
    void aBadWardCodeNamesTheKeyTheValueAndTheRule() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(MINIMAL + "ward.w1.gssCode=E08000009\n"), "testshire.properties"));
        assertEquals("testshire.properties#ward.w1 (Ward.gssCode)", e.field());
        assertEquals("E08000009", e.value());
        assertTrue(e.rule().contains("ward GSS code"));
    }

    @Test
    void theLocalityCountMustMatchTheConfiguredSize() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(MINIMAL.replace("rules.expectedLocalities=1", "rules.expectedLocalities=2")), "t"));
        assertEquals("t#localities", e.field());
    }

    @Test
    void aWardInNoLocalityIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(MINIMAL.replace("\nwards=w1\n", "\nwards=w1,w2\n") + "ward.w2.name=Ward Two\n"), "t"));
        assertEquals("t#localities", e.field());
        assertEquals("w2", e.value());
        assertTrue(e.rule().contains("in no locality"), e.rule());
    }

    @Test
    void aLocalityNamingAnUnknownWardIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(MINIMAL.replace("locality.a1.wards=w1", "locality.a1.wards=w1,w9")), "t"));
        assertEquals("w9", e.value());
    }

    @Test
    void anUnbalancedEnablingGroupRuleIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.read(
                new StringReader(MINIMAL + "rules.enablingGroup=COMMUNITY:2,AGENCY:2\n"), "t"));
        assertTrue(e.field().contains("EnablingGroupRule.split[COUNCILLOR]"), e.field());
    }

    @Test
    void anUnknownShippedNameIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> CouncilConfigurations.shipped("wigan"));
        assertTrue(e.getMessage().contains("[trafford, herefordshire]"));
    }

    @Test
    void theShippedFilesAreUtf8PropertiesWithNoUnreadKeys() throws IOException {
        // Every shipped file loads through read(), which refuses unknown keys; check both parse from the resource.
        for (String name : CouncilConfigurations.SHIPPED) {
            try (InputStream in = CouncilConfigurations.class.getResourceAsStream(name + ".properties")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(CouncilConfigurations.shipped(name),
                        CouncilConfigurations.read(new StringReader(text), name + ".properties"));
            }
        }
    }
}
