package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/** PUBLIC renders contain none of the test data's unconsented names, nor sensitive assets. */
class PublicAudienceTest {
    private static final List<Dataset> DATA = ExampleData.both();
    private static LocalityStore store;

    @BeforeAll
    static void load() {
        store = Fixture.store(DATA);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void noPublicRenderContainsAnUnconsentedName() {
        Set<String> unconsented = Fixture.unconsentedNames(DATA);
        // The test lists them: every invented resident, officer and grant recipient, and the storytellers who gave
        // no consent or withdrew it; not the holders of a public office (councillors), whom PUBLIC names in role.
        assertTrue(unconsented.contains("Bernadette Quigley"));
        assertTrue(unconsented.contains("Desmond Achterberg"));
        assertTrue(unconsented.size() > 60, "names checked: " + unconsented.size());
        int renders = 0;
        for (ReportRequest request : Fixture.everyScope(store, Audience.PUBLIC)) {
            for (ReportDefinition def : Fixture.REPORTS.all()) {
                Report report = Reports.build(store, def, request);
                for (OutputFormat format : Fixture.FORMATS.all()) {
                    String out = Fixture.render(report, format);
                    for (String name : unconsented) {
                        assertFalse(out.contains(name), def.id() + " " + format.id() + " " + request.localityId()
                                + " shows the unconsented name " + name);
                    }
                    assertFalse(out.contains("Domestic abuse refuge"), "sensitive asset in " + def.id());
                    assertFalse(out.contains("Baking for neighbours"), "an individual's gift in " + def.id());
                    assertFalse(out.contains("@example.org"), "a contact in " + def.id());
                    renders++;
                }
            }
        }
        assertTrue(renders >= 11 * 4 * 15);
    }

    @Test
    void publicOfficeHoldersAreNamedInTheirRoleAndNoOneElse() {
        Set<String> officeHolders = Fixture.publicOfficeHolders(DATA);
        assertTrue(officeHolders.size() >= 8, "councillors and Herefordshire's officer posts: " + officeHolders);
        Set<String> named = new java.util.TreeSet<>();
        for (ReportRequest request : Fixture.everyScope(store, Audience.PUBLIC)) {
            for (ReportDefinition def : Fixture.REPORTS.all()) {
                String out = Fixture.render(Reports.build(store, def, request), Fixture.FORMATS.byId("html"));
                officeHolders.stream().filter(out::contains).forEach(named::add);
            }
        }
        assertTrue(named.stream().anyMatch(n -> n.startsWith("Cllr ")), "a councillor is named: " + named);
        assertTrue(named.stream().anyMatch(n -> n.startsWith("Lead Locality Officer")),
                "Herefordshire's configuration makes its lead officers public: " + named);
        Report composition = Reports.build(store, Fixture.REPORTS.byId("composition"), Fixture.request("trafford", Optional.of("old-trafford-stretford"), Audience.PUBLIC));
        String md = Fixture.render(composition, Fixture.FORMATS.byId("markdown"));
        assertTrue(md.contains("|Cllr Mei Okafor (Councillor)|Councillor|"), "named in that role: " + md);
        assertTrue(md.contains("|(name withheld)|Community|"), "everyone else is withheld: " + md);
    }

    @Test
    void aPersonWhoConsentedIsNamedAndAWithdrawalAppliesToTheNextRender() throws Exception {
        String consenting = DATA.get(0).all(StandardKinds.PERSON).stream()
                .filter(p -> p.id().equals("p-old-trafford-stretford-community-0")).findFirst().orElseThrow().name();
        String withdrew = DATA.get(0).all(StandardKinds.PERSON).stream()
                .filter(p -> p.id().equals("p-old-trafford-stretford-community-1")).findFirst().orElseThrow().name();
        ReportRequest otas = Fixture.request("trafford", Optional.of("old-trafford-stretford"), Audience.PUBLIC);
        ReportDefinition composition = Fixture.REPORTS.byId("composition");
        String before = Fixture.render(Reports.build(store, composition, otas), Fixture.FORMATS.byId("html"));
        assertTrue(before.contains(consenting), "her consent is in force: she is named");
        assertFalse(before.contains(withdrew), "a consent withdrawn before the report's day names nobody");
        try (LocalityStore own = Fixture.store(DATA)) {
            var consent = own.get(StandardKinds.NAMING_CONSENT, "nc-old-trafford-stretford-community-0").orElseThrow();
            own.save(StandardKinds.NAMING_CONSENT, consent.value().withdraw(Fixture.AS_OF), consent.version());
            String after = Fixture.render(Reports.build(own, composition, otas), Fixture.FORMATS.byId("html"));
            assertFalse(after.contains(consenting), "withdrawn today: the next render withholds her name");
        }
    }

    @Test
    void theInternalRenderDoesShowThem() {
        Report internal = Reports.build(store, Fixture.REPORTS.byId("stories"), Fixture.request("trafford", Optional.empty(), Audience.INTERNAL));
        String md = Fixture.render(internal, Fixture.FORMATS.byId("markdown"));
        assertTrue(md.contains("Bernadette Quigley"), "INTERNAL shows everything");
        assertTrue(md.contains("Bernadette Quigley organised her street to clear an alley"),
                "INTERNAL shows the text of a story no one consented to publish: " + md);
    }

    @Test
    void publicGrantsShowIndividualRecipientsAtWardLevelAndConsentedStories() {
        Report grants = Reports.build(store, Fixture.REPORTS.byId("grants"), Fixture.request("trafford", Optional.of("old-trafford-stretford"), Audience.PUBLIC));
        String html = Fixture.render(grants, Fixture.FORMATS.byId("html"));
        assertTrue(html.contains("<th scope=\"row\">Individual Recipient</th><td>Longford (E05000832)</td>"), html);
        Report stories = Reports.build(store, Fixture.REPORTS.byId("stories"), Fixture.request("trafford", Optional.empty(), Audience.PUBLIC));
        String md = Fixture.render(stories, Fixture.FORMATS.byId("markdown"));
        assertTrue(md.contains("from Stretford set up Soothe"), "a consented story is published");
        assertFalse(md.contains("Jessica Lacey"), "she consented to the story's publication, not to being named");
        assertTrue(md.contains("(name withheld) from Stretford"), md);
        assertTrue(md.contains("3 stories are not shown"), md);
    }
}
