package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.AcvDecision;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.AcvOutcome;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.CommunityBuilderTeam;
import org.localityworking.core.model.Consent;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.EnablingResponsibility;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.EvidenceKind;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.GovernanceBody;
import org.localityworking.core.model.GovernanceBodyKind;
import org.localityworking.core.model.GovernanceIssue;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantDecisionMethod;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.LocalityPlan;
import org.localityworking.core.model.LocalityProfile;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.NamingConsent;
import org.localityworking.core.model.MembershipMode;
import org.localityworking.core.model.MembershipSector;
import org.localityworking.core.model.Money;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.ProjectStatus;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Statistic;
import org.localityworking.core.model.Source;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.ThreeQuestion;
import org.localityworking.core.model.TrainingProgramme;
import org.localityworking.core.model.TrainingRecord;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.UnitOfWork;

/**
 * One consistent set of records, one or more of every {@link Kind}, for the kit's tests. Facts come from
 * the project's five source documents on Trafford's and Herefordshire's locality working (cited beside each by
 * number, 000 to 004); people, addresses and figures they do not give are illustrative inventions.
 */
@API(status = MAINTAINED, since = "1.0")
public final class SampleData {
    /** Trafford, from the shipped configuration (seeds 000-003). */
    public static final CouncilDefinition TRAFFORD = CouncilConfigurations.trafford();
    /** Old Trafford &amp; Stretford (seed 003, section 6). */
    public static final String OTAS = "old-trafford-stretford";
    /** Sale (seed 003, section 6). */
    public static final String SALE = "sale";
    /** Longford ward, in Old Trafford &amp; Stretford. */
    public static final String LONGFORD = "E05000832";
    /** Gorse Hill ward, in Old Trafford &amp; Stretford. */
    public static final String GORSE_HILL = "E05000829";
    /** Sale Moor ward, in Sale. */
    public static final String SALE_MOOR = "E05000835";

    /** An illustrative resident and Community Ambassador: the person the personal-data tests erase. */
    public static final Person AMINA = new Person("p-amina", "Amina Okafor",
            new ContactDetails(Optional.of("amina.okafor@example.org"), Optional.of("0161 496 0001"),
                    Optional.of("12 Example Street, Old Trafford")),
            Optional.of(LONGFORD), List.of(new RoleAssignment(Role.COMMUNITY_AMBASSADOR, Optional.of(OTAS),
                    Optional.empty()), RoleAssignment.of(Role.RESIDENT)));
    /** An illustrative ward councillor and community builder. */
    public static final Person JOE = new Person("p-joe", "Joe Brennan",
            new ContactDetails(Optional.of("joe.brennan@example.org"), Optional.empty(), Optional.empty()),
            Optional.empty(), List.of(new RoleAssignment(Role.COUNCILLOR, Optional.of(OTAS), Optional.empty()),
                    new RoleAssignment(Role.COMMUNITY_BUILDER, Optional.of(OTAS), Optional.of("trafford-council"))));

    /** The council's own organisation. */
    public static final Organisation COUNCIL_ORG = new Organisation("trafford-council", "Trafford Council",
            Sector.PUBLIC, OrganisationKind.COUNCIL, Optional.empty());
    /** An illustrative residents' group in M16. */
    public static final Organisation RESIDENTS = Organisation.builder().id("m16-residents").name("M16 Residents Together")
            .sector(Sector.VCSE).kind(OrganisationKind.COMMUNITY_GROUP).localityId(OTAS)
            .description("Neighbours in M16 who look after the alleys and green corners together")
            .charityNumber("1164859").companyNumber("09876543").postcode("M16 7WJ")
            .website("https://m16residents.example.org").build();

