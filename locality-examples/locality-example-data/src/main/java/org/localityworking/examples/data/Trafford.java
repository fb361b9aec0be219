package org.localityworking.examples.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.AcvDecision;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.AcvOutcome;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.CommunityBuilderTeam;
import org.localityworking.core.model.Consent;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.ContactDetails;
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
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.ThreeQuestion;
import org.localityworking.core.model.TrainingProgramme;
import org.localityworking.core.model.TrainingRecord;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.WardPart;
import org.localityworking.storage.StandardKinds;

/** Trafford's example data (seeds 000-003). */
final class Trafford {
    static final String C = "trafford";
    static final String OTAS = "old-trafford-stretford";
    static final String SALE = "sale";
    static final String SOUTH = "south-trafford";
    static final String URMSTON = "urmston-partington";
    static final List<String> LOCALITIES = List.of(OTAS, SALE, SOUTH, URMSTON);

    /** What the illustrative funded groups do, one to a group with the place it meets. */
    private static final List<String> GROUP_ACTIVITIES = List.of("Lunch Club", "Allotment Society", "Youth Football Club",
            "Carers' Group", "Men's Shed", "Friends of the Park", "Food Bank", "Dementia Cafe", "Community Choir",
            "Walking Group", "Repair Cafe", "Parent and Toddler Group");

    private Trafford() {
    }

    private static Person person(String id, String name, Optional<String> ward, RoleAssignment... roles) {
        return new Person(id, name, new ContactDetails(Optional.of(id + "@example.org"), Optional.empty(),
                Optional.empty()), ward, List.of(roles));
    }

    /** @return the organisation a person acts for as a single point of contact */
    private static Optional<String> agencyOf(List<Person> people, String id) {
        return people.stream().filter(p -> p.id().equals(id)).flatMap(p -> p.roles().stream())
                .filter(r -> r.role() == Role.SINGLE_POINT_OF_CONTACT).map(RoleAssignment::organisationId)
                .flatMap(Optional::stream).findFirst();
    }

    private static RoleAssignment role(Role role, String locality, String org) {
        return new RoleAssignment(role, Optional.of(locality), Optional.ofNullable(org));
    }

    private static Asset asset(String id, String locality, String ward, String name, String description,
                               AssetCategory category, Tangibility t, Optional<PartyRef> owner, boolean sensitive,
                               TransferStatus transfer, Optional<AcvListing> acv, Optional<GeoPoint> at) {
        Asset.Builder asset = Asset.builder().id(id).localityId(locality).name(name).description(description)
                .category(category).tangibility(t).sensitive(sensitive).transfer(transfer);
        Optional.ofNullable(ward).ifPresent(asset::wardId);
        owner.ifPresent(asset::owner);
        acv.ifPresent(asset::acv);
        at.ifPresent(asset::location);
        return asset.build();
    }

