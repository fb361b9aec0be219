package org.localityworking.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Asset;
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
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Strategy;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.model.TrainingProgramme;
import org.localityworking.core.model.TrainingRecord;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;

/** The definitions behind the {@link Kind} constants. */
final class StandardKinds {
    private StandardKinds() {
    }

    /** One kind, assembled from functions. */
    static final class Definition<T> implements Kind<T> {
        private final String name;
        private int ordinal = -1;
        private final Class<T> type;
        private final Function<T, String> id;
        private final Map<Dimension, Function<T, Collection<String>>> keys = new EnumMap<>(Dimension.class);
        private final Set<Dimension> multi = EnumSet.noneOf(Dimension.class);
        private Function<T, Optional<LocalDate>> date = v -> Optional.empty();
        private boolean dated;
        private final List<Function<T, Stream<Reference>>> references = new ArrayList<>();
        private BiFunction<T, String, T> erase = (v, p) -> v;

        Definition(String name, Class<T> type, Function<T, String> id) {
            this.name = name;
            this.type = type;
            this.id = id;
        }

        /** A dimension on which a record may have several keys. */
        Definition<T> key(Dimension d, Function<T, Collection<String>> f) {
            keys.put(d, f);
            multi.add(d);
            return this;
        }

        /** A dimension on which a record has exactly one key. */
        Definition<T> one(Dimension d, Function<T, String> f) {
            keys.put(d, v -> List.of(f.apply(v)));
            return this;
        }

        /** A dimension on which a record has at most one key. */
        Definition<T> optional(Dimension d, Function<T, Optional<String>> f) {
            keys.put(d, v -> f.apply(v).map(List::of).orElse(List.of()));
            return this;
        }

        Definition<T> date(Function<T, LocalDate> f) {
            this.date = v -> Optional.of(f.apply(v));
            this.dated = true;
            return this;
        }

        Definition<T> ref(String field, Kind<?> target, Function<T, Optional<String>> f) {
            references.add(v -> f.apply(v).stream().map(id -> new Reference(field, target, id)));
            return this;
        }

        Definition<T> erase(BiFunction<T, String, T> f) {
            this.erase = f;
            return this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int ordinal() {
            return ordinal;
        }

        @Override
        public Class<T> type() {
            return type;
        }

        @Override
        public String id(T value) {
            return id.apply(value);
        }

        @Override
        public Set<Dimension> dimensions() {
            EnumSet<Dimension> d = keys.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(keys.keySet());
            if (dated) {
                d.add(Dimension.DATE);
            }
            return Collections.unmodifiableSet(d);
        }

        @Override
        public Set<Dimension> multiValued() {
            return Collections.unmodifiableSet(EnumSet.copyOf(multi.isEmpty() ? EnumSet.noneOf(Dimension.class) : multi));
        }

        @Override
        public Set<String> keys(T value, Dimension dimension) {
            Function<T, Collection<String>> f = keys.get(dimension);
            return f == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(f.apply(value)));
        }

        @Override
        public Optional<LocalDate> date(T value) {
            return date.apply(value);
        }

        @Override
        public List<Reference> references(T value) {
            return references.stream().flatMap(f -> f.apply(value)).toList();
        }

