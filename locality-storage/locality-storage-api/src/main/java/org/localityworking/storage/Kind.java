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
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;


/**
 * A kind of aggregate a store holds: its record type, how to get its id, the {@link Dimension}s it can be
 * queried by and its keys on each, the records it must refer to, the people it refers to and how erasing one
 * of them changes it. Backends store any kind generically from this metadata.
 *
 * <p>The standard kinds, every aggregate of the domain, are in {@link StandardKinds}. A council
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
 *         .reference("TreeSurvey.localityId", StandardKinds.LOCALITY, TreeSurvey::localityId)
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
    /** The text that replaces an erased person's personal fields: {@link org.localityworking.core.model.Erasure#MARK}. */
    public static final String ERASED = org.localityworking.core.model.Erasure.MARK;

    /** The rule a kind's name keeps: it becomes a table or file name. */
    static final String NAME_RULE = "must be 1 to 40 lower-case letters, digits or underscores, starting with a letter";

    private final String name;
    private final Class<T> type;
    private final Function<T, String> id;
    private final Map<Dimension, Function<T, Collection<String>>> keys;
    /** The dimensions declared with {@code key} or {@code optionalKey}: the one key, or null where there is none. */
    private final Map<Dimension, Function<T, String>> single;
    private final Set<Dimension> dimensions;
    private final Set<Dimension> multi;
    private final Function<T, Optional<LocalDate>> date;
    private final List<ReferenceForm<T>> references;
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
        this.single = new EnumMap<>(Dimension.class);
        this.single.putAll(b.single);
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

    /** {@return whether this is one of the {@linkplain StandardKinds standard kinds}} */
    public boolean isStandard() {
        return StandardKinds.all().contains(this);
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
        Function<T, String> one = single.get(dimension);
        if (one != null) {
            // a dimension with one key at most: no collection made and copied for it (a commit asks this of every
            // record it writes, for each of its key columns)
            String key = one.apply(value);
            return key == null ? Set.of() : Set.of(key);
        }
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
            throw noKey(name, dimension, found);
        }
        if (found.isEmpty()) {
            return Set.of();
        }
        return found.size() == 1 ? Set.of(found.iterator().next()) : Collections.unmodifiableSet(new LinkedHashSet<>(found));
    }

    /**
     * {@return the record's key on a dimension that holds one at most, or the first of its keys on one that holds
     *         several (in the order {@link #keys} gives them); empty when it has none} What a backend keeps in a key
     *         column, answered for a one-key dimension without the set {@link #keys} makes.
     *
     * @param value     a record of the kind
     * @param dimension a key dimension (never DATE)
     * @throws ValidationException when the kind's key function gives null where it must give keys
     */
    @API(status = API.Status.EXPERIMENTAL, since = "1.1")
    public Optional<String> firstKey(T value, Dimension dimension) {
        Function<T, String> one = single.get(dimension);
        if (one != null) {
            return Optional.ofNullable(one.apply(value));
        }
        Set<String> all = keys(value, dimension);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.iterator().next());
    }

    private static ValidationException noKey(String kind, Dimension dimension, Object found) {
        return new ValidationException(kind + "." + dimension.name().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(found), "a kind's key function must give keys, never null");
    }

    /**
     * {@return whether the record has the key on the dimension: what {@link Query#matches} asks of each candidate,
     *         answered without copying the record's keys (the same check that no key function gives null)}
     */
    public boolean hasKey(T value, Dimension dimension, String key) {
        Function<T, String> one = single.get(dimension);
        if (one != null) {
            return key.equals(one.apply(value));
        }
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
            throw noKey(name, dimension, found);
        }
        return has;
    }

    /** {@return the record's date, for DATE queries, if it has one} */
    public Optional<LocalDate> date(T value) {
        return date.apply(value);
    }

    /** {@return the records this record refers to, which must exist when it is committed} */
    public List<Reference> references(T value) {
        List<Reference> all = new ArrayList<>(references.size());
        for (int i = 0, n = references.size(); i < n; i++) {
            references.get(i).addTo(value, all);
        }
        return all;
    }

    /**
     * {@return the first of the record's {@linkplain #references references}, in their order, that the lookup does
     *         not find; empty when every one exists} What a commit's check asks of every record it saves, answered
     *         without a list or a reference made for the references that exist.
     *
     * @param value  the record
     * @param lookup the store as the committing unit of work would leave it
     */
    @API(status = API.Status.EXPERIMENTAL, since = "1.1")
    public Optional<Reference> firstMissingReference(T value, RecordLookup lookup) {
        for (int i = 0, n = references.size(); i < n; i++) { // no iterator: asked of every record a unit saves
            Reference missing = references.get(i).firstMissing(value, lookup);
            if (missing != null) {
                return Optional.of(missing);
            }
        }
        return Optional.empty();
    }

    /** One reference declaration of the builder: the records of a field of the record refer to a target kind. */
    private interface ReferenceForm<T> {
        /** Adds the record's references of this form to the list, in order. */
        void addTo(T value, List<Reference> all);

        /** {@return the first of the record's references of this form the lookup does not find, or null} */
        Reference firstMissing(T value, RecordLookup lookup);
    }

    /**
     * Checks the kind's {@linkplain Builder#rule rules} on a record being committed (after its references).
     *
     * @param value  the record
     * @param lookup the store as the committing unit of work would leave it
     * @throws ValidationException naming the field, the value and the rule
     */
    public void checkRules(T value, RecordLookup lookup) {
        for (int i = 0, n = rules.size(); i < n; i++) { // no iterator: asked of every record a unit saves
            rules.get(i).check(value, lookup);
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
        private final Map<Dimension, Function<T, String>> single = new EnumMap<>(Dimension.class);
        private final Set<Dimension> multi = EnumSet.noneOf(Dimension.class);
        private Function<T, Optional<LocalDate>> date;
        private final List<ReferenceForm<T>> references = new ArrayList<>();
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
            String kind = name;
            return one(d, v -> {
                String k = key.apply(v);
                if (k == null) {
                    throw noKey(kind, d, null);
                }
                return k;
            });
        }

        /** A dimension on which each record has at most one key (for example an asset's ward). */
        public Builder<T> optionalKey(Dimension d, Function<T, Optional<String>> key) {
            Objects.requireNonNull(key, "key function");
            String kind = name;
            return one(d, v -> {
                Optional<String> k = key.apply(v);
                if (k == null) {
                    throw noKey(kind, d, null);
                }
                return k.orElse(null);
            });
        }

        /**
         * A dimension with one key at most, which {@code one} gives (null where the record has none): {@link Kind#keys}
         * and {@link Kind#hasKey} ask it directly, with no collection made; the dimension's general form is derived.
         */
        private Builder<T> one(Dimension d, Function<T, String> one) {
            dimension(d, v -> {
                String k = one.apply(v);
                return k == null ? List.of() : List.of(k);
            });
            single.put(d, one);
            return this;
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
            // each form answers without a list made for its references: a commit asks this of every record
            return reference(field, target, new ReferenceForm<>() {
                @Override
                public void addTo(T v, List<Reference> all) {
                    all.add(new Reference(field, target, Objects.requireNonNull(id.apply(v), field)));
                }

                @Override
                public Reference firstMissing(T v, RecordLookup lookup) {
                    String ref = Objects.requireNonNull(id.apply(v), field);
                    return lookup.exists(target, ref) ? null : new Reference(field, target, ref);
                }
            });
        }

        /** A reference that, where the record has one, must exist when the record is committed. */
        public Builder<T> optionalReference(String field, Kind<?> target, Function<T, Optional<String>> id) {
            Objects.requireNonNull(id, "reference function");
            return reference(field, target, new ReferenceForm<>() {
                @Override
                public void addTo(T v, List<Reference> all) {
                    Optional<String> ref = id.apply(v);
                    if (ref.isPresent()) {
                        all.add(new Reference(field, target, ref.get()));
                    }
                }

                @Override
                public Reference firstMissing(T v, RecordLookup lookup) {
                    Optional<String> ref = id.apply(v);
                    return ref.isEmpty() || lookup.exists(target, ref.get()) ? null : new Reference(field, target, ref.get());
                }
            });
        }

        /** References, each of which must exist when the record is committed. */
        public Builder<T> references(String field, Kind<?> target, Function<T, ? extends Collection<String>> ids) {
            Objects.requireNonNull(ids, "reference function");
            return reference(field, target, new ReferenceForm<>() {
                @Override
                public void addTo(T v, List<Reference> all) {
                    Collection<String> refs = ids.apply(v);
                    if (!refs.isEmpty()) {
                        for (String ref : refs) {
                            all.add(new Reference(field, target, Objects.requireNonNull(ref, field)));
                        }
                    }
                }

                @Override
                public Reference firstMissing(T v, RecordLookup lookup) {
                    Collection<String> refs = ids.apply(v);
                    if (!refs.isEmpty()) {
                        for (String ref : refs) {
                            if (!lookup.exists(target, Objects.requireNonNull(ref, field))) {
                                return new Reference(field, target, ref);
                            }
                        }
                    }
                    return null;
                }
            });
        }

        private Builder<T> reference(String field, Kind<?> target, ReferenceForm<T> add) {
            if (field == null || field.isBlank()) {
                throw new ValidationException(name + ".reference", field, "a reference needs its field's name");
            }
            Objects.requireNonNull(target, "reference target");
            if (!referenceFields.add(field + " -> " + target.name())) {
                throw new ValidationException(name + ".reference", field, "may be declared once per kind and target");
            }
            referencedKinds.add(target);
            references.add(add);
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
}
