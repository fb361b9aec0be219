package org.localityworking.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.model.Assessment;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.CommunityBuilderTeam;
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
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Strategy;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.model.TrainingProgramme;
import org.localityworking.core.model.TrainingRecord;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.model.Ward;

/**
 * A kind of aggregate the store holds: its record type, how to get its id, the dimensions it can be
 * queried by and its keys on each, the records it must refer to, and how erasing a person changes it.
 * The constants below are every aggregate of the domain; providers store exactly these. (This interface
 * has no default methods on purpose: its constants are initialised from the implementation class.)
 *
 * @param <T> the record type
 */
public interface Kind<T> {
    /** The text that replaces an erased person's personal fields. */
    String ERASED = "[erased]";

    Kind<Council> COUNCIL = StandardKinds.COUNCIL;
    Kind<Locality> LOCALITY = StandardKinds.LOCALITY;
    Kind<Ward> WARD = StandardKinds.WARD;
    Kind<LocalityProfile> LOCALITY_PROFILE = StandardKinds.LOCALITY_PROFILE;
    Kind<Organisation> ORGANISATION = StandardKinds.ORGANISATION;
    Kind<Person> PERSON = StandardKinds.PERSON;
    Kind<LocalityPartnership> PARTNERSHIP = StandardKinds.PARTNERSHIP;
    Kind<EnablingGroup> ENABLING_GROUP = StandardKinds.ENABLING_GROUP;
    Kind<LocalityNetwork> NETWORK = StandardKinds.NETWORK;
    Kind<CommunityBuilderTeam> BUILDER_TEAM = StandardKinds.BUILDER_TEAM;
    Kind<TrainingProgramme> TRAINING_PROGRAMME = StandardKinds.TRAINING_PROGRAMME;
    Kind<TrainingRecord> TRAINING_RECORD = StandardKinds.TRAINING_RECORD;
    Kind<Asset> ASSET = StandardKinds.ASSET;
    Kind<LocalityPlan> PLAN = StandardKinds.PLAN;
    Kind<LocalityProject> PROJECT = StandardKinds.PROJECT;
    Kind<GrantScheme> GRANT_SCHEME = StandardKinds.GRANT_SCHEME;
    Kind<Grant> GRANT = StandardKinds.GRANT;
    Kind<VotingEvent> VOTING_EVENT = StandardKinds.VOTING_EVENT;
    Kind<Story> STORY = StandardKinds.STORY;
    Kind<EngagementEvent> EVENT = StandardKinds.EVENT;
    Kind<SuccessMeasure> MEASURE = StandardKinds.MEASURE;
    Kind<Assessment> ASSESSMENT = StandardKinds.ASSESSMENT;
    Kind<Strategy> STRATEGY = StandardKinds.STRATEGY;
    Kind<GovernanceIssue> GOVERNANCE_ISSUE = StandardKinds.GOVERNANCE_ISSUE;
    Kind<GovernanceBody> GOVERNANCE_BODY = StandardKinds.GOVERNANCE_BODY;

    /** @return every kind, in an order in which references point backwards (councils first) */
    static List<Kind<?>> all() {
        return StandardKinds.ALL;
    }

    /** @return the kind's position in {@link #all()}, for providers that keep one structure per kind in an array */
    int ordinal();

    /** @return the kind's stable name, used as a table or file name (for example {@code asset}) */
    String name();

    /** @return the record type */
    Class<T> type();

    /** @return the record's id */
    String id(T value);

    /** @return the dimensions this kind can be queried by */
    Set<Dimension> dimensions();

    /** @return the dimensions on which one record can have several keys (for example a locality's wards) */
    Set<Dimension> multiValued();

    /** @return the record's keys on a key dimension (empty when it has none there); never for DATE */
    Set<String> keys(T value, Dimension dimension);

    /** @return the record's date, for DATE queries, if it has one */
    Optional<LocalDate> date(T value);

    /** @return the records this record refers to, which must exist when it is committed */
    List<Reference> references(T value);

    /**
     * @return the record with the person's personal fields replaced by {@link #ERASED}, or the record itself
     *         when it holds none of them; ids that point at the person stay, marking the person's place
     */
    T erase(T value, String personId);
}
