package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.CommunityBuilderTeam;
import org.localityworking.core.model.Consent;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.EnablingResponsibility;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantDecisionMethod;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.MembershipMode;
import org.localityworking.core.model.MembershipSector;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.SubjectAccess;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.run.Reports;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * A third council, Brackenmoor (test resource {@code brackenmoor.properties}), names every body, role, campaign
 * and post its own way: its localities are Townships, their bodies Township Forums with a Township Core Team, its
 * community builders Community Connectors, its councillors Ward Members, its lead officers Township Managers, its
 * stories campaign "Our Town stories" and its programme "The Brackenmoor Compact". With a record of each, every
 * report (both audiences, every format, the council and each township), its report site and the subject access
 * documents of a resident and a Ward Member use its words and none of the example councils'.
 */
class ThirdCouncilWordsTest {
    static final Path BRACKENMOOR = Path.of("src/test/resources/brackenmoor.properties");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    /** The example councils' own words for their bodies, roles, posts, campaigns and programme. */
    static final List<String> EXAMPLE_TERMS = List.of("Locality Partnership", "Locality Network", "Enabling Group",
            "Lead Locality Officer", "Locality Lead", "Be Bold", "Locality Working", "Community builder",
            "community builder", "Councillor", "stories stories");

    static void save(LocalityStore store) {
        CouncilDefinition def = org.localityworking.interop.run.CouncilMaps.withWardBoundaries(
                CouncilConfigurations.read(BRACKENMOOR));
        store.runInTransaction(u -> {
            SetupCommand.save(u, def);
            u.save(StandardKinds.ORGANISATION, new Organisation("northfold-tenants", "Northfold Tenants' Association",
                    Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.of("uplands")), 0);
            u.save(StandardKinds.ORGANISATION, new Organisation("heathside-police", "Heathside Neighbourhood Policing Team",
                    Sector.PUBLIC, OrganisationKind.POLICE, Optional.of("uplands")), 0);
            u.save(StandardKinds.PERSON, person("p-rana", "Rana Iqbal", new RoleAssignment(Role.COUNCILLOR,
                    Optional.of("uplands"), Optional.empty())), 0);
            u.save(StandardKinds.PERSON, person("p-dot", "Dot Hartley", new RoleAssignment(Role.RESIDENT,
                    Optional.of("uplands"), Optional.empty())), 0);
            u.save(StandardKinds.PERSON, person("p-sam", "Sam Okoro", new RoleAssignment(Role.COMMUNITY_BUILDER,
                    Optional.of("uplands"), Optional.of("heathside-police"))), 0);
            List<Member> core = List.of(Member.of("p-dot", MembershipSector.COMMUNITY),
                    new Member("p-sam", MembershipSector.AGENCY, Optional.of("heathside-police")),
                    Member.of("p-rana", MembershipSector.COUNCILLOR));
            u.save(StandardKinds.PARTNERSHIP, new LocalityPartnership("forum-uplands", "uplands", "Uplands Township Forum",
                    MembershipMode.OPEN, LocalDate.of(2024, 4, 1), core), 0);
            u.save(StandardKinds.ENABLING_GROUP, new EnablingGroup("core-uplands", "uplands", core,
                    Set.of(EnablingResponsibility.values()), List.of()), 0);
            u.save(StandardKinds.BUILDER_TEAM, new CommunityBuilderTeam("connectors-uplands", "uplands",
                    "Uplands connectors", List.of("p-sam")), 0);
            u.save(StandardKinds.STORY, new Story("story-dot", "uplands", "The street that cooks together",
                    "Dot started a Sunday meal for her neighbours in Northfold.", List.of("p-dot"),
                    Optional.of("Northfold"), DAY, Optional.of("p-sam"),
                    List.of(new Consent("p-dot", ConsentUse.PUBLICATION, DAY, Optional.empty()))), 0);
            u.save(StandardKinds.GRANT_SCHEME, GrantScheme.builder().id("compact-fund").councilId("brackenmoor")
                    .name("Compact Fund").capPerGrant(Money.pounds(500))
                    .eligible(Set.of(RecipientKind.INDIVIDUAL, RecipientKind.GROUP))
                    .decidedBy(GrantDecisionMethod.PUBLIC_VOTE).build(), 0);
            u.save(StandardKinds.VOTING_EVENT, VotingEvent.builder().id("vote-uplands").councilId("brackenmoor")
                    .localityId("uplands").name("Uplands Compact Fund vote").heldOn(DAY).voters(120)
                    .tallies(List.of(new VotingEvent.Tally("bid-1", PartyRef.organisation("northfold-tenants"),
                            "Northfold garden", 300, true))).build(), 0);
            u.save(StandardKinds.GRANT, Grant.builder().id("g-1").schemeId("compact-fund")
                    .recipient(PartyRef.organisation("northfold-tenants")).amount(Money.pounds(480)).awardedOn(DAY)
                    .title("Northfold garden").purpose("A garden for the estate").firstTimeRecipient(true)
                    .votingEventId("vote-uplands").build(), 0);
            u.save(StandardKinds.GRANT, Grant.builder().id("g-2").schemeId("compact-fund")
                    .recipient(PartyRef.person("p-dot")).amount(Money.pounds(120)).awardedOn(DAY.plusDays(3))
                    .wardId("bm-fold").title("Sunday meal").purpose("Pans and plates").firstTimeRecipient(true).build(), 0);
            u.save(StandardKinds.ASSET, Asset.builder().id("a-canal").localityId("uplands").wardId("bm-moss")
                    .name("Mossgate canal towpath").description("A walking route").category(AssetCategory.PHYSICAL)
                    .tangibility(Tangibility.TANGIBLE).location(new GeoPoint(53.515, -2.61)).build(), 0);
            u.save(StandardKinds.ASSET, Asset.builder().id("a-lock").localityId("valley").wardId("bm-moss")
                    .name("Mossgate lock cottage").description("A meeting room").category(AssetCategory.PHYSICAL)
                    .tangibility(Tangibility.TANGIBLE).location(new GeoPoint(53.505, -2.59)).build(), 0);
        });
    }