        @Override
        public T erase(T value, String personId) {
            return erase.apply(value, personId);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<String> memberIds(List<Member> members) {
        return members.stream().map(Member::personId).toList();
    }

    private static List<String> people(PartyRef... parties) {
        return Stream.of(parties).filter(p -> p.kind() == PartyKind.PERSON).map(PartyRef::id).toList();
    }

    private static <T> List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static final Definition<Council> COUNCIL = new Definition<>("council", Council.class, Council::id)
            .one(Dimension.COUNCIL, Council::id);

    static final Definition<Ward> WARD = new Definition<>("ward", Ward.class, Ward::id)
            .one(Dimension.COUNCIL, Ward::councilId)
            .one(Dimension.WARD, Ward::id)
            .ref("Ward.councilId", COUNCIL, w -> Optional.of(w.councilId()));

    static final Definition<Locality> LOCALITY = new Definition<>("locality", Locality.class, Locality::id)
            .one(Dimension.COUNCIL, Locality::councilId)
            .one(Dimension.LOCALITY, Locality::id)
            .key(Dimension.WARD, l -> l.wards().stream().map(WardPart::wardId).toList())
            .ref("Locality.councilId", COUNCIL, l -> Optional.of(l.councilId()));

    static final Definition<LocalityProfile> LOCALITY_PROFILE = new Definition<>("locality_profile",
            LocalityProfile.class, LocalityProfile::id)
            .one(Dimension.LOCALITY, LocalityProfile::localityId)
            .ref("LocalityProfile.localityId", LOCALITY, p -> Optional.of(p.localityId()));

    static final Definition<Organisation> ORGANISATION = new Definition<>("organisation", Organisation.class,
            Organisation::id)
            .optional(Dimension.LOCALITY, Organisation::localityId)
            .key(Dimension.CATEGORY, o -> List.of(o.sector().name(), o.kind().name()))
            .ref("Organisation.localityId", LOCALITY, Organisation::localityId);

    static final Definition<Person> PERSON = new Definition<>("person", Person.class, Person::id)
            .key(Dimension.LOCALITY, p -> p.roles().stream().map(RoleAssignment::localityId)
                    .flatMap(Optional::stream).toList())
            .optional(Dimension.WARD, Person::homeWardId)
            .key(Dimension.CATEGORY, p -> p.roles().stream().map(r -> r.role().name()).toList())
            .one(Dimension.PERSON, Person::id)
            .erase((p, id) -> p.id().equals(id)
                    ? new Person(p.id(), Kind.ERASED, ContactDetails.none(), Optional.empty(), List.of())
                    : p);

    static final Definition<LocalityPartnership> PARTNERSHIP = new Definition<>("partnership",
            LocalityPartnership.class, LocalityPartnership::id)
            .one(Dimension.LOCALITY, LocalityPartnership::localityId)
            .key(Dimension.PERSON, p -> memberIds(p.members()))
            .date(LocalityPartnership::established)
            .ref("LocalityPartnership.localityId", LOCALITY, p -> Optional.of(p.localityId()));

    static final Definition<EnablingGroup> ENABLING_GROUP = new Definition<>("enabling_group", EnablingGroup.class,
            EnablingGroup::id)
            .one(Dimension.LOCALITY, EnablingGroup::localityId)
            .key(Dimension.PERSON, g -> concat(memberIds(g.coreMembers()), g.invitedProjectLeadIds()))
            .ref("EnablingGroup.localityId", LOCALITY, g -> Optional.of(g.localityId()));

    static final Definition<LocalityNetwork> NETWORK = new Definition<>("network", LocalityNetwork.class,
            LocalityNetwork::id)
            .one(Dimension.LOCALITY, LocalityNetwork::localityId)
            .key(Dimension.PERSON, n -> memberIds(n.members()))
            .ref("LocalityNetwork.localityId", LOCALITY, n -> Optional.of(n.localityId()));

    static final Definition<CommunityBuilderTeam> BUILDER_TEAM = new Definition<>("builder_team",
            CommunityBuilderTeam.class, CommunityBuilderTeam::id)
            .one(Dimension.LOCALITY, CommunityBuilderTeam::localityId)
            .key(Dimension.PERSON, CommunityBuilderTeam::memberPersonIds)
            .ref("CommunityBuilderTeam.localityId", LOCALITY, t -> Optional.of(t.localityId()));

    static final Definition<TrainingProgramme> TRAINING_PROGRAMME = new Definition<>("training_programme",
            TrainingProgramme.class, TrainingProgramme::id)
            .one(Dimension.COUNCIL, TrainingProgramme::councilId)
            .date(t -> t.sessionDates().get(0))
            .ref("TrainingProgramme.councilId", COUNCIL, t -> Optional.of(t.councilId()));

    static final Definition<TrainingRecord> TRAINING_RECORD = new Definition<>("training_record",
            TrainingRecord.class, TrainingRecord::id)
            .one(Dimension.PARENT, TrainingRecord::programmeId)
            .one(Dimension.PERSON, TrainingRecord::personId)
            .date(TrainingRecord::completedOn)
            .ref("TrainingRecord.programmeId", TRAINING_PROGRAMME, t -> Optional.of(t.programmeId()))
            .ref("TrainingRecord.personId", PERSON, t -> Optional.of(t.personId()));

    static final Definition<Asset> ASSET = new Definition<>("asset", Asset.class, Asset::id)
            .one(Dimension.LOCALITY, Asset::localityId)
            .optional(Dimension.WARD, Asset::wardId)
            .one(Dimension.CATEGORY, a -> a.category().name())
            .one(Dimension.STATUS, a -> a.transfer().name())
            .key(Dimension.PERSON, a -> a.owner().map(o -> people(o)).orElse(List.of()))
            .ref("Asset.localityId", LOCALITY, a -> Optional.of(a.localityId()))
            .ref("Asset.wardId", WARD, Asset::wardId)
            .erase((a, id) -> a.owner().filter(o -> o.kind() == PartyKind.PERSON && o.id().equals(id)).isPresent()
                    ? a.toBuilder().name(Kind.ERASED).description(Kind.ERASED).noLocation().build()
                    : a);

    static final Definition<LocalityPlan> PLAN = new Definition<>("plan", LocalityPlan.class, LocalityPlan::id)
            .one(Dimension.LOCALITY, LocalityPlan::localityId)
            .key(Dimension.PERSON, p -> p.taskGroups().stream().flatMap(g -> g.memberPersonIds().stream()).toList())
            .ref("LocalityPlan.localityId", LOCALITY, p -> Optional.of(p.localityId()));

    static final Definition<LocalityProject> PROJECT = new Definition<>("project", LocalityProject.class,
            LocalityProject::id)
            .one(Dimension.LOCALITY, LocalityProject::localityId)
            .one(Dimension.STATUS, p -> p.status().name())
            .key(Dimension.PERSON, p -> {
                List<String> ids = new ArrayList<>(p.leadPersonId().stream().toList());
                p.partners().forEach(x -> ids.addAll(people(x.party())));
                p.contributions().forEach(x -> ids.addAll(people(x.from())));
                return ids;
            })
            .ref("LocalityProject.localityId", LOCALITY, p -> Optional.of(p.localityId()));

    static final Definition<GrantScheme> GRANT_SCHEME = new Definition<>("grant_scheme", GrantScheme.class,
            GrantScheme::id)
            .one(Dimension.COUNCIL, GrantScheme::councilId)
            .optional(Dimension.LOCALITY, GrantScheme::localityId)
            .ref("GrantScheme.councilId", COUNCIL, s -> Optional.of(s.councilId()))
            .ref("GrantScheme.localityId", LOCALITY, GrantScheme::localityId)
            .ref("GrantScheme.projectId", PROJECT, GrantScheme::projectId);

    static final Definition<VotingEvent> VOTING_EVENT = new Definition<>("voting_event", VotingEvent.class,
            VotingEvent::id)
            .one(Dimension.COUNCIL, VotingEvent::councilId)
            .optional(Dimension.LOCALITY, VotingEvent::localityId)
            .key(Dimension.PERSON, e -> e.tallies().stream().flatMap(t -> people(t.bidder()).stream()).toList())
            .date(VotingEvent::heldOn)
            .ref("VotingEvent.councilId", COUNCIL, e -> Optional.of(e.councilId()))
            .ref("VotingEvent.localityId", LOCALITY, VotingEvent::localityId);

    static final Definition<Grant> GRANT = new Definition<>("grant", Grant.class, Grant::id)
            .one(Dimension.PARENT, Grant::schemeId)
            .optional(Dimension.WARD, Grant::wardId)
            .one(Dimension.CATEGORY, g -> g.recipientKind().name())
            .key(Dimension.PERSON, g -> people(g.recipient()))
            .date(Grant::awardedOn)
            .ref("Grant.schemeId", GRANT_SCHEME, g -> Optional.of(g.schemeId()))
            .ref("Grant.wardId", WARD, Grant::wardId)
            .ref("Grant.votingEventId", VOTING_EVENT, Grant::votingEventId);

    static final Definition<Story> STORY = new Definition<>("story", Story.class, Story::id)
            .one(Dimension.LOCALITY, Story::localityId)
            .key(Dimension.PERSON, s -> concat(s.personIds(), s.collectedById().stream().toList()))
            .date(Story::collectedOn)
            .ref("Story.localityId", LOCALITY, s -> Optional.of(s.localityId()))
            .erase((s, id) -> s.personIds().contains(id)
                    ? s.toBuilder().title(Kind.ERASED).text(Kind.ERASED).noPlace()
                            .consents(s.consents().stream().filter(c -> !c.personId().equals(id)).toList()).build()
                    : s);

    static final Definition<EngagementEvent> EVENT = new Definition<>("event", EngagementEvent.class,
            EngagementEvent::id)
            .one(Dimension.LOCALITY, EngagementEvent::localityId)
            .one(Dimension.CATEGORY, e -> e.kind().name())
            .date(EngagementEvent::heldOn)
            .ref("EngagementEvent.localityId", LOCALITY, e -> Optional.of(e.localityId()));

    static final Definition<SuccessMeasure> MEASURE = new Definition<>("measure", SuccessMeasure.class,
            SuccessMeasure::id)
            .one(Dimension.COUNCIL, SuccessMeasure::councilId)
            .ref("SuccessMeasure.councilId", COUNCIL, m -> Optional.of(m.councilId()));

    static final Definition<Assessment> ASSESSMENT = new Definition<>("assessment", Assessment.class,
            Assessment::id)
            .one(Dimension.LOCALITY, Assessment::localityId)
            .one(Dimension.PARENT, Assessment::measureId)
            .date(Assessment::assessedOn)
            .ref("Assessment.measureId", MEASURE, a -> Optional.of(a.measureId()))
            .ref("Assessment.localityId", LOCALITY, a -> Optional.of(a.localityId()));

    static final Definition<Strategy> STRATEGY = new Definition<>("strategy", Strategy.class, Strategy::id)
            .one(Dimension.COUNCIL, Strategy::councilId)
            .ref("Strategy.councilId", COUNCIL, s -> Optional.of(s.councilId()));

    static final Definition<GovernanceIssue> GOVERNANCE_ISSUE = new Definition<>("governance_issue",
            GovernanceIssue.class, GovernanceIssue::id)
            .one(Dimension.COUNCIL, GovernanceIssue::councilId)
            .ref("GovernanceIssue.councilId", COUNCIL, g -> Optional.of(g.councilId()));

    static final Definition<GovernanceBody> GOVERNANCE_BODY = new Definition<>("governance_body",
            GovernanceBody.class, GovernanceBody::id)
            .one(Dimension.COUNCIL, GovernanceBody::councilId)
            .one(Dimension.CATEGORY, b -> b.kind().name())
            .key(Dimension.PERSON, b -> b.chairPersonId().stream().toList())
            .ref("GovernanceBody.councilId", COUNCIL, b -> Optional.of(b.councilId()));

    static final List<Kind<?>> ALL = List.of(COUNCIL, WARD, LOCALITY, LOCALITY_PROFILE, ORGANISATION, PERSON,
            PARTNERSHIP, ENABLING_GROUP, NETWORK, BUILDER_TEAM, TRAINING_PROGRAMME, TRAINING_RECORD, ASSET, PLAN,
            PROJECT, GRANT_SCHEME, VOTING_EVENT, GRANT, STORY, EVENT, MEASURE, ASSESSMENT, STRATEGY,
            GOVERNANCE_ISSUE, GOVERNANCE_BODY);

    static {
        for (int i = 0; i < ALL.size(); i++) {
            ((Definition<?>) ALL.get(i)).ordinal = i;
        }
    }
}