    static Dataset build() {
        CouncilDefinition def = CouncilConfigurations.trafford();
        Builder b = new Builder();
        b.add(StandardKinds.COUNCIL, def.council());
        b.addAll(StandardKinds.WARD, def.wards());
        b.addAll(StandardKinds.LOCALITY, def.localities());

        // Profiles: populations are illustrative; South Trafford is left without a profile to show "no data".
        b.add(StandardKinds.LOCALITY_PROFILE, new LocalityProfile("profile-" + OTAS, OTAS, List.of(
                new Statistic("Population", 53_000, "people", "illustrative", LocalDate.of(2015, 6, 30)))));
        b.add(StandardKinds.LOCALITY_PROFILE, new LocalityProfile("profile-" + SALE, SALE, List.of(
                new Statistic("Population", 60_000, "people", "illustrative", LocalDate.of(2015, 6, 30)))));
        b.add(StandardKinds.LOCALITY_PROFILE, new LocalityProfile("profile-" + URMSTON, URMSTON, List.of(
                new Statistic("Population", 48_000, "people", "illustrative", LocalDate.of(2015, 6, 30)))));

        // Organisations named in the seeds.
        b.add(StandardKinds.ORGANISATION, new Organisation("trafford-council", "Trafford Council", Sector.PUBLIC,
                OrganisationKind.COUNCIL, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("gm-police", "Greater Manchester Police", Sector.PUBLIC,
                OrganisationKind.POLICE, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("trafford-ccg", "Trafford Clinical Commissioning Group", Sector.PUBLIC,
                OrganisationKind.HEALTH, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("trafford-housing-trust", "Trafford Housing Trust",
                Sector.PUBLIC, OrganisationKind.HOUSING, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("gm-fire", "Greater Manchester Fire and Rescue Service", Sector.PUBLIC,
                OrganisationKind.FIRE, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("thrive-trafford", "Thrive Trafford", Sector.VCSE,
                OrganisationKind.CHARITY, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("red-rose-forest", "Red Rose Forest", Sector.VCSE,
                OrganisationKind.CHARITY, Optional.of(URMSTON)));
        b.add(StandardKinds.ORGANISATION, new Organisation("urmston-community-panel", "Urmston Community Panel",
                Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.of(URMSTON)));
        b.add(StandardKinds.ORGANISATION, new Organisation("home-instead", "Home Instead Senior Care", Sector.PRIVATE,
                OrganisationKind.BUSINESS, Optional.of(SALE)));
        b.add(StandardKinds.ORGANISATION, new Organisation("friends-oak-road-park", "Friends of Oak Road Park",
                Sector.VCSE, OrganisationKind.COMMUNITY_GROUP, Optional.of(URMSTON)));
        b.add(StandardKinds.ORGANISATION, new Organisation("soothe-baby-blues", "Soothe: Baby Blues", Sector.VCSE,
                OrganisationKind.COMMUNITY_GROUP, Optional.of(OTAS)));
        b.add(StandardKinds.ORGANISATION, new Organisation("keep-britain-tidy", "Keep Britain Tidy", Sector.VCSE,
                OrganisationKind.CHARITY, Optional.empty()));
        b.add(StandardKinds.ORGANISATION, new Organisation("m16-faith-forum", "Old Trafford faith groups (illustrative)",
                Sector.VCSE, OrganisationKind.FAITH_GROUP, Optional.of(OTAS)));
        // 45 groups funded at the summer 2015 voting events (seed 003): the source gives their number, not their
        // names, so each is named as such a group might be (a place in its locality and what it does), marked
        // "(illustrative)", and described as invented.
        List<String> vsgGroups = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            String id = "vsg-group-" + i;
            vsgGroups.add(id);
            String locality = LOCALITIES.get((i - 1) % 4); // the locality whose voting event funded it
            List<String> places = def.locality(locality).orElseThrow().wards().stream().map(WardPart::wardId)
                    .map(w -> def.wards().stream().filter(x -> x.id().equals(w)).findFirst().orElseThrow().name())
                    .distinct().toList();
            int nth = (i - 1) / 4; // the nth group of its locality: a place of the locality, and its own activity
            String name = places.get(nth % places.size()) + " " + GROUP_ACTIVITIES.get(nth % GROUP_ACTIVITIES.size())
                    + " (illustrative)";
            b.add(StandardKinds.ORGANISATION, Organisation.builder().id(id).name(name).sector(Sector.VCSE)
                    .kind(OrganisationKind.COMMUNITY_GROUP).localityId(locality)
                    .description("Illustrative: one of the 45 groups funded at the 2015 voting events; the name is"
                            + " invented").build());
        }

        // People: for each locality two community members, two agency members and two councillors (illustrative).
        String[] agencies = {"trafford-council", "gm-police", "trafford-ccg", "trafford-housing-trust", "gm-fire"};
        List<Person> members = new ArrayList<>();
        int n = 0;
        for (String l : LOCALITIES) {
            String ward = def.locality(l).orElseThrow().wards().stream().filter(WardPart::isWhole).findFirst()
                    .orElseThrow().wardId();
            for (int k = 0; k < 2; k++) {
                members.add(person("p-" + l + "-community-" + k, Builder.name(n++), Optional.of(ward),
                        role(Role.COMMUNITY_AMBASSADOR, l, null), role(Role.COMMUNITY_BUILDER, l, null)));
            }
            for (int k = 0; k < 2; k++) {
                String org = agencies[(n + k) % agencies.length];
                members.add(person("p-" + l + "-agency-" + k, Builder.name(n++), Optional.empty(),
                        role(Role.COMMUNITY_BUILDER, l, org), role(Role.SINGLE_POINT_OF_CONTACT, l, org)));
            }
            for (int k = 0; k < 2; k++) {
                members.add(person("p-" + l + "-councillor-" + k, "Cllr " + Builder.name(n++), Optional.empty(),
                        role(Role.COUNCILLOR, l, "trafford-council"), role(Role.COMMUNITY_BUILDER, l, "trafford-council")));
            }
        }
        b.addAll(StandardKinds.PERSON, members);
        // Consent to be named in public reports (illustrative): one community member gave it and keeps it, so
        // PUBLIC reports name her; another gave it and withdrew it before the demo's day, so they do not.
        b.add(StandardKinds.NAMING_CONSENT, new NamingConsent("nc-" + OTAS + "-community-0", def.council().id(),
                "p-" + OTAS + "-community-0", LocalDate.of(2015, 6, 1), Optional.empty()));
        b.add(StandardKinds.NAMING_CONSENT, new NamingConsent("nc-" + OTAS + "-community-1", def.council().id(),
                "p-" + OTAS + "-community-1", LocalDate.of(2015, 6, 1), Optional.of(LocalDate.of(2016, 1, 15))));
        b.add(StandardKinds.PERSON, person("p-exec-member", "Cllr " + Builder.name(90), Optional.empty(),
                RoleAssignment.of(Role.EXECUTIVE_MEMBER)));
        // Be Bold storytellers: first names as published in seed 000, Appendix 1.
        b.add(StandardKinds.PERSON, person("p-alan", "Alan", Optional.empty(), role(Role.RESIDENT, SALE, "home-instead")));
        b.add(StandardKinds.PERSON, person("p-emma", "Emma", Optional.empty(), role(Role.RESIDENT, URMSTON, null)));
        b.add(StandardKinds.PERSON, person("p-adele", "Adele", Optional.empty(), role(Role.COMMUNITY_CONNECTOR, URMSTON, null)));
        b.add(StandardKinds.PERSON, person("p-jessica", "Jessica Lacey", Optional.empty(), role(Role.RESIDENT, OTAS, null)));
        // Illustrative storytellers who did not agree to publication.
        b.add(StandardKinds.PERSON, person("p-story-1", "Bernadette Quigley", Optional.of("E05000829"), role(Role.RESIDENT, OTAS, null)));
        b.add(StandardKinds.PERSON, person("p-story-2", "Desmond Achterberg", Optional.of("E05000837"), role(Role.RESIDENT, SOUTH, null)));
        // Grant recipients: 16 M16 residents (seed 000) and 34 Make Sale Smile residents (seed 002); names illustrative.
        List<String> m16 = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            String id = "p-m16-" + i;
            m16.add(id);
            b.add(StandardKinds.PERSON, person(id, Builder.name(100 + i) + " (M16)", Optional.of(i % 2 == 0 ? "E05000832" : "E05000825"),
                    role(Role.RESIDENT, OTAS, null)));
        }
        List<String> smile = new ArrayList<>();
        for (int i = 1; i <= 34; i++) {
            String id = "p-smile-" + i;
            smile.add(id);
            b.add(StandardKinds.PERSON, person(id, Builder.name(200 + i) + " (Sale)", Optional.of(i % 2 == 0 ? "E05000835" : "E05000834"),
                    role(Role.RESIDENT, SALE, null)));
        }

        // Locality Partnerships, open to all since 2015, established 2013 (seed 000); Enabling Groups of 2+2+2.
        for (String l : LOCALITIES) {
            List<Member> six = List.of(
                    Member.of("p-" + l + "-community-0", MembershipSector.COMMUNITY),
                    Member.of("p-" + l + "-community-1", MembershipSector.COMMUNITY),
                    new Member("p-" + l + "-agency-0", MembershipSector.AGENCY, agencyOf(members, "p-" + l + "-agency-0")),
                    new Member("p-" + l + "-agency-1", MembershipSector.AGENCY, agencyOf(members, "p-" + l + "-agency-1")),
                    Member.of("p-" + l + "-councillor-0", MembershipSector.COUNCILLOR),
                    Member.of("p-" + l + "-councillor-1", MembershipSector.COUNCILLOR));
            String name = def.locality(l).orElseThrow().name();
            b.add(StandardKinds.PARTNERSHIP, new LocalityPartnership("lp-" + l, l, name + " Locality Partnership",
                    MembershipMode.OPEN, LocalDate.of(2013, 6, 1), six));
            b.add(StandardKinds.ENABLING_GROUP, new EnablingGroup("eg-" + l, l, six, Set.of(EnablingResponsibility.values()),
                    List.of()));
            b.add(StandardKinds.BUILDER_TEAM, new CommunityBuilderTeam("cbt-" + l, l, name + " community builders",
                    six.stream().map(Member::personId).toList()));
        }

        // Training: three days, over 200 delegates, June and July 2015 (seed 000); the days are illustrative.
        b.add(StandardKinds.TRAINING_PROGRAMME, new TrainingProgramme("tp-abcd-2015", C, "Community Builder and ABCD training",
                List.of(LocalDate.of(2015, 6, 17), LocalDate.of(2015, 6, 30), LocalDate.of(2015, 7, 9)), 200, true,
                Optional.of("Online ABCD toolkit")));
        for (Person p : members) {
            b.add(StandardKinds.TRAINING_RECORD, new TrainingRecord("tr-" + p.id(), p.id(), "tp-abcd-2015", LocalDate.of(2015, 7, 9)));
        }

        assets(b);
        plans(b);
        projectsAndGrants(b, m16, smile, vsgGroups);
        stories(b);

        // Engagement: a stakeholder event per Locality Partnership from June 2015 (seed 000); Detroit Soup (seed 002).
        int[] attendance = {85, 110, 95, 70};
        for (int i = 0; i < 4; i++) {
            String l = LOCALITIES.get(i);
            b.add(StandardKinds.EVENT, new EngagementEvent("ev-stakeholder-" + l, l, EventKind.STAKEHOLDER_WORKSHOP,
                    "Locality Partnership stakeholder event", LocalDate.of(2015, 6, 10).plusDays(7L * i), OptionalInt.of(attendance[i])));
        }
        b.add(StandardKinds.EVENT, new EngagementEvent("ev-detroit-soup", SOUTH, EventKind.COMMUNITY_EVENT,
                "South Trafford Detroit Soup", LocalDate.of(2015, 10, 22), OptionalInt.empty()));
        b.add(StandardKinds.EVENT, new EngagementEvent("ev-aoa-otas", OTAS, EventKind.ASSOCIATION_OF_ASSOCIATIONS,
                "Association of associations event", LocalDate.of(2015, 2, 12), OptionalInt.of(40)));

        b.add(StandardKinds.STRATEGY, def.strategy().orElseThrow());

        // Governance: the Annual Governance Statement issue and its February 2016 update (seed 000).
        b.add(StandardKinds.GOVERNANCE_ISSUE, new GovernanceIssue("ags-2014-15-locality-working", C, "Locality Working",
                "Annual Governance Statement 2014/15",
                "Implementing locality working across Trafford: locality plans, refreshed Locality Partnerships and a new"
                        + " culture of working together across sectors and with residents.",
                List.of(new GovernanceIssue.PlannedAction("2015/16", "Each Locality Partnership holds a stakeholder event"
                                + " from June 2015 to start the community conversation"),
                        new GovernanceIssue.PlannedAction("2015/16", "Launch the borough-wide Be Bold, Be the Difference campaign"),
                        new GovernanceIssue.PlannedAction("2015/16", "Identify and train Community Builders across agencies"),
                        new GovernanceIssue.PlannedAction("2015/16", "Establish task and finish groups once plans are drafted")),
                List.of(new GovernanceIssue.ProgressUpdate(LocalDate.of(2016, 2, 1),
                        "Locality Partnerships now open to everyone actively improving their locality; four Enabling"
                                + " Groups established; over 200 delegates trained over three days; virtual community"
                                + " builder teams in each locality; M16 Environmental Action funded 16 projects."))));
        b.add(StandardKinds.GOVERNANCE_BODY, new GovernanceBody("strong-communities-board", C, "Strong Communities Partnership Board",
                GovernanceBodyKind.PARTNERSHIP_BOARD, Optional.empty(), Optional.empty()));
        b.add(StandardKinds.GOVERNANCE_BODY, new GovernanceBody("lw-steering-group", C, "Locality Working Steering Group",
                GovernanceBodyKind.STEERING_GROUP, Optional.of("p-exec-member"), Optional.of("strong-communities-board")));
        b.add(StandardKinds.GOVERNANCE_BODY, new GovernanceBody("accounts-audit-committee", C, "Accounts and Audit Committee",
                GovernanceBodyKind.AUDIT_COMMITTEE, Optional.empty(), Optional.empty()));

        // Gifts and needs (seed 000: "everyone is an asset"; the What's on Where guides a resident wrote to signpost
        // older people to local activities, seed 000 p.142). The resident and the plan priority are illustrative.
        b.add(StandardKinds.GIFT, new org.localityworking.core.model.Gift("gift-wow-guides", OTAS, Optional.of("E05000829"),
                org.localityworking.core.model.PartyRef.person("p-story-1"), org.localityworking.core.model.GiftKind.HEAD,
                "Knows what's on where for older people: wrote a guide to local groups and activities",
                java.util.Set.of("older people", "signposting", "activities"), Optional.of(LocalDate.of(2015, 10, 5))));
        b.add(StandardKinds.NEED, new org.localityworking.core.model.Need("need-otas-isolation", OTAS, Optional.of("E05000829"),
                Optional.empty(), Optional.of("Fewer older people isolated (illustrative priority)"),
                org.localityworking.core.model.GiftKind.HEAD, "Someone who knows what older residents can join nearby",
                java.util.Set.of("older people", "signposting")));
        b.add(StandardKinds.GIFT, new org.localityworking.core.model.Gift("gift-sale-art-space", SALE, Optional.empty(),
                org.localityworking.core.model.PartyRef.organisation("trafford-council"),
                org.localityworking.core.model.GiftKind.HANDS, "Empty shop windows on the high street for an art trail",
                java.util.Set.of("space", "art"), Optional.empty()));

        // The source documents, cited as data by their titles (seeds 000-003); each supports the kinds of record
        // drawn from it, and a report cites those behind the records it shows.
        b.add(StandardKinds.SOURCE, new Source("src-ags-2016", C, "Annual Governance Statement 2014/15: update on the"
                + " significant governance issue \"Locality Working\"", "Trafford Council, Accounts and Audit Committee",
                Optional.of(YearMonth.of(2016, 2)), Optional.empty(), List.of("partnership", "enabling_group",
                "builder_team", "training_programme", "training_record", "project", "grant_scheme", "grant", "story",
                "governance_issue", "governance_body", "asset", "gift", "need")));
        b.add(StandardKinds.SOURCE, new Source("src-hwb-2015", C, "Locality Working: locality planning framework and vision",
                "Trafford Council, Health and Well-Being Board", Optional.of(YearMonth.of(2015, 3)), Optional.empty(),
                List.of("plan", "asset", "event", "locality")));
        b.add(StandardKinds.SOURCE, new Source("src-inetwork-2015", C, "Locality Working in Trafford: iNetwork Innovation Awards"
                + " 2015 case study", "iNetwork", Optional.empty(), Optional.empty(), List.of("grant_scheme", "grant",
                "project", "builder_team", "training_programme", "event", "asset")));
        b.add(StandardKinds.SOURCE, new Source("src-strong-communities", C, "Strategy for Building Strong Communities 2015-2018",
                "Trafford Partnership", Optional.empty(), Optional.empty(), List.of("locality", "ward", "strategy",
                "voting_event", "grant", "asset")));

        return new Dataset(C, b.entries(), List.of(
                "Localities, wards and themes: seed 003; Enabling Groups, training, M16, Be Bold, governance: seed 000;"
                        + " Make Sale Smile, Sale Art Trail, Urmston Meadows, Detroit Soup: seed 002; voting events: seed 003.",
                "ILLUSTRATIVE: every person's name except the published Be Bold storytellers (seed 000, Appendix 1),"
                        + " the 45 funded groups' names, grant amounts, dates within a month, populations and asset details."));
    }

    private static void assets(Builder b) {
        Optional<GeoPoint> none = Optional.empty();
        b.add(StandardKinds.ASSET, asset("a-back-gallery", OTAS, "E05000832", "The Back Gallery",
                "Art in a back alley, with art classes for children (M16 project)", AssetCategory.PHYSICAL,
                Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.of(new GeoPoint(53.4560, -2.2742))));
        b.add(StandardKinds.ASSET, asset("a-m16-alleys", OTAS, "E05000825", "Adopted back alleys of M16",
                "Alleys cleaned, planted and given benches by neighbours", AssetCategory.PHYSICAL,
                Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.of(new GeoPoint(53.4602, -2.2651))));
        b.add(StandardKinds.ASSET, asset("a-soothe", OTAS, "E05000836", "Soothe: Baby Blues",
                "A group supporting new mums, with retired midwives", AssetCategory.ASSOCIATIONS,
                Tangibility.INTANGIBLE, Optional.of(PartyRef.organisation("soothe-baby-blues")), false,
                TransferStatus.NOT_APPLICABLE, Optional.empty(), none));
        b.add(StandardKinds.ASSET, asset("a-faith-forum", OTAS, "E05000832", "Old Trafford faith groups",
                "Faith groups who joined the M16 project as equal partners", AssetCategory.ASSOCIATIONS,
                Tangibility.INTANGIBLE, Optional.of(PartyRef.organisation("m16-faith-forum")), false,
                TransferStatus.NOT_APPLICABLE, Optional.empty(), none));
        b.add(StandardKinds.ASSET, asset("a-refuge", OTAS, "E05000829", "Domestic abuse refuge",
                "Location withheld (illustrative)", AssetCategory.INSTITUTIONS, Tangibility.TANGIBLE,
                Optional.empty(), true, TransferStatus.NOT_APPLICABLE, Optional.empty(), none));
        b.add(StandardKinds.ASSET, asset("a-gift-baking", OTAS, "E05000832", "Baking for neighbours",
                "A resident bakes for isolated neighbours (illustrative)", AssetCategory.INDIVIDUALS,
                Tangibility.INTANGIBLE, Optional.of(PartyRef.person("p-m16-1")), true, TransferStatus.NOT_APPLICABLE,
                Optional.empty(), none));
        b.add(StandardKinds.ASSET, asset("a-sale-art-trail", SALE, "E05000834", "Sale Art Trail",
                "Created by two residents; 1,500 visitors to the town centre", AssetCategory.STORIES_CULTURE,
                Tangibility.INTANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.of(new GeoPoint(53.4243, -2.3227))));
        b.add(StandardKinds.ASSET, asset("a-wow-guide", SALE, "E05000835", "What's on Where guide",
                "A guide to activities for older people in Sale and Altrincham", AssetCategory.ECONOMIC_EXCHANGE,
                Tangibility.INTANGIBLE, Optional.of(PartyRef.organisation("home-instead")), false,
                TransferStatus.NOT_APPLICABLE, Optional.empty(), none));
        b.add(StandardKinds.ASSET, asset("a-sale-moor-centre", SALE, "E05000835", "Sale Moor Community Centre",
                "A council building proposed for community asset transfer (illustrative)", AssetCategory.INSTITUTIONS,
                Tangibility.TANGIBLE, Optional.of(PartyRef.organisation("trafford-council")), false,
                TransferStatus.PROPOSED, Optional.of(new AcvListing("vsg-group-2", LocalDate.of(2015, 9, 1),
                        Optional.of(new AcvDecision(AcvOutcome.LISTED, LocalDate.of(2015, 10, 20))),
                        Optional.of(LocalDate.of(2016, 1, 11)), Optional.of(LocalDate.of(2016, 2, 1)))),
                Optional.of(new GeoPoint(53.4190, -2.3020))));
        b.add(StandardKinds.ASSET, asset("a-oak-road-park", URMSTON, "E05000824", "Oak Road Park, Partington",
                "Reclaimed with neighbours by the Friends of Oak Road Park", AssetCategory.PHYSICAL,
                Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.of(new GeoPoint(53.4199, -2.4291))));
        b.add(StandardKinds.ASSET, asset("a-urmston-meadows", URMSTON, "E05000838", "Urmston Meadows",
                "Improved by Red Rose Forest, Trafford Housing Trust, businesses, the Council, Councillors, the Urmston"
                        + " Community Panel and residents", AssetCategory.PHYSICAL, Tangibility.TANGIBLE,
                Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.of(new GeoPoint(53.4460, -2.3540))));
        b.add(StandardKinds.ASSET, asset("a-urmston-panel", URMSTON, "E05000838", "Urmston Community Panel",
                "Residents' panel", AssetCategory.ASSOCIATIONS, Tangibility.INTANGIBLE,
                Optional.of(PartyRef.organisation("urmston-community-panel")), false, TransferStatus.NOT_APPLICABLE,
                Optional.empty(), none));
        b.add(StandardKinds.ASSET, asset("a-altrincham-library", SOUTH, "E05000819", "Altrincham Library",
                "Council library hosting community groups (illustrative)", AssetCategory.INSTITUTIONS, Tangibility.TANGIBLE,
                Optional.of(PartyRef.organisation("trafford-council")), false, TransferStatus.IN_NEGOTIATION,
                Optional.of(new AcvListing("vsg-group-3", LocalDate.of(2016, 1, 18), Optional.empty(), Optional.empty(),
                        Optional.empty())), Optional.of(new GeoPoint(53.3870, -2.3490))));
        b.add(StandardKinds.ASSET, asset("a-detroit-soup", SOUTH, "E05000830", "South Trafford Detroit Soup",
                "A crowdfunding dinner for local ideas", AssetCategory.ECONOMIC_EXCHANGE, Tangibility.INTANGIBLE,
                Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(), none));
    }

    private static void plans(Builder b) {
        LocalityPlan.Stage stage1 = new LocalityPlan.Stage(1, "Initial engagement", LocalDate.of(2014, 11, 1),
                LocalDate.of(2015, 3, 31), true); // seed 001, Appendix A
        LocalityPlan.Stage stage2 = new LocalityPlan.Stage(2, "Evidence and asset mapping", LocalDate.of(2015, 4, 1),
                LocalDate.of(2015, 9, 30), true); // illustrative
        List<LocalityPlan.Evidence> evidence = List.of(
                new LocalityPlan.Evidence(EvidenceKind.QUANTITATIVE_ANALYSIS, "Locality data and intelligence"),
                new LocalityPlan.Evidence(EvidenceKind.STRATEGIC_DIRECTION, "Strategy mapping"),
                new LocalityPlan.Evidence(EvidenceKind.ASSET_MAPPING, "Asset map handed to the partnership"),
                new LocalityPlan.Evidence(EvidenceKind.COMMUNITY_INTELLIGENCE, "Stakeholder event conversations"));
        for (String l : LOCALITIES) {
            List<LocalityPlan.Action> actions = new ArrayList<>();
            actions.add(new LocalityPlan.Action("Residents adopt and green their alleys and parks", "green",
                    ThreeQuestion.COMMUNITIES_THEMSELVES));
            actions.add(new LocalityPlan.Action("Enforcement against fly-tipping", "green", ThreeQuestion.ONLY_PUBLIC_SERVICES));
            if (!l.equals(SOUTH)) { // South Trafford's draft has no co-produced action yet: coverage shows the gap
                actions.add(new LocalityPlan.Action("Small grants co-designed with residents", "connect",
                        ThreeQuestion.BETTER_TOGETHER));
            }
            b.add(StandardKinds.PLAN, new LocalityPlan("plan-" + l, l, "Locality Plan (draft, illustrative priorities)",
                    List.of(new LocalityPlan.Priority("green", "Clean and green neighbourhoods", Optional.of("Theme 5")),
                            new LocalityPlan.Priority("connect", "Connected, active residents", Optional.of("Theme 6"))),
                    evidence, List.of(stage1, stage2), actions,
                    List.of(new LocalityPlan.TaskAndFinishGroup("Green spaces group", "green",
                            List.of("p-" + l + "-community-0", "p-" + l + "-agency-0")))));
        }
    }

    private static void projectsAndGrants(Builder b, List<String> m16, List<String> smile, List<String> groups) {
        b.add(StandardKinds.PROJECT, new LocalityProject("m16-environmental-action", OTAS, "M16 Environmental Action",
                "Fly-tipping and rubbish in Old Trafford's alleys tackled with everyone as equal assets",
                ProjectStatus.ACTIVE, Optional.of("p-old-trafford-stretford-agency-0"),
                List.of(new LocalityProject.Partner(PartyRef.organisation("trafford-council"), "Council"),
                        new LocalityProject.Partner(PartyRef.organisation("trafford-housing-trust"), "Housing provider"),
                        new LocalityProject.Partner(PartyRef.organisation("m16-faith-forum"), "Faith groups"),
                        new LocalityProject.Partner(PartyRef.organisation("keep-britain-tidy"), "National pilot interest"),
                        new LocalityProject.Partner(PartyRef.person("p-old-trafford-stretford-councillor-0"), "Ward Councillor")),
                List.of(new LocalityProject.Contribution(PartyRef.organisation("trafford-council"),
                        "Small grants fund held by the Locality Partnership", Optional.of(Money.pounds(4800)))),
                List.of("16 projects funded", "Alleys cleaned, planted and used for play",
                        "Keep Britain Tidy discussing a national pilot"),
                List.of(new LocalityProject.MonitoringNote(LocalDate.of(2015, 7, 1), "Small grants scheme opened"),
                        new LocalityProject.MonitoringNote(LocalDate.of(2016, 2, 1), "16 projects funded; art classes in the alley"))));
        b.add(StandardKinds.PROJECT, new LocalityProject("urmston-meadows", URMSTON, "Urmston Meadows",
                "A new partnership improving Urmston Meadows", ProjectStatus.ACTIVE, Optional.empty(),
                List.of(new LocalityProject.Partner(PartyRef.organisation("red-rose-forest"), "Lead partner"),
                        new LocalityProject.Partner(PartyRef.organisation("trafford-housing-trust"), "Partner"),
                        new LocalityProject.Partner(PartyRef.organisation("urmston-community-panel"), "Residents")),
                List.of(), List.of("Community involvement sustains the changes"), List.of()));
        b.add(StandardKinds.PROJECT, new LocalityProject("sale-art-trail", SALE, "Sale Art Trail",
                "Two residents' art trail funded by Make Sale Smile", ProjectStatus.COMPLETED, Optional.empty(),
                List.of(), List.of(), List.of("1,500 people brought into the town centre"),
                List.of(new LocalityProject.MonitoringNote(LocalDate.of(2015, 9, 30), "Trail held"))));
        b.add(StandardKinds.PROJECT, new LocalityProject("detroit-soup", SOUTH, "South Trafford Detroit Soup",
                "The first Detroit Soup event in Greater Manchester, 22 October 2015", ProjectStatus.PROPOSED,
                Optional.empty(), List.of(), List.of(), List.of(), List.of()));

        b.add(StandardKinds.GRANT_SCHEME, GrantScheme.builder().id("m16-small-grants").councilId(C).localityId(OTAS)
                .projectId("m16-environmental-action").name("M16 Environmental Action small grants")
                .capPerGrant(Money.pounds(300)).eligible(Set.of(RecipientKind.INDIVIDUAL))
                .decidedBy(GrantDecisionMethod.PARTNERSHIP).build());
        b.add(StandardKinds.GRANT_SCHEME, GrantScheme.builder().id("make-sale-smile").councilId(C).localityId(SALE)
                .name("Make Sale Smile micro-grants").capPerGrant(Money.pounds(250))
                .eligible(Set.of(RecipientKind.INDIVIDUAL, RecipientKind.GROUP)).decidedBy(GrantDecisionMethod.PANEL)
                .build());
        b.add(StandardKinds.GRANT_SCHEME, GrantScheme.builder().id("vsg-2015").councilId(C)
                .name("Voluntary Sector Grants 2015").capPerGrant(Money.pounds(5000)).eligible(Set.of(RecipientKind.GROUP))
                .decidedBy(GrantDecisionMethod.PUBLIC_VOTE).build());

        // Four voting events, summer 2015: over 1,450 voters in all (seed 003); the split is illustrative.
        int[] voters = {380, 352, 401, 330};
        for (int e = 0; e < 4; e++) {
            String l = LOCALITIES.get(e);
            List<VotingEvent.Tally> tallies = new ArrayList<>();
            for (int g = e; g < groups.size(); g += 4) {
                tallies.add(new VotingEvent.Tally("bid-" + (g + 1), PartyRef.organisation(groups.get(g)),
                        "Project of a community group (illustrative)", 60 + (g * 37) % 200, true));
            }
            tallies.add(new VotingEvent.Tally("bid-unfunded-" + e, PartyRef.organisation("thrive-trafford"),
                    "Unfunded bid (illustrative)", 41, false));
            b.add(StandardKinds.VOTING_EVENT, VotingEvent.builder().id("ve-2015-" + l).councilId(C).localityId(l)
                    .name("Voluntary Sector Grants voting event").heldOn(LocalDate.of(2015, 7, 4 + 7 * e))
                    .voters(voters[e]).tallies(tallies).build());
        }
        for (int i = 0; i < m16.size(); i++) {
            b.add(StandardKinds.GRANT, Grant.builder().id("g-m16-" + (i + 1)).schemeId("m16-small-grants")
                    .recipient(PartyRef.person(m16.get(i))).amount(Money.pounds(150 + (i * 10) % 151))
                    .awardedOn(LocalDate.of(2015, 8, 3).plusDays(i * 4L)).wardId(i % 2 == 1 ? "E05000832" : "E05000825")
                    .title("Back alley improvement").purpose("Residents' project to clean and green a back alley")
                    .firstTimeRecipient(true).build());
        }
        for (int i = 0; i < smile.size(); i++) {
            b.add(StandardKinds.GRANT, Grant.builder().id("g-smile-" + (i + 1)).schemeId("make-sale-smile")
                    .recipient(PartyRef.person(smile.get(i))).amount(Money.pounds(50 + (i * 13) % 200))
                    .awardedOn(LocalDate.of(2015, 5, 1).plusDays(i * 3L)).wardId(i % 2 == 1 ? "E05000835" : "E05000834")
                    .title("Be Bold idea").purpose("A resident's Be Bold idea for Sale").firstTimeRecipient(true).build());
        }
        // 45 groups funded, 28 of them first-time recipients (seed 003).
        for (int g = 0; g < groups.size(); g++) {
            String l = LOCALITIES.get(g % 4);
            b.add(StandardKinds.GRANT, Grant.builder().id("g-vsg-" + (g + 1)).schemeId("vsg-2015")
                    .recipient(PartyRef.organisation(groups.get(g))).amount(Money.pounds(500 + (g * 97) % 2500))
                    .awardedOn(LocalDate.of(2015, 9, 1)).title("Voluntary Sector Grant")
                    .purpose("Community group project chosen by public vote").firstTimeRecipient(g < 28)
                    .votingEventId("ve-2015-" + l).build());
        }
    }

    private static void stories(Builder b) {
        LocalDate published = LocalDate.of(2016, 2, 1);
        List<Consent> none = List.of();
        b.add(StandardKinds.STORY, new Story("s-wow", SALE, "I'm WOWing the older people of Altrincham and Sale",
                "Alan from Home Instead Senior Care makes the What's on Where guide for Sale and Altrincham.", List.of("p-alan"), Optional.of("Sale and Altrincham"), published,
                Optional.empty(), List.of(new Consent("p-alan", ConsentUse.PUBLICATION, LocalDate.of(2015, 12, 1), Optional.empty()))));
        b.add(StandardKinds.STORY, new Story("s-meal", URMSTON, "He was really pleased when I took a meal round",
                "Emma from Urmston helps her neighbours out; now the whole street helps with meals and shopping.",
                List.of("p-emma"), Optional.of("Urmston"), published, Optional.empty(),
                List.of(new Consent("p-emma", ConsentUse.PUBLICATION, LocalDate.of(2015, 12, 1), Optional.empty()))));
        b.add(StandardKinds.STORY, new Story("s-oak-road", URMSTON, "I am helping to transform Partington, one park at a time!",
                "Adele from Partington set up Friends of Oak Road Park with her neighbours.", List.of("p-adele"),
                Optional.of("Oak Road Park, Partington"), published, Optional.empty(),
                List.of(new Consent("p-adele", ConsentUse.PUBLICATION, LocalDate.of(2015, 12, 1), Optional.empty()))));
        b.add(StandardKinds.STORY, new Story("s-soothe", OTAS, "I'm helping local mums to enjoy their journey",
                "Jessica Lacey from Stretford set up Soothe: Baby Blues to support new mums in Trafford.",
                List.of("p-jessica"), Optional.of("Stretford"), published, Optional.empty(),
                List.of(new Consent("p-jessica", ConsentUse.PUBLICATION, LocalDate.of(2015, 12, 1), Optional.empty()))));
        // Illustrative stories without consent to publish: internal use only, and a withdrawn consent.
        b.add(StandardKinds.STORY, new Story("s-internal", OTAS, "Clearing the alley behind Gorse Hill",
                "Bernadette Quigley organised her street to clear an alley (illustrative).", List.of("p-story-1"),
                Optional.of("Gorse Hill"), LocalDate.of(2015, 10, 5), Optional.of("p-old-trafford-stretford-agency-0"),
                List.of(new Consent("p-story-1", ConsentUse.INTERNAL, LocalDate.of(2015, 10, 5), Optional.empty()))));
        b.add(StandardKinds.STORY, new Story("s-withdrawn", SOUTH, "A lift to the shops",
                "Desmond Achterberg drives neighbours to the shops in Timperley (illustrative).", List.of("p-story-2"),
                Optional.of("Timperley"), LocalDate.of(2015, 11, 12), Optional.empty(),
                List.of(new Consent("p-story-2", ConsentUse.PUBLICATION, LocalDate.of(2015, 11, 12),
                        Optional.of(LocalDate.of(2016, 1, 20))))));
        b.add(StandardKinds.STORY, new Story("s-no-consent", SALE, "Knitting club for the care home",
                "A resident started a knitting club with care home residents; no consent recorded (illustrative).",
                List.of("p-smile-3"), Optional.empty(), LocalDate.of(2015, 12, 3), Optional.empty(), none));
    }
}
