package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.rules.GrantRules;
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
 * A kind of aggregate a store holds: its record type, how to get its id, the {@link Dimension}s it can be
 * queried by and its keys on each, the records it must refer to, the people it refers to and how erasing one
 * of them changes it. Backends store any kind generically from this metadata.
 *
 * <p>The constants below are the standard kinds, every aggregate of the domain ({@link #standard()}). A council
 * adds its own with {@link #builder}, without forking, and opens a store with it
 * ({@link org.localityworking.storage.registry.Stores.Builder#kind}); the store then keeps, queries, checks the
 * references of, exports and erases that kind's records like any other:
 *
 * <pre>{@code
 * record TreeSurvey(String id, String localityId, Optional<String> wardId, String surveyorId,
 *                   String surveyorName, LocalDate surveyedOn, int trees) { }
 *
 * static final Kind<TreeSurvey> TREE_SURVEY = Kind.builder("tree_survey", TreeSurvey.class, TreeSurvey::id)
 *         .key(Dimension.LOCALITY, TreeSurvey::localityId)
 *         .optionalKey(Dimension.WARD, TreeSurvey::wardId)
 *         .date(TreeSurvey::surveyedOn)
 *         .reference("TreeSurvey.localityId", Kind.LOCALITY, TreeSurvey::localityId)
 *         .personalData(s -> List.of(s.surveyorId()),
 *                 (s, personId) -> new TreeSurvey(s.id(), s.localityId(), s.wardId(), s.surveyorId(),
 *                         Kind.ERASED, s.surveyedOn(), s.trees()))
 *         .build();
 *
 * LocalityStore store = Stores.builder().location("sqlite:./data/trafford.db").kind(TREE_SURVEY).open();
 * }</pre>
 *
 * <p>Kinds are compared by identity: define each once, as a constant. Immutable and thread-safe.
 *
 * @param <T> the record type (a Java record)
 */
@API(status = STABLE, since = "1.0")
public final class Kind<T> {
    /** The text that replaces an erased person's personal fields. */
    public static final String ERASED = "[erased]";

    /** The rule a kind's name keeps: it becomes a table or file name. */
    static final String NAME_RULE = "must be 1 to 40 lower-case letters, digits or underscores, starting with a letter";

    private final String name;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Map<Dimension, Function<T, Collection<String>>> keys;
    private final Set<Dimension> dimensions;
    private final Set<Dimension> multi;
    private final Function<T, Optional<LocalDate>> date;
    private final List<Function<T, Stream<Reference>>> references;
    private final Set<Kind<?>> referencedKinds;
    private final BiFunction<T, String, T> erase;
    private final List<RecordRule<T>> rules;
    private final Optional<Description> description;
    private final Optional<CouncilPath> councilPath;
    private final List<String> freeText;
    private final boolean freeTextDeclared;
    private final PublicRule<T> inPublic;

    private Kind(Builder<T> b) {
        this.name = b.name;
        this.type = b.type;
        this.id = b.id;
        this.keys = Collections.unmodifiableMap(new EnumMap<>(b.keys.isEmpty() ? new EnumMap<>(Dimension.class) : b.keys));
        EnumSet<Dimension> d = EnumSet.noneOf(Dimension.class);
        d.addAll(b.keys.keySet());
        if (b.date != null) {
            d.add(Dimension.DATE);
        }
        if (b.councilPath != null) {
            d.add(Dimension.COUNCIL);
        }
        this.dimensions = Collections.unmodifiableSet(d);
        this.multi = Collections.unmodifiableSet(b.multi.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(b.multi));
        this.date = b.date != null ? b.date : v -> Optional.empty();
        this.references = List.copyOf(b.references);
        this.referencedKinds = Collections.unmodifiableSet(new LinkedHashSet<>(b.referencedKinds));
        this.erase = b.erase;
        this.rules = List.copyOf(b.rules);
        this.description = Optional.ofNullable(b.description);
        this.councilPath = Optional.ofNullable(b.councilPath);
        this.freeTextDeclared = b.freeText != null;
        this.freeText = b.freeText != null ? List.copyOf(b.freeText) : textComponents(b.type);
        this.inPublic = b.inPublic != null ? b.inPublic : PublicRule.asStored();
    }

    /** The components of a record type that hold text: strings, optional strings, lists, sets and records. */
    private static List<String> textComponents(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
            if (holdsText(c.getType())) {
                names.add(c.getName());
            }
        }
        return List.copyOf(names);
    }

    private static boolean holdsText(Class<?> t) {
        return t == String.class || t == Optional.class || Collection.class.isAssignableFrom(t) || t.isRecord();
    }

    /**
     * The kind's free-text fields: the record components in which people may write anything, names, e-mail
     * addresses and phone numbers included. Erasure replaces an erased person's name and contacts in them, in
     * every record of the kind; the public view replaces there the name of everyone it may not name and every
     * e-mail address and phone number. A kind declares them ({@link Builder#freeText}); for one that declares
     * none, every component that can hold text is free text. Ids, keys and references inside them are never
     * changed.
     *
     * @return the names of the record components, in declaration order
     */
    public List<String> freeText() {
        return freeText;
    }

    /** {@return whether the kind declared its free-text fields ({@link Builder#freeText})} */
    public boolean declaresFreeText() {
        return freeTextDeclared;
    }

    /**
     * {@return why the public may not see it, by the kind's {@link PublicRule}; empty when it may}
     *
     * @param value       a record of the kind
     * @param publication the day and whom it may name
     */
    public Optional<String> withheldFromPublic(T value, Publication publication) {
        return inPublic.withheld(value, publication);
    }

    /**
     * {@return the record as the kind's {@link PublicRule} shows it to the public (its free text not yet redacted)}
     *
     * @param value       a record of the kind the public may see
     * @param publication the day and whom it may name
     */
    public T shownToPublic(T value, Publication publication) {
        return inPublic.shown(value, publication);
    }

    /**
     * How a kind whose records do not name their council reaches it: through the record its key on {@code via}
     * names, of kind {@code parent}, whose own {@link Dimension#COUNCIL} key is the council (an asset through its
     * locality, a grant through its scheme).
     *
     * @param via    the dimension of this kind whose keys name the parent records
     * @param parent the kind of the parent records, which carries its council itself
     */
    public record CouncilPath(Dimension via, Kind<?> parent) {
    }

    /**
     * {@return how the kind reaches its council, when its records do not name it: the library answers a query by
     *         council through it, and a backend never receives one}
     */
    public Optional<CouncilPath> councilPath() {
        return councilPath;
    }

    /**
     * {@return whether the library derives the dimension through other records ({@link #councilPath()}) rather
     *         than reading it from the record: a backend does not index it and never receives a query on it}
     *
     * @param dimension a dimension of the kind
     */
    public boolean derives(Dimension dimension) {
        return dimension == Dimension.COUNCIL && councilPath.isPresent();
    }

    /**
     * What a kind's records are and why they are kept, in plain words, for the people they are about (a subject
     * access document shows it).
     *
     * @param what what a record of the kind is, for example "Grants the council awarded"
     * @param why  why the council keeps them, for example "to account for public money and report on it"
     */
    public record Description(String what, String why) {
        /** Checks that both are given. */
        public Description {
            if (what == null || what.isBlank() || why == null || why.isBlank()) {
                throw new ValidationException("Kind.Description", what + " / " + why, "needs both what and why, in words");
            }
        }
    }

    /** {@return what the kind's records are and why they are kept, in plain words, if the kind says} */
    public Optional<Description> description() {
        return description;
    }

    /**
     * Starts a kind.
     *
     * @param name a stable name, used as a table or file name: 1 to 40 lower-case letters, digits or
     *             underscores, starting with a letter (for example {@code tree_survey})
     * @param type the record type; it must be a Java record (the record codec and subject access rely on it)
     * @param id   the record's id
     * @param <T>  the record type
     * @return a builder
     * @throws ValidationException when the name breaks its rule or the type is not a record
     */
    public static <T> Builder<T> builder(String name, Class<T> type, Function<T, String> id) {
        return new Builder<>(name, type, id);
    }

    /** {@return the standard kinds, in an order in which references point backwards (councils first)} */
    public static List<Kind<?>> standard() {
        return STANDARD;
    }

    /** {@return whether this is one of the {@link #standard()} kinds} */
    public boolean isStandard() {
        return STANDARD.contains(this);
    }

    /** {@return the kind's stable name, used as a table or file name (for example {@code asset})} */
    public String name() {
        return name;
    }

    /** {@return the record type} */
    public Class<T> type() {
        return type;
    }

    /**
     * {@return the record's id}
     *
     * @throws ValidationException when the kind's id function gives no id
     */
    public String id(T value) {
        String result = id.apply(value);
        if (result == null || result.isEmpty()) {
            throw new ValidationException(name + ".id", result, "a record's id must not be empty");
        }
        return result;
    }

    /** {@return the dimensions this kind can be queried by} */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    /** {@return the dimensions on which one record can have several keys (for example a locality's wards)} */
    public Set<Dimension> multiValued() {
        return multi;
    }

    /** {@return the record's keys on a key dimension (empty when it has none there); never for DATE} */
    public Set<String> keys(T value, Dimension dimension) {
        Function<T, Collection<String>> f = keys.get(dimension);
        if (f == null) {
            return Set.of();
        }
        Collection<String> found = f.apply(value);
        boolean missing = found == null;
        for (String key : missing ? List.<String>of() : found) {
            missing |= key == null;
        }
        if (missing) {
            throw new ValidationException(name + "." + dimension.name().toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(found), "a kind's key function must give keys, never null");
        }
        return found.size() == 1 ? Set.of(found.iterator().next()) : Collections.unmodifiableSet(new LinkedHashSet<>(found));
    }

    /**
     * {@return whether the record has the key on the dimension: what {@link Query#matches} asks of each candidate,
     *         answered without copying the record's keys (the same check that no key function gives null)}
     */
    public boolean hasKey(T value, Dimension dimension, String key) {
        Function<T, Collection<String>> f = keys.get(dimension);
        if (f == null) {
            return false;
        }
        Collection<String> found = f.apply(value);
        boolean missing = found == null;
        boolean has = false;
        for (String k : missing ? List.<String>of() : found) {
            missing |= k == null;
            has |= key.equals(k);
        }
        if (missing) {
            throw new ValidationException(name + "." + dimension.name().toLowerCase(java.util.Locale.ROOT),
                    String.valueOf(found), "a kind's key function must give keys, never null");
        }
        return has;
    }

    /** {@return the record's date, for DATE queries, if it has one} */
    public Optional<LocalDate> date(T value) {
        return date.apply(value);
    }

    /** {@return the records this record refers to, which must exist when it is committed} */
    public List<Reference> references(T value) {
        List<Reference> all = new ArrayList<>();
        for (Function<T, Stream<Reference>> f : references) {
            f.apply(value).forEach(all::add);
        }
        return all;
    }

    /**
     * Checks the kind's {@linkplain Builder#rule rules} on a record being committed (after its references).
     *
     * @param value  the record
     * @param lookup the store as the committing unit of work would leave it
     * @throws ValidationException naming the field, the value and the rule
     */
    public void checkRules(T value, RecordLookup lookup) {
        for (RecordRule<T> rule : rules) {
            rule.check(value, lookup);
        }
    }

    /** {@return the kinds this kind's records may refer to (a store holding this kind must hold them too)} */
    public Set<Kind<?>> referencedKinds() {
        return referencedKinds;
    }

    /**
     * {@return the record with the person's personal fields replaced by {@link #ERASED}, or the record itself
     *         when it holds none of them; ids that point at the person stay, marking the person's place}
     */
    public T erase(T value, String personId) {
        return erase.apply(value, personId);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Builds a {@link Kind}. Each key method declares a {@link Dimension} the kind can be queried by; a
     * dimension may be declared once.
     *
     * @param <T> the record type
     */
    public static final class Builder<T> {
        private final String name;
        private final Class<T> type;
        private final Function<T, String> id;
        private final Map<Dimension, Function<T, Collection<String>>> keys = new LinkedHashMap<>();
        private final Set<Dimension> multi = EnumSet.noneOf(Dimension.class);
        private Function<T, Optional<LocalDate>> date;
        private final List<Function<T, Stream<Reference>>> references = new ArrayList<>();
        private final Set<Kind<?>> referencedKinds = new LinkedHashSet<>();
        private final Set<String> referenceFields = new LinkedHashSet<>();
        private final List<RecordRule<T>> rules = new ArrayList<>();
        private Description description;
        private CouncilPath councilPath;
        private BiFunction<T, String, T> erase;
        private List<String> freeText;
        private PublicRule<T> inPublic;

        private Builder(String name, Class<T> type, Function<T, String> id) {
            if (name == null || !name.matches("[a-z][a-z0-9_]{0,39}")) {
                throw new ValidationException("Kind.name", name, NAME_RULE);
            }
            if (type == null || !type.isRecord()) {
                throw new ValidationException("Kind.type", type == null ? null : type.getName(),
                        "must be a Java record type (the record codec and subject access rely on it)");
            }
            this.name = name;
            this.type = type;
            this.id = Objects.requireNonNull(id, "Kind.id function is required");
        }

        private Builder<T> dimension(Dimension d, Function<T, Collection<String>> f) {
            Objects.requireNonNull(f, "key function");
            if (d == null || d == Dimension.DATE) {
                throw new ValidationException(name + ".dimension", String.valueOf(d),
                        "a key dimension is one of COUNCIL, LOCALITY, WARD, CATEGORY, STATUS, PARENT, PERSON (DATE is set by date())");
            }
            if (keys.containsKey(d)) {
                throw new ValidationException(name + ".dimension", d.name(), "may be declared once per kind");
            }
            keys.put(d, f);
            return this;
        }

        /** A dimension on which each record has exactly one key (for example an asset's locality). */
        public Builder<T> key(Dimension d, Function<T, String> key) {
            Objects.requireNonNull(key, "key function");
            return dimension(d, v -> {
                String k = key.apply(v);
                return k == null ? null : List.of(k);
            });
        }

        /** A dimension on which each record has at most one key (for example an asset's ward). */
        public Builder<T> optionalKey(Dimension d, Function<T, Optional<String>> key) {
            Objects.requireNonNull(key, "key function");
            return dimension(d, v -> key.apply(v).map(List::of).orElse(List.of()));
        }

        /** A dimension on which a record may have several keys (for example a locality's wards). */
        public Builder<T> keys(Dimension d, Function<T, ? extends Collection<String>> keys) {
            Objects.requireNonNull(keys, "key function");
            dimension(d, keys::apply);
            multi.add(d);
            return this;
        }

        /** The record's date, for {@link Dimension#DATE} queries. */
        public Builder<T> date(Function<T, LocalDate> date) {
            Objects.requireNonNull(date, "date function");
            return optionalDate(v -> Optional.of(date.apply(v)));
        }

        /** The record's date where it has one, for {@link Dimension#DATE} queries. */
        public Builder<T> optionalDate(Function<T, Optional<LocalDate>> date) {
            if (this.date != null) {
                throw new ValidationException(name + ".date", "DATE", "may be declared once per kind");
            }
            this.date = Objects.requireNonNull(date, "date function");
            return this;
        }

        /**
         * A reference that must exist when the record is committed.
         *
         * @param field  the referring field, as {@code Type.component}, named in the refusal
         * @param target the kind referred to
         * @param id     the id referred to
         */
        public Builder<T> reference(String field, Kind<?> target, Function<T, String> id) {
            Objects.requireNonNull(id, "reference function");
            return references(field, target, v -> List.of(id.apply(v)));
        }

        /** A reference that, where the record has one, must exist when the record is committed. */
        public Builder<T> optionalReference(String field, Kind<?> target, Function<T, Optional<String>> id) {
            Objects.requireNonNull(id, "reference function");
            return references(field, target, v -> id.apply(v).map(List::of).orElse(List.of()));
        }

        /** References, each of which must exist when the record is committed. */
        public Builder<T> references(String field, Kind<?> target, Function<T, ? extends Collection<String>> ids) {
            if (field == null || field.isBlank()) {
                throw new ValidationException(name + ".reference", field, "a reference needs its field's name");
            }
            Objects.requireNonNull(target, "reference target");
            if (!referenceFields.add(field + " -> " + target.name())) {
                throw new ValidationException(name + ".reference", field, "may be declared once per kind and target");
            }
            Objects.requireNonNull(ids, "reference function");
            referencedKinds.add(target);
            references.add(v -> ids.apply(v).stream().map(ref -> new Reference(field, target, ref)));
            return this;
        }

        /**
         * Makes a kind whose records do not name their council queryable by council all the same: its council is
         * the council of the {@code parent} record its key on {@code via} names (for example an asset's locality).
         *
         * @param via    a key dimension this kind declares, whose keys are ids of {@code parent} records
         * @param parent a kind that declares {@link Dimension#COUNCIL} itself
         * @return this builder
         */
        public Builder<T> councilThrough(Dimension via, Kind<?> parent) {
            this.councilPath = new CouncilPath(Objects.requireNonNull(via, "via"), Objects.requireNonNull(parent, "parent"));
            return this;
        }

        /**
         * Says what the kind's records are and why they are kept, in plain words, for the people they are
         * about (a subject access document shows it).
         *
         * @param what what a record is, for example "Tree surveys you took part in"
         * @param why  why the council keeps them, for example "to plan planting and maintenance"
         * @return this builder
         */
        public Builder<T> describe(String what, String why) {
            this.description = new Description(what, why);
            return this;
        }

        /**
         * A rule every record of the kind must keep at each commit, checked after its references (for example,
         * that an asset's ward lies within its locality).
         *
         * @param rule the rule; it throws {@link ValidationException} naming the field, the value and the rule
         * @return this builder
         */
        public Builder<T> rule(RecordRule<T> rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * How erasing a person changes a record: the record with that person's personal fields replaced by
         * {@link Kind#ERASED} (or the record itself when it holds none of theirs). Needs the
         * {@link Dimension#PERSON} dimension, by which erasure finds the records.
         */
        public Builder<T> erase(BiFunction<T, String, T> erase) {
            this.erase = Objects.requireNonNull(erase, "erase function");
            return this;
        }

        /**
         * The people a record refers to ({@link Dimension#PERSON}, for subject access and erasure) and how erasing
         * one of them changes it: {@code keys(Dimension.PERSON, people)} and {@code erase(erase)} in one call.
         */
        public Builder<T> personalData(Function<T, ? extends Collection<String>> people, BiFunction<T, String, T> erase) {
            keys(Dimension.PERSON, people);
            return erase(erase);
        }

        /**
         * Declares the kind's free-text fields ({@link Kind#freeText()}): none, or some of the record's components
         * by name, each a {@code String}, an {@code Optional}, a collection or a record (whose text inside is free
         * text too).
         *
         * @param components the components' names
         * @return this builder
         * @throws ValidationException naming a component the record lacks or that cannot hold text
         */
        public Builder<T> freeText(String... components) {
            List<String> names = new ArrayList<>();
            for (String c : components) {
                java.lang.reflect.RecordComponent found = null;
                for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
                    if (rc.getName().equals(c)) {
                        found = rc;
                    }
                }
                if (found == null || !holdsText(found.getType())) {
                    throw new ValidationException(name + ".freeText", c, "must name a component of "
                            + type.getSimpleName() + " that holds text (a String, an Optional, a collection or a record)");
                }
                if (!names.contains(c)) {
                    names.add(c);
                }
            }
            this.freeText = names;
            return this;
        }

        /**
         * What the public may see of the kind's records: which are withheld whole, and how the others are shown.
         * A kind that declares none is shown as stored (its free text still redacted).
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder<T> inPublic(PublicRule<T> rule) {
            this.inPublic = Objects.requireNonNull(rule, "public rule");
            return this;
        }

        /**
         * {@return the kind}
         *
         * @throws ValidationException when it erases people but cannot find them ({@link Dimension#PERSON} missing)
         */
        public Kind<T> build() {
            if (councilPath != null) {
                if (keys.containsKey(Dimension.COUNCIL)) {
                    throw new ValidationException(name + ".councilThrough", councilPath.via().name(),
                            "a kind whose records name their council (key COUNCIL) needs no path to it");
                }
                if (!keys.containsKey(councilPath.via()) || councilPath.via() == Dimension.DATE) {
                    throw new ValidationException(name + ".councilThrough", councilPath.via().name(),
                            "must be a key dimension this kind declares, whose keys name " + councilPath.parent().name()
                                    + " records");
                }
                Kind<?> parent = councilPath.parent();
                if (!parent.dimensions().contains(Dimension.COUNCIL) || parent.derives(Dimension.COUNCIL)) {
                    throw new ValidationException(name + ".councilThrough", parent.name(),
                            "must be a kind whose records name their council themselves (key COUNCIL)");
                }
            }
            if (erase != null && !keys.containsKey(Dimension.PERSON)) {
                throw new ValidationException(name + ".erase", "(erase function)",
                        "erasure finds records by the PERSON dimension: declare it (keys(Dimension.PERSON, ...) or personalData)");
            }
            if (erase == null) {
                erase = (v, p) -> v;
            }
            return new Kind<>(this);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The standard kinds. Built here, with the public builder, so that no other class takes part in this
    // class's initialisation.

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

    /** An asset's ward, where it has one, is one of its locality's wards. */
    private static void wardWithinLocality(Asset asset, RecordLookup lookup) {
        if (asset.wardId().isEmpty()) {
            return;
        }
        String ward = asset.wardId().get();
        Locality locality = lookup.find(LOCALITY, asset.localityId()).orElseThrow();
        List<String> wards = locality.wards().stream().map(WardPart::wardId).toList();
        if (!wards.contains(ward)) {
            throw new ValidationException("Asset.wardId", ward, "must be one of the wards of the asset's locality "
                    + locality.id() + " (" + String.join(", ", wards) + "): asset " + asset.id());
        }
    }

    /** A gift's or need's ward lies within its locality. */
    private static void wardWithin(java.util.Optional<String> ward, String localityId, String field, RecordLookup lookup) {
        if (ward.isEmpty()) {
            return;
        }
        Locality locality = lookup.find(LOCALITY, localityId).orElseThrow();
        List<String> wards = locality.wards().stream().map(WardPart::wardId).toList();
        if (!wards.contains(ward.get())) {
            throw new ValidationException(field, ward.get(), "must be one of the wards of the locality " + locality.id()
                    + " (" + String.join(", ", wards) + ")");
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

    /** A grant to an individual keeps its amount, date and ward in public; its title and purpose become generic. */
    private static final PublicRule<Grant> GRANT_IN_PUBLIC = publicRule((g, pub) -> Optional.empty(),
            (g, pub) -> g.recipientKind() == org.localityworking.core.model.RecipientKind.INDIVIDUAL
                    ? g.toBuilder().title(INDIVIDUAL_GRANT).purpose(INDIVIDUAL_GRANT).build() : g);

    /** A resident's own gift is counted in public, never described. */
    private static final PublicRule<Gift> GIFT_IN_PUBLIC = publicRule((g, pub) -> Optional.empty(),
            (g, pub) -> g.giver().kind() == PartyKind.PERSON
                    ? new Gift(g.id(), g.localityId(), g.wardId(), g.giver(), g.kind(), RESIDENTS_GIFT, g.tags(),
                            g.contactConsentOn())
                    : g);

    /** Whom the council may name is the library's business: the public never sees the consents themselves. */
    private static final PublicRule<NamingConsent> NAMING_CONSENT_IN_PUBLIC = publicRule(
            (c, pub) -> Optional.of("naming consents"), (c, pub) -> c);

    public static final Kind<Council> COUNCIL = builder("council", Council.class, Council::id)
            .key(Dimension.COUNCIL, Council::id)
            .freeText()
            .build();

    public static final Kind<Ward> WARD = builder("ward", Ward.class, Ward::id)
            .key(Dimension.COUNCIL, Ward::councilId)
            .key(Dimension.WARD, Ward::id)
            .reference("Ward.councilId", COUNCIL, Ward::councilId)
            .freeText()
            .build();

    public static final Kind<Locality> LOCALITY = builder("locality", Locality.class, Locality::id)
            .key(Dimension.COUNCIL, Locality::councilId)
            .key(Dimension.LOCALITY, Locality::id)
            .keys(Dimension.WARD, l -> l.wards().stream().map(WardPart::wardId).toList())
            .reference("Locality.councilId", COUNCIL, Locality::councilId)
            .references("Locality.wards", WARD, l -> l.wards().stream().map(WardPart::wardId).toList())
            .freeText()
            .build();

    public static final Kind<LocalityProfile> LOCALITY_PROFILE = builder("locality_profile",
            LocalityProfile.class, LocalityProfile::id)
            .key(Dimension.LOCALITY, LocalityProfile::localityId)
            .reference("LocalityProfile.localityId", LOCALITY, LocalityProfile::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("statistics")
            .build();

    public static final Kind<Organisation> ORGANISATION = builder("organisation", Organisation.class,
            Organisation::id)
            .optionalKey(Dimension.LOCALITY, Organisation::localityId)
            .keys(Dimension.CATEGORY, o -> List.of(o.sector().name(), o.kind().name()))
            .optionalReference("Organisation.localityId", LOCALITY, Organisation::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<Person> PERSON = builder("person", Person.class, Person::id)
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
            .erase((p, id) -> p.id().equals(id)
                    ? new Person(p.id(), Kind.ERASED, ContactDetails.none(), Optional.empty(), List.of())
                    : p)
            .describe("Your own record: your name, your contact details, your home ward and the roles you hold",
                    "so that the council and its partners can contact you and know which localities you take part in")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("contact")
            .inPublic(PERSON_IN_PUBLIC)
            .build();

    public static final Kind<NamingConsent> NAMING_CONSENT = builder("naming_consent", NamingConsent.class,
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

    public static final Kind<LocalityPartnership> PARTNERSHIP = builder("partnership",
            LocalityPartnership.class, LocalityPartnership::id)
            .key(Dimension.LOCALITY, LocalityPartnership::localityId)
            .keys(Dimension.PERSON, p -> memberIds(p.members()))
            .date(LocalityPartnership::established)
            .reference("LocalityPartnership.localityId", LOCALITY, LocalityPartnership::localityId)
            .references("LocalityPartnership.members.organisationId", ORGANISATION, p -> memberOrganisations(p.members()))
            .describe("Locality Partnerships you are a member of",
                    "to record who takes part in each partnership and that its membership keeps the council's rules")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<EnablingGroup> ENABLING_GROUP = builder("enabling_group", EnablingGroup.class,
            EnablingGroup::id)
            .key(Dimension.LOCALITY, EnablingGroup::localityId)
            .keys(Dimension.PERSON, g -> concat(memberIds(g.coreMembers()), g.invitedProjectLeadIds()))
            .reference("EnablingGroup.localityId", LOCALITY, EnablingGroup::localityId)
            .references("EnablingGroup.coreMembers.organisationId", ORGANISATION, g -> memberOrganisations(g.coreMembers()))
            .describe("Enabling Groups you are a member of, or were invited to as a project lead",
                    "to record each group's members and check that it keeps the balance of community, agency and councillor members")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText()
            .build();

    public static final Kind<LocalityNetwork> NETWORK = builder("network", LocalityNetwork.class,
            LocalityNetwork::id)
            .key(Dimension.LOCALITY, LocalityNetwork::localityId)
            .keys(Dimension.PERSON, n -> memberIds(n.members()))
            .reference("LocalityNetwork.localityId", LOCALITY, LocalityNetwork::localityId)
            .references("LocalityNetwork.memberOrganisationIds", ORGANISATION, LocalityNetwork::memberOrganisationIds)
            .references("LocalityNetwork.members.organisationId", ORGANISATION, n -> memberOrganisations(n.members()))
            .describe("Locality networks you are a member of",
                    "to record who takes part in each locality's network of groups")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<CommunityBuilderTeam> BUILDER_TEAM = builder("builder_team",
            CommunityBuilderTeam.class, CommunityBuilderTeam::id)
            .key(Dimension.LOCALITY, CommunityBuilderTeam::localityId)
            .keys(Dimension.PERSON, CommunityBuilderTeam::memberPersonIds)
            .reference("CommunityBuilderTeam.localityId", LOCALITY, CommunityBuilderTeam::localityId)
            .describe("Community builder teams you belong to",
                    "to organise the community builders who support each locality")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name")
            .build();

    public static final Kind<TrainingProgramme> TRAINING_PROGRAMME = builder("training_programme",
            TrainingProgramme.class, TrainingProgramme::id)
            .key(Dimension.COUNCIL, TrainingProgramme::councilId)
            .date(t -> t.sessionDates().get(0))
            .reference("TrainingProgramme.councilId", COUNCIL, TrainingProgramme::councilId)
            .freeText("title", "toolkit")
            .build();

    public static final Kind<TrainingRecord> TRAINING_RECORD = builder("training_record",
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

    public static final Kind<Asset> ASSET = builder("asset", Asset.class, Asset::id)
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
            .rule(Kind::wardWithinLocality)
            .erase((a, id) -> a.owner().filter(o -> o.kind() == PartyKind.PERSON && o.id().equals(id)).isPresent()
                    ? a.toBuilder().name(Kind.ERASED).description(Kind.ERASED).noLocation().build()
                    : a)
            .describe("Community assets that belong to you (gifts, skills or places you offered)",
                    "to map what each locality has to offer and to connect people and groups with it")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("name", "description")
            .inPublic(ASSET_IN_PUBLIC)
            .build();

    public static final Kind<LocalityPlan> PLAN = builder("plan", LocalityPlan.class, LocalityPlan::id)
            .key(Dimension.LOCALITY, LocalityPlan::localityId)
            .keys(Dimension.PERSON, p -> p.taskGroups().stream().flatMap(g -> g.memberPersonIds().stream()).toList())
            .reference("LocalityPlan.localityId", LOCALITY, LocalityPlan::localityId)
            .describe("Locality plans whose task and finish groups you are a member of",
                    "to record who works on each priority of a locality plan")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("title", "priorities", "evidence", "stages", "actions", "taskGroups")
            .build();

    public static final Kind<LocalityProject> PROJECT = builder("project", LocalityProject.class,
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

    public static final Kind<GrantScheme> GRANT_SCHEME = builder("grant_scheme", GrantScheme.class,
            GrantScheme::id)
            .key(Dimension.COUNCIL, GrantScheme::councilId)
            .optionalKey(Dimension.LOCALITY, GrantScheme::localityId)
            .reference("GrantScheme.councilId", COUNCIL, GrantScheme::councilId)
            .optionalReference("GrantScheme.localityId", LOCALITY, GrantScheme::localityId)
            .optionalReference("GrantScheme.projectId", PROJECT, GrantScheme::projectId)
            .freeText("name")
            .build();

    public static final Kind<VotingEvent> VOTING_EVENT = builder("voting_event", VotingEvent.class,
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

    public static final Kind<Grant> GRANT = builder("grant", Grant.class, Grant::id)
            .key(Dimension.PARENT, Grant::schemeId)
            .optionalKey(Dimension.WARD, Grant::wardId)
            .key(Dimension.CATEGORY, g -> g.recipientKind().name())
            .keys(Dimension.PERSON, g -> people(g.recipient()))
            .date(Grant::awardedOn)
            .reference("Grant.schemeId", GRANT_SCHEME, Grant::schemeId)
            .references("Grant.recipient", PERSON, g -> people(g.recipient()))
            .references("Grant.recipient", ORGANISATION, g -> organisations(g.recipient()))
            .optionalReference("Grant.wardId", WARD, Grant::wardId)
            .optionalReference("Grant.votingEventId", VOTING_EVENT, Grant::votingEventId)
            .rule((g, lookup) -> GrantRules.requireEligible(lookup.find(GRANT_SCHEME, g.schemeId()).orElseThrow(), g))
            .describe("Grants the council awarded to you",
                    "to account for public money, keep each scheme's rules and report on the grants paid")
            .councilThrough(Dimension.PARENT, GRANT_SCHEME)
            .freeText("title", "purpose")
            .inPublic(GRANT_IN_PUBLIC)
            .build();

    public static final Kind<Story> STORY = builder("story", Story.class, Story::id)
            .key(Dimension.LOCALITY, Story::localityId)
            .keys(Dimension.PERSON, s -> concat(s.personIds(), s.collectedById().stream().toList()))
            .date(Story::collectedOn)
            .reference("Story.localityId", LOCALITY, Story::localityId)
            .references("Story.personIds", PERSON, Story::personIds)
            .optionalReference("Story.collectedById", PERSON, Story::collectedById)
            .erase((s, id) -> s.personIds().contains(id)
                    ? s.toBuilder().title(Kind.ERASED).text(Kind.ERASED).noPlace()
                            .consents(s.consents().stream().filter(c -> !c.personId().equals(id)).toList()).build()
                    : s)
            .describe("Stories that name you, or that you collected",
                    "to share what residents have done, with your consent where a story is published")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("title", "text", "place")
            .inPublic(STORY_IN_PUBLIC)
            .build();

    public static final Kind<EngagementEvent> EVENT = builder("event", EngagementEvent.class,
            EngagementEvent::id)
            .key(Dimension.LOCALITY, EngagementEvent::localityId)
            .key(Dimension.CATEGORY, e -> e.kind().name())
            .date(EngagementEvent::heldOn)
            .reference("EngagementEvent.localityId", LOCALITY, EngagementEvent::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("title")
            .build();

    public static final Kind<SuccessMeasure> MEASURE = builder("measure", SuccessMeasure.class,
            SuccessMeasure::id)
            .key(Dimension.COUNCIL, SuccessMeasure::councilId)
            .reference("SuccessMeasure.councilId", COUNCIL, SuccessMeasure::councilId)
            .freeText("name", "stages")
            .build();

    public static final Kind<Assessment> ASSESSMENT = builder("assessment", Assessment.class,
            Assessment::id)
            .key(Dimension.LOCALITY, Assessment::localityId)
            .key(Dimension.PARENT, Assessment::measureId)
            .date(Assessment::assessedOn)
            .reference("Assessment.measureId", MEASURE, Assessment::measureId)
            .reference("Assessment.localityId", LOCALITY, Assessment::localityId)
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("note")
            .build();

    public static final Kind<Strategy> STRATEGY = builder("strategy", Strategy.class, Strategy::id)
            .key(Dimension.COUNCIL, Strategy::councilId)
            .reference("Strategy.councilId", COUNCIL, Strategy::councilId)
            .freeText("title", "themes", "milestones")
            .build();

    public static final Kind<GovernanceIssue> GOVERNANCE_ISSUE = builder("governance_issue",
            GovernanceIssue.class, GovernanceIssue::id)
            .key(Dimension.COUNCIL, GovernanceIssue::councilId)
            .reference("GovernanceIssue.councilId", COUNCIL, GovernanceIssue::councilId)
            .freeText("title", "source", "description", "plannedActions", "updates")
            .build();

    public static final Kind<GovernanceBody> GOVERNANCE_BODY = builder("governance_body",
            GovernanceBody.class, GovernanceBody::id)
            .key(Dimension.COUNCIL, GovernanceBody::councilId)
            .key(Dimension.CATEGORY, b -> b.kind().name())
            .keys(Dimension.PERSON, b -> b.chairPersonId().stream().toList())
            .reference("GovernanceBody.councilId", COUNCIL, GovernanceBody::councilId)
            .describe("Governance bodies you chair",
                    "to record who leads each body that oversees locality working")
            .freeText("name")
            .build();

    public static final Kind<Source> SOURCE = builder("source", Source.class, Source::id)
            .key(Dimension.COUNCIL, Source::councilId)
            .keys(Dimension.CATEGORY, Source::supports)
            .reference("Source.councilId", COUNCIL, Source::councilId)
            .freeText("title", "publisher")
            .build();

    public static final Kind<Gift> GIFT = builder("gift", Gift.class, Gift::id)
            .key(Dimension.LOCALITY, Gift::localityId)
            .optionalKey(Dimension.WARD, Gift::wardId)
            .key(Dimension.CATEGORY, g -> g.kind().name())
            .keys(Dimension.PERSON, g -> people(g.giver()))
            .reference("Gift.localityId", LOCALITY, Gift::localityId)
            .optionalReference("Gift.wardId", WARD, Gift::wardId)
            .references("Gift.giver", PERSON, g -> people(g.giver()))
            .references("Gift.giver", ORGANISATION, g -> organisations(g.giver()))
            .rule((g, lookup) -> wardWithin(g.wardId(), g.localityId(), "Gift.wardId", lookup))
            .erase((g, id) -> g.giver().kind() == PartyKind.PERSON && g.giver().id().equals(id)
                    ? new Gift(g.id(), g.localityId(), g.wardId(), g.giver(), g.kind(), Kind.ERASED, java.util.Set.of(),
                            java.util.Optional.empty())
                    : g)
            .describe("Gifts you offered: what you know, can do and care about, and whether you agreed to be contacted"
                            + " about them",
                    "so that community builders can connect you with groups and plans that need them, if you agreed")
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("description", "tags")
            .inPublic(GIFT_IN_PUBLIC)
            .build();

    public static final Kind<Need> NEED = builder("need", Need.class, Need::id)
            .key(Dimension.LOCALITY, Need::localityId)
            .optionalKey(Dimension.WARD, Need::wardId)
            .key(Dimension.CATEGORY, n -> n.kind().name())
            .reference("Need.localityId", LOCALITY, Need::localityId)
            .optionalReference("Need.wardId", WARD, Need::wardId)
            .optionalReference("Need.organisationId", ORGANISATION, Need::organisationId)
            .rule((n, lookup) -> wardWithin(n.wardId(), n.localityId(), "Need.wardId", lookup))
            .councilThrough(Dimension.LOCALITY, LOCALITY)
            .freeText("description", "tags")
            .build();

    private static final List<Kind<?>> STANDARD = List.of(COUNCIL, WARD, LOCALITY, LOCALITY_PROFILE, ORGANISATION,
            PERSON, NAMING_CONSENT, PARTNERSHIP, ENABLING_GROUP, NETWORK, BUILDER_TEAM, TRAINING_PROGRAMME, TRAINING_RECORD, ASSET, PLAN,
            PROJECT, GRANT_SCHEME, VOTING_EVENT, GRANT, STORY, EVENT, MEASURE, ASSESSMENT, STRATEGY,
            GOVERNANCE_ISSUE, GOVERNANCE_BODY, SOURCE, GIFT, NEED);
}