    /** The Back Gallery: art in an alleyway, from the M16 project (seed 000). */
    public static final Asset BACK_GALLERY = new Asset("a-back-gallery", OTAS, Optional.of(LONGFORD),
            "The Back Gallery", "Art in the alleyway, with art classes for children (seed 000)",
            AssetCategory.PHYSICAL, Tangibility.TANGIBLE, Optional.of(PartyRef.organisation("m16-residents")), false,
            TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.of(new GeoPoint(53.4559, -2.2740)));
    /** Amina's gift: an individual asset owned by a person. */
    public static final Asset AMINA_GIFT = new Asset("a-amina-gardening", OTAS, Optional.of(LONGFORD),
            "Amina Okafor's gardening skills", "Amina Okafor teaches neighbours to grow plants in alley planters",
            AssetCategory.INDIVIDUALS, Tangibility.INTANGIBLE, Optional.of(PartyRef.person("p-amina")), true,
            TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.of(new GeoPoint(53.4561, -2.2744)));
    /** A community centre listed as an Asset of Community Value and proposed for transfer (illustrative). */
    public static final Asset COMMUNITY_CENTRE = new Asset("a-sale-moor-centre", SALE, Optional.of(SALE_MOOR),
            "Sale Moor Community Centre", "A council building proposed for community asset transfer (illustrative)",
            AssetCategory.INSTITUTIONS, Tangibility.TANGIBLE, Optional.of(PartyRef.organisation("trafford-council")),
            false, TransferStatus.PROPOSED, Optional.of(new AcvListing("m16-residents", LocalDate.of(2015, 3, 2),
                    Optional.of(new AcvDecision(AcvOutcome.LISTED, LocalDate.of(2015, 4, 20))), Optional.empty(),
                    Optional.empty())), Optional.empty());

    /** The M16 Environmental Action project (seed 000). */
    public static final LocalityProject M16 = new LocalityProject("m16-environmental-action", OTAS,
            "M16 Environmental Action", "Tackling fly-tipping in Old Trafford with residents as equal partners (seed 000)",
            ProjectStatus.ACTIVE, Optional.of("p-joe"),
            List.of(new LocalityProject.Partner(PartyRef.organisation("trafford-council"), "Council"),
                    new LocalityProject.Partner(PartyRef.organisation("m16-residents"), "Community group"),
                    new LocalityProject.Partner(PartyRef.person("p-amina"), "Resident")),
            List.of(new LocalityProject.Contribution(PartyRef.organisation("trafford-council"), "Small grants fund",
                    Optional.of(Money.pounds(4800)))),
            List.of("16 projects funded (seed 000)", "Back alleys cleaned, planted and used for play"),
            List.of(new LocalityProject.MonitoringNote(LocalDate.of(2015, 10, 1), "Grants scheme open"),
                    new LocalityProject.MonitoringNote(LocalDate.of(2016, 2, 1), "16 projects funded")));

    /** The M16 small grants scheme: up to GBP 300, paid to individuals (seed 000). */
    public static final GrantScheme M16_GRANTS = new GrantScheme("m16-small-grants", "trafford", Optional.of(OTAS),
            Optional.of("m16-environmental-action"), "M16 Environmental Action small grants", Money.pounds(300),
            Set.of(RecipientKind.INDIVIDUAL), GrantDecisionMethod.PARTNERSHIP);
    /** Voluntary Sector Grants decided at public voting events (seed 003). */
    public static final GrantScheme VOLUNTARY_SECTOR = new GrantScheme("vsg-2015", "trafford", Optional.empty(),
            Optional.empty(), "Voluntary Sector Grants 2015", Money.pounds(3000), Set.of(RecipientKind.GROUP),
            GrantDecisionMethod.PUBLIC_VOTE);
    /** A voting event of summer 2015 (seed 003: over 1,450 people voted at four events; this one's figures are illustrative). */
    public static final VotingEvent SALE_VOTE = new VotingEvent("ve-2015-sale", "trafford", Optional.of(SALE),
            "Voluntary Sector Grants voting event, Sale", LocalDate.of(2015, 7, 11), 380,
            List.of(new VotingEvent.Tally("bid-1", PartyRef.organisation("m16-residents"), "Alley planters", 211, true)));
    /** A grant of the full GBP 300 to a resident (seed 000). */
    public static final Grant AMINA_GRANT = new Grant("g-m16-001", "m16-small-grants", PartyRef.person("p-amina"),
            Money.pounds(300), LocalDate.of(2015, 9, 14), Optional.of(LONGFORD), "Back alley greening",
            "Plants and benches for a back alley", true, Optional.empty());
    /** A grant to a group after a public vote (seed 003). */
    public static final Grant GROUP_GRANT = new Grant("g-vsg-001", "vsg-2015", PartyRef.organisation("m16-residents"),
            Money.pounds(1500), LocalDate.of(2015, 7, 31), Optional.of(LONGFORD), "Alley planters",
            "Planters for three alleys", false, Optional.of("ve-2015-sale"));

