package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.localityworking.core.rules.GrantRules;
import org.localityworking.core.rules.LocalityRules;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.Gift;
import org.localityworking.core.model.Need;
import org.localityworking.core.model.CommunityBuilderTeam;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.GovernanceBody;
import org.localityworking.core.model.GovernanceIssue;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.LocalityPlan;
import org.localityworking.core.model.LocalityProfile;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.NamingConsent;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Source;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Strategy;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.model.TrainingProgramme;
import org.localityworking.core.model.TrainingRecord;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;

/**
 * The 29 kinds of record every council has (councils, wards, localities, people, assets, grants, stories, ...),
 * each a {@link Kind} built with the public builder: its keys, references, rules (the checks of core's
 * {@code ..core.rules}), erasure (each record's own {@code erasedFor}), free text and what the public may see.
 * A council's own kinds are built the same way ({@link Kind#builder}) and given to the store beside these.
 *
 * <p>Held here, apart from {@link Kind}, so that {@code Kind}'s own initialisation involves no other class: this
 * holder builds its kinds with {@code Kind}'s builder once {@code Kind} is ready.
 */
@API(status = STABLE, since = "1.0")
public final class StandardKinds {
    private StandardKinds() {
    }


    private static List<String> memberIds(List<Member> members) {
        return members.stream().map(Member::personId).toList();
    }

    private static List<String> people(PartyRef... parties) {
        return Stream.of(parties).filter(p -> p.kind() == PartyKind.PERSON).map(PartyRef::id).toList();
    }

    private static List<String> memberOrganisations(List<Member> members) {
        return members.stream().map(Member::organisationId).flatMap(Optional::stream).toList();
    }

    private static List<String> organisations(PartyRef... parties) {
        return Stream.of(parties).filter(p -> p.kind() == PartyKind.ORGANISATION).map(PartyRef::id).toList();
    }