    private static Person person(String id, String name, RoleAssignment role) {
        return new Person(id, name, new ContactDetails(Optional.of(id + "@example.org"), Optional.empty(),
                Optional.empty()), Optional.empty(), List.of(role));
    }

    /** @return the example councils' terms found in the text, each with where it was found */
    private static List<String> examplesTerms(String where, String text) {
        List<String> found = new ArrayList<>();
        Set<String> forbidden = new TreeSet<>(EXAMPLE_TERMS);
        for (String term : forbidden) {
            if (text.contains(term)) {
                int at = text.indexOf(term);
                found.add(where + ": '" + term + "' in '"
                        + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + term.length() + 40))
                                .replace('\n', ' ') + "'");
            }
        }
        return found;
    }

    @Test
    void everyReportTheSiteAndSubjectAccessSpeakTheThirdCouncilsWords() throws IOException {
        List<String> found = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        int renders = 0;
        try (LocalityStore store = Stores.open("memory:brackenmoor")) {
            save(store);
            List<Optional<String>> scopes = List.of(Optional.empty(), Optional.of("uplands"), Optional.of("valley"));
            for (ReportDefinition def : ReportRegistry.discover().all()) {
                for (Audience audience : Audience.values()) {
                    for (Optional<String> locality : scopes) {
                        ReportRequest.Builder request = ReportRequest.builder().councilId("brackenmoor")
                                .audience(audience).asOf(DAY.plusMonths(1)).generatedAt(AT);
                        locality.ifPresent(request::localityId);
                        Report report = Reports.build(store, def, request.build());
                        for (OutputFormat format : FormatRegistry.discover().all()) {
                            String text = render(format, report);
                            found.addAll(examplesTerms(def.id() + " " + format.id() + " " + audience + " " + locality, text));
                            all.append(text);
                            renders++;
                        }
                    }
                }
            }
            for (String person : List.of("p-dot", "p-rana", "p-sam")) {
                Report document = SubjectAccess.document(store, person, AT);
                for (OutputFormat format : FormatRegistry.discover().all()) {
                    String text = render(format, document);
                    found.addAll(examplesTerms("subject access " + person + " " + format.id(), text));
                    all.append(text);
                }
            }
            Path site = dir.resolve("site");
            ReportSite.builder().store(store).council("brackenmoor").audience(Audience.INTERNAL).asOf(DAY.plusMonths(1))
                    .generatedAt(AT).formats(List.of("html", "markdown")).build().write(site);
            try (Stream<Path> files = Files.walk(site)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    found.addAll(examplesTerms(site.relativize(f).toString(), text));
                    all.append(text);
                }
            }
        }
        assertEquals(List.of(), found.stream().distinct().limit(30).toList());
        assertTrue(renders >= 12 * 2 * 3 * 4, "renders checked: " + renders);
        // and the council's own words are the ones used
        String text = all.toString();
        for (String own : List.of("Township Forum", "Township Core Team", "Community Connectors", "Ward Member",
                "Township Manager", "Our Town stories", "The Brackenmoor Compact")) {
            assertTrue(text.contains(own), "the reports use the council's word '" + own + "'");
        }
    }

    /**
     * The council's own hex map (its {@code ward.ID.hex} places, Mossgate in both townships) and its wards'
     * boundaries (its GeoJSON, {@code wards.boundaries}): the asset map draws the wards where the council put them
     * and the located assets on the wards' outlines; the example councils, which give no boundaries, get no plot.
     */
    @Test
    void theCouncilsOwnHexLayoutAndWardBoundariesDrawItsMaps() throws IOException {
        try (LocalityStore store = Stores.open("memory:brackenmoor-maps")) {
            save(store);
            Report report = Reports.build(store, ReportRegistry.discover().byId("asset-map"), ReportRequest.builder()
                    .councilId("brackenmoor").audience(Audience.INTERNAL).asOf(DAY).generatedAt(AT).build());
            List<org.localityworking.reporting.Block> blocks = report.sections().stream()
                    .flatMap(s -> s.blocks().stream()).toList();
            org.localityworking.reporting.WardMap hexes = blocks.stream()
                    .filter(org.localityworking.reporting.WardMap.class::isInstance)
                    .map(org.localityworking.reporting.WardMap.class::cast).findFirst().orElseThrow();
            List<String> placed = hexes.tiles().stream().map(t -> t.hex().wardId() + "@" + t.hex().q() + ","
                    + t.hex().r() + " " + t.locality() + " " + t.markers().size()).sorted().toList();
            assertEquals(List.of("bm-crag@2,-1 Valley Township 0", "bm-fold@0,1 Uplands Township 0",
                    "bm-heath@1,1 Uplands Township 0", "bm-moss@0,0 Uplands Township 1",
                    "bm-moss@2,0 Valley Township 1"), placed);
            org.localityworking.reporting.PointMap map = blocks.stream()
                    .filter(org.localityworking.reporting.PointMap.class::isInstance)
                    .map(org.localityworking.reporting.PointMap.class::cast).findFirst().orElseThrow();
            assertEquals(4, map.areas().size(), "every ward outlined");
            assertEquals(2, map.points().size(), "both located assets");
            String html = render(FormatRegistry.discover().byId("html"), report);
            for (String ward : List.of("Northfold", "Heathside", "Mossgate", "Cragbank")) {
                assertTrue(html.contains("fill=\"#ffffff\" stroke=\"#767676\" stroke-width=\"1\"><title>" + ward
                        + "</title></path>"), ward + "'s outline is drawn, named");
            }
        }
        try (LocalityStore store = Stores.open("memory:examples-no-boundaries")) {
            org.localityworking.examples.data.ExampleData.both().forEach(d -> d.loadInto(store));
            Report report = Reports.build(store, ReportRegistry.discover().byId("asset-map"), ReportRequest.builder()
                    .councilId("trafford").audience(Audience.INTERNAL).asOf(DAY).generatedAt(AT).build());
            assertTrue(report.sections().stream().flatMap(s -> s.blocks().stream())
                    .noneMatch(org.localityworking.reporting.PointMap.class::isInstance),
                    "without boundaries the located assets are not plotted on a blank box");
        }
    }

    private static String render(OutputFormat format, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