    /** A Be Bold story naming Amina (with consent to publish) and Joe (internal use only). */
    public static final Story BACK_GALLERY_STORY = new Story("s-back-gallery", OTAS, "Art in the alleyway",
            "Amina Okafor and her neighbours turned a fly-tipped alley into a gallery (Be Bold, seed 000).",
            List.of("p-amina", "p-joe"), Optional.of("Longford, Old Trafford"), LocalDate.of(2015, 11, 2),
            Optional.of("p-joe"), List.of(new Consent("p-amina", ConsentUse.PUBLICATION, LocalDate.of(2015, 11, 2),
                    Optional.empty()), new Consent("p-joe", ConsentUse.INTERNAL, LocalDate.of(2015, 11, 2), Optional.empty())));

    private SampleData() {
    }

    /** A warm space hosted by Amina, of the kit's own kind {@link WarmSpace#KIND} (not a standard kind). */
    public static final WarmSpace LIBRARY_WARM_SPACE = new WarmSpace("ws-otas-library", "trafford", OTAS,
            Optional.of(LONGFORD), "Warm space at Old Trafford library", Optional.of("p-amina"), "Amina Okafor",
            LocalDate.of(2015, 12, 1));

    /**
     * {@return every sample record, with its kind, in the order of {@link org.localityworking.storage.StandardKinds#all()} and then the kit's own
     *         kind, {@link WarmSpace#KIND}}
     */
    public static List<Sample<?>> all() {
        var trafford = TRAFFORD.council();
        var strategy = TRAFFORD.strategy().orElseThrow();
        List<Sample<?>> wards = new java.util.ArrayList<>();
        for (String locality : List.of(OTAS, SALE)) {
            // every ward the two localities name, since a locality's wards must be stored
            for (var part : TRAFFORD.locality(locality).orElseThrow().wards()) {
                Sample<?> ward = new Sample<>(StandardKinds.WARD, TRAFFORD.ward(part.wardId()).orElseThrow());
                if (wards.stream().noneMatch(w -> w.id().equals(ward.id()))) {
                    wards.add(ward);
                }
            }
        }
        List<Sample<?>> all = new java.util.ArrayList<>();
        all.add(new Sample<>(StandardKinds.COUNCIL, trafford));
        all.addAll(wards);
        all.addAll(List.of(
                new Sample<>(StandardKinds.LOCALITY, TRAFFORD.locality(OTAS).orElseThrow()),
                new Sample<>(StandardKinds.LOCALITY, TRAFFORD.locality(SALE).orElseThrow()),
                new Sample<>(StandardKinds.LOCALITY_PROFILE, new LocalityProfile("profile-otas", OTAS, List.of(
                        new Statistic("Population", 48000, "people", "illustrative", LocalDate.of(2015, 6, 30))))),
                new Sample<>(StandardKinds.ORGANISATION, COUNCIL_ORG),
                new Sample<>(StandardKinds.ORGANISATION, RESIDENTS),
                new Sample<>(StandardKinds.PERSON, AMINA),
                new Sample<>(StandardKinds.PERSON, JOE),
                new Sample<>(StandardKinds.NAMING_CONSENT, new NamingConsent("nc-amina", "trafford", "p-amina",
                        LocalDate.of(2015, 11, 2), Optional.empty())),
                new Sample<>(StandardKinds.PARTNERSHIP, new LocalityPartnership("lp-otas", OTAS,
                        "Old Trafford & Stretford Locality Partnership", MembershipMode.OPEN, LocalDate.of(2013, 6, 1),
                        List.of(Member.of("p-amina", MembershipSector.COMMUNITY),
                                Member.of("p-joe", MembershipSector.COUNCILLOR)))),
                new Sample<>(StandardKinds.ENABLING_GROUP, new EnablingGroup("eg-otas", OTAS, List.of(
                        Member.of("p-amina", MembershipSector.COMMUNITY), Member.of("p-c2", MembershipSector.COMMUNITY),
                        Member.of("p-a1", MembershipSector.AGENCY), Member.of("p-a2", MembershipSector.AGENCY),
                        Member.of("p-joe", MembershipSector.COUNCILLOR), Member.of("p-k2", MembershipSector.COUNCILLOR)),
                        Set.of(EnablingResponsibility.values()), List.of())),
                new Sample<>(StandardKinds.NETWORK, new LocalityNetwork("net-otas", OTAS, "Old Trafford associations network",
                        List.of("m16-residents"), List.of(Member.of("p-amina", MembershipSector.COMMUNITY)))),
                new Sample<>(StandardKinds.BUILDER_TEAM, new CommunityBuilderTeam("cbt-otas", OTAS,
                        "Old Trafford & Stretford community builders", List.of("p-joe"))),
                new Sample<>(StandardKinds.TRAINING_PROGRAMME, new TrainingProgramme("tp-abcd-2015", "trafford",
                        "ABCD community builder training", List.of(LocalDate.of(2015, 6, 16), LocalDate.of(2015, 6, 30),
                        LocalDate.of(2015, 7, 14)), 200, true, Optional.of("Online ABCD toolkit"))),
                new Sample<>(StandardKinds.TRAINING_RECORD, new TrainingRecord("tr-joe", "p-joe", "tp-abcd-2015",
                        LocalDate.of(2015, 7, 14))),
                new Sample<>(StandardKinds.ASSET, BACK_GALLERY),
                new Sample<>(StandardKinds.ASSET, AMINA_GIFT),
                new Sample<>(StandardKinds.ASSET, COMMUNITY_CENTRE),
                new Sample<>(StandardKinds.PLAN, new LocalityPlan("plan-otas", OTAS, "Old Trafford & Stretford Locality Plan",
                        List.of(new LocalityPlan.Priority("clean-green", "Clean and green streets", Optional.of("Theme 5"))),
                        List.of(new LocalityPlan.Evidence(EvidenceKind.ASSET_MAPPING, "Asset map (seed 001)")),
                        List.of(new LocalityPlan.Stage(1, "Initial engagement", LocalDate.of(2014, 11, 1),
                                LocalDate.of(2015, 3, 31), true)),
                        List.of(new LocalityPlan.Action("Residents adopt alleys", "clean-green", ThreeQuestion.COMMUNITIES_THEMSELVES),
                                new LocalityPlan.Action("Enforcement against fly-tipping", "clean-green", ThreeQuestion.ONLY_PUBLIC_SERVICES),
                                new LocalityPlan.Action("Small grants for alleys", "clean-green", ThreeQuestion.BETTER_TOGETHER)),
                        List.of(new LocalityPlan.TaskAndFinishGroup("Alleys group", "clean-green", List.of("p-amina"))))),
                new Sample<>(StandardKinds.PROJECT, M16),
                new Sample<>(StandardKinds.GRANT_SCHEME, M16_GRANTS),
                new Sample<>(StandardKinds.GRANT_SCHEME, VOLUNTARY_SECTOR),
                new Sample<>(StandardKinds.VOTING_EVENT, SALE_VOTE),
                new Sample<>(StandardKinds.GRANT, AMINA_GRANT),
                new Sample<>(StandardKinds.GRANT, GROUP_GRANT),
                new Sample<>(StandardKinds.STORY, BACK_GALLERY_STORY),
                new Sample<>(StandardKinds.EVENT, new EngagementEvent("ev-otas-2015", OTAS, EventKind.STAKEHOLDER_WORKSHOP,
                        "Locality Partnership stakeholder event", LocalDate.of(2015, 7, 1), OptionalInt.of(85))),
                new Sample<>(StandardKinds.MEASURE, new SuccessMeasure("m-alleys", "trafford", Optional.of("theme-5"),
                        "Residents manage their alleys", List.of("Interest", "Pilot alleys", "Alleys adopted"), 3)),
                new Sample<>(StandardKinds.ASSESSMENT, new Assessment("as-otas-alleys", "m-alleys", OTAS, 2,
                        LocalDate.of(2016, 2, 1), Optional.of("16 projects funded"))),
                new Sample<>(StandardKinds.STRATEGY, strategy),
                new Sample<>(StandardKinds.GOVERNANCE_ISSUE, new GovernanceIssue("agi-locality-working", "trafford",
                        "Locality Working", "Annual Governance Statement 2014/15",
                        "Developing locality working across the borough (seed 000)",
                        List.of(new GovernanceIssue.PlannedAction("2015/16", "Launch the Be Bold campaign")),
                        List.of(new GovernanceIssue.ProgressUpdate(LocalDate.of(2016, 2, 1),
                                "Four Enabling Groups established")))),
                new Sample<>(StandardKinds.GOVERNANCE_BODY, new GovernanceBody("steering-group", "trafford",
                        "Locality Working Steering Group", GovernanceBodyKind.STEERING_GROUP, Optional.of("p-joe"),
                        Optional.empty())),
                new Sample<>(StandardKinds.SOURCE, new Source("src-ags-2016", "trafford", "Annual Governance Statement 2014/15:"
                        + " update on Locality Working", "Trafford Council, Accounts and Audit Committee",
                        Optional.of(java.time.YearMonth.of(2016, 2)), Optional.empty(), List.of("grant", "story"))),
                new Sample<>(StandardKinds.GIFT, new org.localityworking.core.model.Gift("gift-amina-cooking", OTAS,
                        Optional.of(LONGFORD), org.localityworking.core.model.PartyRef.person("p-amina"),
                        org.localityworking.core.model.GiftKind.HANDS, "Cooks for forty at the community centre",
                        Set.of("cooking", "events"), Optional.of(LocalDate.of(2015, 11, 2)))),
                new Sample<>(StandardKinds.NEED, new org.localityworking.core.model.Need("need-m16-lunch", OTAS,
                        Optional.of(LONGFORD), Optional.of("m16-residents"), Optional.empty(),
                        org.localityworking.core.model.GiftKind.HANDS, "Someone to cook for the summer lunch club",
                        Set.of("cooking", "older people"))),
                new Sample<>(WarmSpace.KIND, LIBRARY_WARM_SPACE)));
        return List.copyOf(all);
    }