    /** A record's ward, where it has one, is one of its locality's wards: the one rule, in core. */
    private static void wardWithin(Optional<String> ward, String localityId, String field, String what, String id,
                                   RecordLookup lookup) {
        if (ward.isPresent()) {
            LocalityRules.requireWardWithin(lookup.find(LOCALITY, localityId).orElseThrow(), ward, field, what, id);
        }
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A rule from its two halves. */
    private static <T> PublicRule<T> publicRule(BiFunction<T, Publication, Optional<String>> withheld,
                                                BiFunction<T, Publication, T> shown) {
        return new PublicRule<>() {
            @Override
            public Optional<String> withheld(T value, Publication publication) {
                return withheld.apply(value, publication);
            }

            @Override
            public T shown(T value, Publication publication) {
                return shown.apply(value, publication);
            }
        };
    }

    /** The generic title and purpose of a grant to an individual in public, as the 360Giving guidance asks. */
    public static final String INDIVIDUAL_GRANT = "Grant to an individual";

    /** The description of a resident's own gift in public. */
    public static final String RESIDENTS_GIFT = "A resident's gift";

    /**
     * The public sees a person's name only where it may name them (a public office, or a naming consent in
     * force), and never their contact details.
     */
    private static final PublicRule<Person> PERSON_IN_PUBLIC = publicRule((p, pub) -> Optional.empty(),
            (p, pub) -> new Person(p.id(), pub.mayName(p.id()) ? p.name() : Publication.WITHHELD, ContactDetails.none(),
                    p.homeWardId(), p.roles()));

    /** The public never sees a sensitive asset, nor one that belongs to a person (an individual's gift). */
    private static final PublicRule<Asset> ASSET_IN_PUBLIC = publicRule((a, pub) -> a.sensitive()
                    ? Optional.of("assets flagged sensitive")
                    : a.owner().filter(o -> o.kind() == PartyKind.PERSON).map(o -> "assets that belong to a person"),
            (a, pub) -> a);

    /** The public sees a story only when everyone it names has consented to its publication on the day. */
    private static final PublicRule<Story> STORY_IN_PUBLIC = publicRule((st, pub) ->
                    st.isConsentedFor(org.localityworking.core.model.ConsentUse.PUBLICATION, pub.asOf())
                            ? Optional.empty() : Optional.of("stories without everyone's consent to publication"),
            (st, pub) -> st);

    /**
     * A grant to an individual keeps its amount, date and ward in public; its title and purpose become generic, and
     * no place it benefits finer than a ward is named (360Giving's guidance for grants to individuals).
     */
    private static final PublicRule<Grant> GRANT_IN_PUBLIC = publicRule((g, pub) -> Optional.empty(),
            (g, pub) -> g.recipientKind() == org.localityworking.core.model.RecipientKind.INDIVIDUAL
                    ? g.toBuilder().title(INDIVIDUAL_GRANT).purpose(INDIVIDUAL_GRANT).beneficiaryAreas(g.beneficiaryAreas()
                            .stream().filter(a -> !a.finerThanWard()).toList()).build() : g);

    /** A resident's own gift is counted in public, never described. */
    private static final PublicRule<Gift> GIFT_IN_PUBLIC = publicRule((g, pub) -> Optional.empty(),
            (g, pub) -> g.giver().kind() == PartyKind.PERSON
                    ? new Gift(g.id(), g.localityId(), g.wardId(), g.giver(), g.kind(), RESIDENTS_GIFT, g.tags(),
                            g.contactConsentOn())
                    : g);

    /** Whom the council may name is the library's business: the public never sees the consents themselves. */
    private static final PublicRule<NamingConsent> NAMING_CONSENT_IN_PUBLIC = publicRule(
            (c, pub) -> Optional.of("naming consents"), (c, pub) -> c);

    public static final Kind<Council> COUNCIL = Kind.builder("council", Council.class, Council::id)
            .key(Dimension.COUNCIL, Council::id)
            .freeText()
            .build();

    public static final Kind<Ward> WARD = Kind.builder("ward", Ward.class, Ward::id)
            .key(Dimension.COUNCIL, Ward::councilId)
            .key(Dimension.WARD, Ward::id)
            .reference("Ward.councilId", COUNCIL, Ward::councilId)
            .freeText()
            .build();

    public static final Kind<Locality> LOCALITY = Kind.builder("locality", Locality.class, Locality::id)
            .key(Dimension.COUNCIL, Locality::councilId)
            .key(Dimension.LOCALITY, Locality::id)
            .keys(Dimension.WARD, l -> l.wards().stream().map(WardPart::wardId).toList())
            .reference("Locality.councilId", COUNCIL, Locality::councilId)
            .references("Locality.wards", WARD, l -> l.wards().stream().map(WardPart::wardId).toList())
            .freeText()
            .build();

    public static final Kind<LocalityProfile> LOCALITY_PROFILE = Kind.builder("locality_profile",
            LocalityProfile.class, LocalityProfile::id)
            .key(Dimension.LOCALITY, LocalityProfile::localityId)
            .reference("LocalityProfile.localityId", LOCALITY, LocalityProfile::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("statistics")
            .build();

    public static final Kind<Organisation> ORGANISATION = Kind.builder("organisation", Organisation.class,
            Organisation::id)
            .optionalKey(Dimension.LOCALITY, Organisation::localityId)
            .keys(Dimension.CATEGORY, o -> List.of(o.sector().name(), o.kind().name()))
            .optionalReference("Organisation.localityId", LOCALITY, Organisation::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name", "description")
            .build();

    public static final Kind<Person> PERSON = Kind.builder("person", Person.class, Person::id)
            .keys(Dimension.LOCALITY, p -> p.roles().stream().map(RoleAssignment::localityId)
                    .flatMap(Optional::stream).toList())
            .optionalKey(Dimension.WARD, Person::homeWardId)
            .keys(Dimension.CATEGORY, p -> p.roles().stream().map(r -> r.role().name()).toList())
            .key(Dimension.PERSON, Person::id)
            .optionalReference("Person.homeWardId", WARD, Person::homeWardId)
            .references("Person.roles.localityId", LOCALITY, p -> p.roles().stream().map(RoleAssignment::localityId)
                    .flatMap(Optional::stream).toList())
            .references("Person.roles.organisationId", ORGANISATION, p -> p.roles().stream()
                    .map(RoleAssignment::organisationId).flatMap(Optional::stream).toList())
            .erase(Person::erasedFor)
            .describe("Your own record: your name, your contact details, your home ward and the roles you hold",
                    "so that the council and its partners can contact you and know which localities you take part in")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("contact")
            .inPublic(PERSON_IN_PUBLIC)
            .build();

    public static final Kind<NamingConsent> NAMING_CONSENT = Kind.builder("naming_consent", NamingConsent.class,
            NamingConsent::id)
            .key(Dimension.COUNCIL, NamingConsent::councilId)
            .key(Dimension.PERSON, NamingConsent::personId)
            .date(NamingConsent::givenOn)
            .reference("NamingConsent.councilId", COUNCIL, NamingConsent::councilId)
            .reference("NamingConsent.personId", PERSON, NamingConsent::personId)
            .describe("Your consent to be named in the council's public reports, and when you withdrew it",
                    "so that public reports name you only while you agree to it")
            .freeText()
            .inPublic(NAMING_CONSENT_IN_PUBLIC)
            .build();

    public static final Kind<LocalityPartnership> PARTNERSHIP = Kind.builder("partnership",
            LocalityPartnership.class, LocalityPartnership::id)
            .key(Dimension.LOCALITY, LocalityPartnership::localityId)
            .keys(Dimension.PERSON, p -> memberIds(p.members()))
            .date(LocalityPartnership::established)
            .reference("LocalityPartnership.localityId", LOCALITY, LocalityPartnership::localityId)
            .references("LocalityPartnership.members.organisationId", ORGANISATION, p -> memberOrganisations(p.members()))
            .describe("Locality bodies (partnerships) you are a member of",
                    "to record who takes part in each partnership and that its membership keeps the council's rules")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<EnablingGroup> ENABLING_GROUP = Kind.builder("enabling_group", EnablingGroup.class,
            EnablingGroup::id)
            .key(Dimension.LOCALITY, EnablingGroup::localityId)
            .keys(Dimension.PERSON, g -> concat(memberIds(g.coreMembers()), g.invitedProjectLeadIds()))
            .reference("EnablingGroup.localityId", LOCALITY, EnablingGroup::localityId)
            .references("EnablingGroup.coreMembers.organisationId", ORGANISATION, g -> memberOrganisations(g.coreMembers()))
            .describe("Core groups of a locality's work you are a member of, or were invited to as a project lead",
                    "to record each group's members and check that it keeps the balance of community, agency and councillor members")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText()
            .build();

    public static final Kind<LocalityNetwork> NETWORK = Kind.builder("network", LocalityNetwork.class,
            LocalityNetwork::id)
            .key(Dimension.LOCALITY, LocalityNetwork::localityId)
            .keys(Dimension.PERSON, n -> memberIds(n.members()))
            .reference("LocalityNetwork.localityId", LOCALITY, LocalityNetwork::localityId)
            .references("LocalityNetwork.memberOrganisationIds", ORGANISATION, LocalityNetwork::memberOrganisationIds)
            .references("LocalityNetwork.members.organisationId", ORGANISATION, n -> memberOrganisations(n.members()))
            .describe("Locality bodies (networks) you are a member of",
                    "to record who takes part in each locality's network of groups")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<CommunityBuilderTeam> BUILDER_TEAM = Kind.builder("builder_team",
            CommunityBuilderTeam.class, CommunityBuilderTeam::id)
            .key(Dimension.LOCALITY, CommunityBuilderTeam::localityId)
            .keys(Dimension.PERSON, CommunityBuilderTeam::memberPersonIds)
            .reference("CommunityBuilderTeam.localityId", LOCALITY, CommunityBuilderTeam::localityId)
            .describe("Community builder teams you belong to",
                    "to organise the people who build community links in each locality")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<TrainingProgramme> TRAINING_PROGRAMME = Kind.builder("training_programme",
            TrainingProgramme.class, TrainingProgramme::id)
            .key(Dimension.COUNCIL, TrainingProgramme::councilId)
            .date(t -> t.sessionDates().get(0))
            .reference("TrainingProgramme.councilId", COUNCIL, TrainingProgramme::councilId)
            .freeText("title", "toolkit")
            .build();

    public static final Kind<TrainingRecord> TRAINING_RECORD = Kind.builder("training_record",
            TrainingRecord.class, TrainingRecord::id)
            .key(Dimension.PARENT, TrainingRecord::programmeId)
            .key(Dimension.PERSON, TrainingRecord::personId)
            .date(TrainingRecord::completedOn)
            .reference("TrainingRecord.programmeId", TRAINING_PROGRAMME, TrainingRecord::programmeId)
            .reference("TrainingRecord.personId", PERSON, TrainingRecord::personId)
            .describe("Training you completed",
                    "to record who has been trained, for example as a community builder")
            .councilThrough(Dimension.PARENT, TRAINING_PROGRAMME)
            .freeText()
            .build();

    public static final Kind<Asset> ASSET = Kind.builder("asset", Asset.class, Asset::id)
            .key(Dimension.LOCALITY, Asset::localityId)
            .optionalKey(Dimension.WARD, Asset::wardId)
            .key(Dimension.CATEGORY, a -> a.category().name())
            .key(Dimension.STATUS, a -> a.transfer().name())
            .keys(Dimension.PERSON, a -> a.owner().map(o -> people(o)).orElse(List.of()))
            .reference("Asset.localityId", LOCALITY, Asset::localityId)
            .optionalReference("Asset.wardId", WARD, Asset::wardId)
            .references("Asset.owner", PERSON, a -> a.owner().map(o -> people(o)).orElse(List.of()))
            .references("Asset.owner", ORGANISATION, a -> a.owner().map(o -> organisations(o)).orElse(List.of()))
            .references("Asset.acv.nominatingOrganisationId", ORGANISATION, a -> a.acv()
                    .map(l -> List.of(l.nominatingOrganisationId())).orElse(List.of()))
            .rule((a, lookup) -> wardWithin(a.wardId(), a.localityId(), "Asset.wardId", "asset", a.id(), lookup))
            .erase(Asset::erasedFor)
            .describe("Community assets that belong to you (gifts, skills or places you offered)",
                    "to map what each locality has to offer and to connect people and groups with it")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name", "description", "venue")
            .inPublic(ASSET_IN_PUBLIC)
            .build();

    public static final Kind<LocalityPlan> PLAN = Kind.builder("plan", LocalityPlan.class, LocalityPlan::id)
            .key(Dimension.LOCALITY, LocalityPlan::localityId)
            .keys(Dimension.PERSON, p -> p.taskGroups().stream().flatMap(g -> g.memberPersonIds().stream()).toList())
            .reference("LocalityPlan.localityId", LOCALITY, LocalityPlan::localityId)
            .describe("Locality plans whose task and finish groups you are a member of",
                    "to record who works on each priority of a locality plan")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("title", "priorities", "evidence", "stages", "actions", "taskGroups")
            .build();

    public static final Kind<LocalityProject> PROJECT = Kind.builder("project", LocalityProject.class,
            LocalityProject::id)
            .key(Dimension.LOCALITY, LocalityProject::localityId)
            .key(Dimension.STATUS, p -> p.status().name())
            .keys(Dimension.PERSON, p -> {
                List<String> ids = new ArrayList<>(p.leadPersonId().stream().toList());
                p.partners().forEach(x -> ids.addAll(people(x.party())));
                p.contributions().forEach(x -> ids.addAll(people(x.from())));
                return ids;
            })
            .reference("LocalityProject.localityId", LOCALITY, LocalityProject::localityId)
            .references("LocalityProject.partners.party", ORGANISATION, p -> p.partners().stream()
                    .flatMap(x -> organisations(x.party()).stream()).toList())
            .references("LocalityProject.contributions.from", ORGANISATION, p -> p.contributions().stream()
                    .flatMap(x -> organisations(x.from()).stream()).toList())
            .describe("Locality projects you lead, are a partner in or contributed to",
                    "to record who does what in each project and to report on the projects")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name", "description", "partners", "contributions", "outcomes", "monitoring")
            .build();

    public static final Kind<GrantScheme> GRANT_SCHEME = Kind.builder("grant_scheme", GrantScheme.class,
            GrantScheme::id)
            .key(Dimension.COUNCIL, GrantScheme::councilId)
            .optionalKey(Dimension.LOCALITY, GrantScheme::localityId)
            .reference("GrantScheme.councilId", COUNCIL, GrantScheme::councilId)
            .optionalReference("GrantScheme.localityId", LOCALITY, GrantScheme::localityId)
            .optionalReference("GrantScheme.projectId", PROJECT, GrantScheme::projectId)
            .freeText("name")
            .build();

    public static final Kind<VotingEvent> VOTING_EVENT = Kind.builder("voting_event", VotingEvent.class,
            VotingEvent::id)
            .key(Dimension.COUNCIL, VotingEvent::councilId)
            .optionalKey(Dimension.LOCALITY, VotingEvent::localityId)
            .keys(Dimension.PERSON, e -> e.tallies().stream().flatMap(t -> people(t.bidder()).stream()).toList())
            .date(VotingEvent::heldOn)
            .reference("VotingEvent.councilId", COUNCIL, VotingEvent::councilId)
            .optionalReference("VotingEvent.localityId", LOCALITY, VotingEvent::localityId)
            .references("VotingEvent.tallies.bidder", ORGANISATION, e -> e.tallies().stream()
                    .flatMap(t -> organisations(t.bidder()).stream()).toList())
            .describe("Public voting events where you made a bid",
                    "to record the bids, the votes and which bids were funded")
            .freeText("name", "tallies")
            .build();

    public static final Kind<Grant> GRANT = Kind.builder("grant", Grant.class, Grant::id)
            .key(Dimension.PARENT, Grant::schemeId)
            .optionalKey(Dimension.WARD, Grant::wardId)
            .key(Dimension.CATEGORY, g -> g.recipientKind().name())
            .keys(Dimension.PERSON, g -> people(g.recipient()))
            .date(Grant::awardedOn)
            .reference("Grant.schemeId", GRANT_SCHEME, Grant::schemeId)
            .references("Grant.recipient", PERSON, g -> people(g.recipient()))
            .references("Grant.recipient", ORGANISATION, g -> organisations(g.recipient()))
            .references("Grant.funderId", ORGANISATION, g -> g.funderId().stream().toList())
            .optionalReference("Grant.wardId", WARD, Grant::wardId)
            .optionalReference("Grant.votingEventId", VOTING_EVENT, Grant::votingEventId)
            .rule((g, lookup) -> GrantRules.requireEligible(lookup.find(GRANT_SCHEME, g.schemeId()).orElseThrow(), g))
            .describe("Grants the council awarded to you",
                    "to account for public money, keep each scheme's rules and report on the grants paid")
            .councilThrough(Dimension.PARENT, GRANT_SCHEME)
            .freeText("title", "purpose")
            .inPublic(GRANT_IN_PUBLIC)
            .build();

    public static final Kind<Story> STORY = Kind.builder("story", Story.class, Story::id)
            .key(Dimension.LOCALITY, Story::localityId)
            .keys(Dimension.PERSON, s -> concat(s.personIds(), s.collectedById().stream().toList()))
            .date(Story::collectedOn)
            .reference("Story.localityId", LOCALITY, Story::localityId)
            .references("Story.personIds", PERSON, Story::personIds)
            .optionalReference("Story.collectedById", PERSON, Story::collectedById)
            .erase(Story::erasedFor)
            .describe("Stories that name you, or that you collected",
                    "to share what residents have done, with your consent where a story is published")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("title", "text", "place")
            .inPublic(STORY_IN_PUBLIC)
            .build();

    public static final Kind<EngagementEvent> EVENT = Kind.builder("event", EngagementEvent.class,
            EngagementEvent::id)
            .key(Dimension.LOCALITY, EngagementEvent::localityId)
            .key(Dimension.CATEGORY, e -> e.kind().name())
            .date(EngagementEvent::heldOn)
            .reference("EngagementEvent.localityId", LOCALITY, EngagementEvent::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("title")
            .build();

    public static final Kind<SuccessMeasure> MEASURE = Kind.builder("measure", SuccessMeasure.class,
            SuccessMeasure::id)
            .key(Dimension.COUNCIL, SuccessMeasure::councilId)
            .reference("SuccessMeasure.councilId", COUNCIL, SuccessMeasure::councilId)
            .freeText("name", "stages")
            .build();

    public static final Kind<Assessment> ASSESSMENT = Kind.builder("assessment", Assessment.class,
            Assessment::id)
            .key(Dimension.LOCALITY, Assessment::localityId)
            .key(Dimension.PARENT, Assessment::measureId)
            .date(Assessment::assessedOn)
            .reference("Assessment.measureId", MEASURE, Assessment::measureId)
            .reference("Assessment.localityId", LOCALITY, Assessment::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("note")
            .build();

    public static final Kind<Strategy> STRATEGY = Kind.builder("strategy", Strategy.class, Strategy::id)
            .key(Dimension.COUNCIL, Strategy::councilId)
            .reference("Strategy.councilId", COUNCIL, Strategy::councilId)
            .freeText("title", "themes", "milestones")
            .build();

    public static final Kind<GovernanceIssue> GOVERNANCE_ISSUE = Kind.builder("governance_issue",
            GovernanceIssue.class, GovernanceIssue::id)
            .key(Dimension.COUNCIL, GovernanceIssue::councilId)
            .reference("GovernanceIssue.councilId", COUNCIL, GovernanceIssue::councilId)
            .freeText("title", "source", "description", "plannedActions", "updates")
            .build();

    public static final Kind<GovernanceBody> GOVERNANCE_BODY = Kind.builder("governance_body",
            GovernanceBody.class, GovernanceBody::id)
            .key(Dimension.COUNCIL, GovernanceBody::councilId)
            .key(Dimension.CATEGORY, b -> b.kind().name())
            .keys(Dimension.PERSON, b -> b.chairPersonId().stream().toList())
            .reference("GovernanceBody.councilId", COUNCIL, GovernanceBody::councilId)
            .describe("Governance bodies you chair",
                    "to record who leads each body that oversees locality working")
            .freeText("name")
            .build();

    public static final Kind<Source> SOURCE = Kind.builder("source", Source.class, Source::id)
            .key(Dimension.COUNCIL, Source::councilId)
            .keys(Dimension.CATEGORY, Source::supports)
            .reference("Source.councilId", COUNCIL, Source::councilId)
            .freeText("title", "publisher")
            .build();

    public static final Kind<Gift> GIFT = Kind.builder("gift", Gift.class, Gift::id)
            .key(Dimension.LOCALITY, Gift::localityId)
            .optionalKey(Dimension.WARD, Gift::wardId)
            .key(Dimension.CATEGORY, g -> g.kind().name())
            .keys(Dimension.PERSON, g -> people(g.giver()))
            .reference("Gift.localityId", LOCALITY, Gift::localityId)
            .optionalReference("Gift.wardId", WARD, Gift::wardId)
            .references("Gift.giver", PERSON, g -> people(g.giver()))
            .references("Gift.giver", ORGANISATION, g -> organisations(g.giver()))
            .rule((g, lookup) -> wardWithin(g.wardId(), g.localityId(), "Gift.wardId", "gift", g.id(), lookup))
            .erase(Gift::erasedFor)
            .describe("Gifts you offered: what you know, can do and care about, and whether you agreed to be contacted"
                            + " about them",
                    "so that community builders can connect you with groups and plans that need them, if you agreed")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("description", "tags")
            .inPublic(GIFT_IN_PUBLIC)
            .build();

    public static final Kind<Need> NEED = Kind.builder("need", Need.class, Need::id)
            .key(Dimension.LOCALITY, Need::localityId)
            .optionalKey(Dimension.WARD, Need::wardId)
            .key(Dimension.CATEGORY, n -> n.kind().name())
            .reference("Need.localityId", LOCALITY, Need::localityId)
            .optionalReference("Need.wardId", WARD, Need::wardId)
            .optionalReference("Need.organisationId", ORGANISATION, Need::organisationId)
            .rule((n, lookup) -> wardWithin(n.wardId(), n.localityId(), "Need.wardId", "need", n.id(), lookup))
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("description", "tags")
            .build();

    private static final List<Kind<?>> ALL = List.of(COUNCIL, WARD, LOCALITY, LOCALITY_PROFILE, ORGANISATION,
            PERSON, NAMING_CONSENT, PARTNERSHIP, ENABLING_GROUP, NETWORK, BUILDER_TEAM, TRAINING_PROGRAMME, TRAINING_RECORD, ASSET, PLAN,
            PROJECT, GRANT_SCHEME, VOTING_EVENT, GRANT, STORY, EVENT, MEASURE, ASSESSMENT, STRATEGY,
            GOVERNANCE_ISSUE, GOVERNANCE_BODY, SOURCE, GIFT, NEED);

    /** {@return the standard kinds, in an order in which references point backwards (councils first)} */
    public static List<Kind<?>> all() {
        return ALL;
    }
}