    /** The second council's id: a prefix of {@code trafford}, so a query that matches by prefix shows itself. */
    public static final String SECOND_COUNCIL = "traff";

    /**
     * Records of a second council whose ids are prefixes of the first council's ({@code traff} and
     * {@code trafford}, {@code sal} and {@code sale}, {@code p-amin} and {@code p-amina}, ward
     * {@code E0500083} and {@code E05000832}), so that a backend that matches ids by prefix, ignores the
     * council, or mixes the two councils' keys returns something the brute-force answer does not hold.
     * Saved after {@link #all()}; refers only to records of its own council.
     *
     * @return the records, in an order in which references point backwards
     */
    public static List<Sample<?>> secondCouncil() {
        var council = new Council(SECOND_COUNCIL, "Traff (kit test council)",
                Optional.empty(), TRAFFORD.council().configuration());
        var ward = Ward.builder().id("E0500083").councilId(SECOND_COUNCIL).name("Longf").build();
        var otherWard = Ward.builder().id("E0500082").councilId(SECOND_COUNCIL).name("Gorse").build();
        var sal = new Locality("sal", SECOND_COUNCIL, "Sal", List.of(WardPart.whole("E0500083")), true);
        var old = new Locality("old-trafford", SECOND_COUNCIL, "Old Traff", List.of(WardPart.whole("E0500082")), true);
        var amin = new Person("p-amin", "Amin Second", new ContactDetails(Optional.of("amin@example.org"),
                Optional.empty(), Optional.empty()), Optional.of("E0500083"),
                List.of(new RoleAssignment(Role.COMMUNITY_AMBASSADOR, Optional.of("sal"), Optional.empty())));
        var org = new Organisation("trafford", "Traff residents", Sector.VCSE, OrganisationKind.COMMUNITY_GROUP,
                Optional.of("sal"));
        var scheme = GrantScheme.builder().id("m16-small").councilId(SECOND_COUNCIL).localityId("sal")
                .name("Sal small grants").capPerGrant(Money.pounds(300)).eligible(Set.of(RecipientKind.INDIVIDUAL))
                .decidedBy(GrantDecisionMethod.PANEL).build();
        return List.of(
                new Sample<>(StandardKinds.COUNCIL, council),
                new Sample<>(StandardKinds.WARD, ward),
                new Sample<>(StandardKinds.WARD, otherWard),
                new Sample<>(StandardKinds.LOCALITY, sal),
                new Sample<>(StandardKinds.LOCALITY, old),
                new Sample<>(StandardKinds.ORGANISATION, org),
                new Sample<>(StandardKinds.PERSON, amin),
                new Sample<>(StandardKinds.ASSET, Asset.builder().id("a-back").localityId("sal").wardId("E0500083")
                        .name("Back yard").description("A shared yard").category(AssetCategory.PHYSICAL)
                        .tangibility(Tangibility.TANGIBLE).owner(PartyRef.person("p-amin")).build()),
                new Sample<>(StandardKinds.ASSET, Asset.builder().id("a-sale-moor").localityId("old-trafford").wardId("E0500082")
                        .name("Moor hall").description("A hall").category(AssetCategory.ASSOCIATIONS)
                        .tangibility(Tangibility.TANGIBLE).transfer(TransferStatus.PROPOSED).build()),
                new Sample<>(StandardKinds.GRANT_SCHEME, scheme),
                new Sample<>(StandardKinds.GRANT, Grant.builder().id("g-m16-00").schemeId("m16-small")
                        .recipient(PartyRef.person("p-amin")).amount(Money.pounds(120)).awardedOn(LocalDate.of(2015, 9, 14))
                        .wardId("E0500083").title("Yard benches").purpose("Benches for the yard").build()),
                new Sample<>(StandardKinds.EVENT, EngagementEvent.builder().id("ev-otas").localityId("sal")
                        .kind(EventKind.COMMUNITY_EVENT).title("Yard party").heldOn(LocalDate.of(2015, 7, 1)).build()),
                new Sample<>(StandardKinds.STORY, Story.builder().id("s-back").localityId("sal").title("The yard")
                        .text("Amin Second cleared the yard with his neighbours.").personIds(List.of("p-amin"))
                        .collectedOn(LocalDate.of(2015, 11, 2)).build()),
                new Sample<>(WarmSpace.KIND, new WarmSpace("ws-otas", SECOND_COUNCIL, "sal", Optional.of("E0500083"),
                        "Yard warm space", Optional.of("p-amin"), "Amin Second", LocalDate.of(2015, 12, 1))));
    }

    /**
     * Saves, in one unit of work, every sample record of the kinds the store holds: all of them in a store
     * opened as the kit opens it (with {@link WarmSpace#KIND}), the standard kinds' in a store opened without it.
     */
    public static void saveAll(LocalityStore store) {
        List<Kind<?>> held = store.kinds();
        store.runInTransaction(u -> all().stream().filter(s -> held.contains(s.kind())).forEach(s -> s.saveIn(u)));
    }

    /** Saves every sample record in the given unit of work. */
    public static void saveAll(UnitOfWork unit) {
        for (Sample<?> s : all()) {
            s.saveIn(unit);
        }
    }

    /**
     * One sample record and its kind.
     *
     * @param kind  the kind
     * @param value the record
     * @param <T>   the record type
     */
    public record Sample<T>(Kind<T> kind, T value) {
        /** {@return the record's id} */
        public String id() {
            return kind.id(value);
        }

        /** Creates the record in the unit of work. */
        public void saveIn(UnitOfWork unit) {
            unit.save(kind, value, 0);
        }

        @Override
        public String toString() {
            return kind.name() + "/" + id();
        }
    }
}
