package org.localityworking.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.reporting.spi.Withheld;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.NameRedaction;
import org.localityworking.storage.Publication;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * The library's one {@link LocalityView}: the council filter for both audiences, and for PUBLIC each kind's
 * {@link org.localityworking.storage.PublicRule} and then {@link PublicText} over the kind's free text. Nothing
 * else in the library applies the audience's rules, and no plug-in can reach the store through it (the class is
 * not exported). Caches what it worked out (whose council a parent record is, whom it may name, the shown form of
 * a record at a version), so one view may serve many builds of one day.
 */
public final class AudienceView implements LocalityView {
    private final LocalityStore store;
    private final String councilId;
    private final Audience audience;
    private final LocalDate asOf;
    /** The councils of the parent records kinds reach their council through, by kind and id. */
    private final Map<Kind<?>, Map<String, Set<String>>> parentCouncils = new ConcurrentHashMap<>();
    /**
     * Public forms of records, by kind name and id: the version they were made from, and the form (or none). Kept in
     * two generations of at most {@value #GENERATION} each (a full one becomes the older and a new one starts; a form
     * found in the older is kept again): a site reads a locality's records once for each of its reports, so the
     * recent ones are what is read again, and a national body's million records, each with its public copy, would
     * not fit in a small heap.
     */
    private volatile Map<String, Shown> shown = new ConcurrentHashMap<>();
    private volatile Map<String, Shown> shownBefore = Map.of();

    /** How many public forms a generation keeps. */
    private static final int GENERATION = 50_000;
    private volatile Names names;
    private volatile AudienceView publicView;

    private record Shown(long version, Optional<Object> value) {
    }

    /** Whom a public view may name, and the text redaction for everyone else. */
    private record Names(Set<String> people, PublicText text) {
        boolean mayName(String personId) {
            return people.contains(personId);
        }
    }

    /**
     * @param store     the store
     * @param councilId the council whose records the view shows
     * @param audience  the audience
     * @param asOf      the day
     */
    public AudienceView(LocalityStore store, String councilId, Audience audience, LocalDate asOf) {
        this.store = Objects.requireNonNull(store, "store");
        this.councilId = Objects.requireNonNull(councilId, "councilId");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    @Override
    public String councilId() {
        return councilId;
    }

    @Override
    public Audience audience() {
        return audience;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public List<Kind<?>> kinds() {
        return List.copyOf(store.kinds());
    }

    @Override
    public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
        Optional<Versioned<T>> raw = store.get(kind, id);
        if (raw.isEmpty() || !ofThisCouncil(kind, raw.get().value())) {
            return Optional.empty();
        }
        return audience == Audience.INTERNAL ? raw : shown(kind, raw.get());
    }

    @Override
    public <T> List<Versioned<T>> query(Kind<T> kind, Query<? super T> query) {
        if (query.councilId().filter(c -> !c.equals(councilId)).isPresent()) {
            return List.of();
        }
        boolean allOfThisCouncil = inThisCouncilsLocality(kind, query);
        if (allOfThisCouncil && audience == Audience.INTERNAL) {
            return new ArrayList<>(store.query(kind, query)); // the caller's own list, as below
        }
        List<Versioned<T>> out = new ArrayList<>();
        read(kind, query, out, null);
        return query.page(kind, out);
    }

    /**
     * A query's answer and what the audience may not see of its matches, from one read of the store: what
     * {@link #query} and then {@link #withheld} answer, each as they would alone (a site's scope asks both of each
     * query, and from a database each read is a query, a decoding and a public copy).
     *
     * @param shown    the query's answer, as {@link #query} gives it
     * @param withheld what {@link #withheld} gives for the same query
     * @param <T>      the kind's record type
     */
    public record Answer<T>(List<Versioned<T>> shown, List<Withheld> withheld) {
    }

    /** {@return the query's answer and what is withheld of its matches, from one read of the store} */
    public <T> Answer<T> queryWithWithheld(Kind<T> kind, Query<? super T> query) {
        if (audience == Audience.INTERNAL || query.councilId().filter(c -> !c.equals(councilId)).isPresent()) {
            return new Answer<>(query(kind, query), withheld(kind, query));
        }
        List<Versioned<T>> out = new ArrayList<>();
        List<Withheld> withheld = new ArrayList<>();
        read(kind, query, out, withheld);
        return new Answer<>(query.page(kind, out), withheld);
    }

    /**
     * The one read behind {@link #query}, {@link #withheld} and {@link #queryWithWithheld}: every match of the query
     * (the page is cut from what this audience may see, so the store is asked for every match) that is of this
     * council, as the audience may see it into {@code shown}, and for PUBLIC what it may not see into
     * {@code withheld}; either may be null, and is then not gathered.
     */
    private <T> void read(Kind<T> kind, Query<? super T> query, List<Versioned<T>> shown, List<Withheld> withheld) {
        boolean allOfThisCouncil = inThisCouncilsLocality(kind, query);
        Publication publication = withheld == null ? null : publication();
        for (Versioned<T> v : store.query(kind, query.unpaged())) {
            T value = v.value();
            if (!allOfThisCouncil && !ofThisCouncil(kind, value)) {
                continue;
            }
            if (shown != null) {
                if (audience == Audience.INTERNAL) {
                    shown.add(v);
                } else {
                    shown(kind, v).ifPresent(shown::add);
                }
            }
            if (withheld != null) {
                kind.withheldFromPublic(value, publication).ifPresent(reason -> withheld.add(new Withheld(reason,
                        kind.dimensions().contains(Dimension.LOCALITY)
                                ? List.copyOf(kind.keys(value, Dimension.LOCALITY)) : List.of(), kind.date(value))));
            }
        }
    }

    @Override
    public <T> long count(Kind<T> kind, Query<? super T> query) {
        if (audience == Audience.INTERNAL && !query.isPaged() && inThisCouncilsLocality(kind, query)) {
            return store.count(kind, query); // the store's index counts them without reading them
        }
        return query(kind, query).size();
    }

    /**
     * {@return whether every match of the query is of this council without looking at it}: the query names a
     * locality of this council alone, and the kind reaches its council through its localities (it does not name
     * its council itself), so {@link #ofThisCouncil} would trace each match through that locality to this council
     */
    private boolean inThisCouncilsLocality(Kind<?> kind, Query<?> query) {
        if (query.localityId().isEmpty() || query.councilId().filter(c -> !c.equals(councilId)).isPresent()
                || (kind.dimensions().contains(Dimension.COUNCIL) && !kind.derives(Dimension.COUNCIL))
                || !kind.dimensions().contains(Dimension.LOCALITY)) {
            return false;
        }
        Optional<Kind.CouncilPath> path = kind.councilPath();
        if (path.isPresent() && path.get().via() == Dimension.LOCALITY && path.get().parent() != StandardKinds.LOCALITY) {
            return false;
        }
        return parentCouncils(StandardKinds.LOCALITY, query.localityId().get()).equals(Set.of(councilId));
    }

    @Override
    public <T> List<Withheld> withheld(Kind<T> kind, Query<? super T> query) {
        if (audience == Audience.INTERNAL || query.councilId().filter(c -> !c.equals(councilId)).isPresent()) {
            return List.of();
        }
        List<Withheld> out = new ArrayList<>();
        read(kind, query, null, out);
        return out;
    }

    @Override
    public Map<String, Long> undeclaredKinds() {
        return store.undeclaredKinds();
    }

    @Override
    public LocalityView forPublic() {
        if (audience == Audience.PUBLIC) {
            return this;
        }
        AudienceView v = publicView;
        if (v == null) {
            v = new AudienceView(store, councilId, Audience.PUBLIC, asOf);
            publicView = v;
        }
        return v;
    }

    // -------------------------------------------------------------------------------------------------------
    // Whose a record is

    /**
     * A record is of this council unless every council it can be traced to is another: the first trace that reaches
     * this council answers, with no set of councils built (this runs for every record a query returns).
     */
    private <T> boolean ofThisCouncil(Kind<T> kind, T value) {
        Set<Dimension> dims = kind.dimensions();
        if (dims.contains(Dimension.COUNCIL) && !kind.derives(Dimension.COUNCIL)) {
            Set<String> councils = kind.keys(value, Dimension.COUNCIL);
            return councils.isEmpty() || councils.contains(councilId);
        }
        Traced traced = new Traced();
        Optional<Kind.CouncilPath> path = kind.councilPath();
        if (path.isPresent() && traced.reaches(kind.keys(value, path.get().via()), path.get().parent())) {
            return true;
        }
        if (dims.contains(Dimension.LOCALITY) && path.map(p -> p.via() != Dimension.LOCALITY).orElse(true)
                && traced.reaches(kind.keys(value, Dimension.LOCALITY), StandardKinds.LOCALITY)) {
            return true;
        }
        if (dims.contains(Dimension.WARD) && traced.reaches(kind.keys(value, Dimension.WARD), StandardKinds.WARD)) {
            return true;
        }
        return !traced.any;
    }

    /** The councils one record's parents trace to, as far as {@link #ofThisCouncil} needs them. */
    private final class Traced {
        boolean any; // whether any parent traced to a council

        /** {@return whether one of the parents is this council's}: the others are noted in {@link #any} */
        boolean reaches(Set<String> parentIds, Kind<?> parent) {
            for (String id : parentIds) {
                Set<String> councils = parentCouncils(parent, id);
                if (councils.contains(councilId)) {
                    return true;
                }
                any |= !councils.isEmpty();
            }
            return false;
        }
    }

    private Set<String> parentCouncils(Kind<?> parent, String id) {
        // read for every record a query returns: a map per parent kind, so no key is built per record
        Map<String, Set<String>> ofParent = parentCouncils.get(parent);
        if (ofParent == null) {
            ofParent = parentCouncils.computeIfAbsent(parent, k -> new ConcurrentHashMap<>());
        }
        Set<String> councils = ofParent.get(id); // a plain read first: computeIfAbsent may lock the bin
        return councils != null ? councils : ofParent.computeIfAbsent(id, k -> councilOf(parent, id));
    }

    private <P> Set<String> councilOf(Kind<P> parent, String id) {
        if (!parent.dimensions().contains(Dimension.COUNCIL) || parent.derives(Dimension.COUNCIL)
                || !store.kinds().contains(parent)) {
            return Set.of();
        }
        return store.get(parent, id).map(v -> Set.copyOf(parent.keys(v.value(), Dimension.COUNCIL))).orElse(Set.of());
    }

    /**
     * A role is a public office when this council's configuration says so, or, for a role in another council's
     * locality, that council's configuration does (that council's officers are public figures too).
     */
    private boolean inPublicOffice(RoleAssignment role, Optional<Council> council, Map<String, Council> councils) {
        if (council.isPresent() && council.get().configuration().isPublicOffice(role.role())) {
            return true;
        }
        return role.localityId().map(l -> parentCouncils(StandardKinds.LOCALITY, l)).orElse(Set.of()).stream()
                .map(councils::get).filter(Objects::nonNull)
                .anyMatch(c -> !c.id().equals(councilId) && c.configuration().isPublicOffice(role.role()));
    }

    // -------------------------------------------------------------------------------------------------------
    // What the public sees

    @SuppressWarnings("unchecked")
    private <T> Optional<Versioned<T>> shown(Kind<T> kind, Versioned<T> raw) {
        String key = kind.name() + "\u0000" + kind.id(raw.value());
        Shown s = shown.get(key);
        if (s == null) {
            s = shownBefore.get(key);
            if (s != null) {
                keep(key, s);
            }
        }
        if (s == null || s.version() != raw.version()) {
            Publication publication = publication();
            T value = raw.value();
            Optional<Object> form;
            if (kind.withheldFromPublic(value, publication).isPresent()) {
                form = Optional.empty();
            } else {
                T visible = kind.shownToPublic(value, publication);
                form = Optional.of(NameRedaction.rewrite(kind, visible, names().text()::apply));
            }
            s = new Shown(raw.version(), form);
            keep(key, s);
        }
        return s.value().map(v -> new Versioned<>((T) v, raw.version()));
    }

    private void keep(String key, Shown form) {
        Map<String, Shown> recent = shown;
        recent.put(key, form);
        if (recent.size() > GENERATION) {
            shownBefore = recent;
            shown = new ConcurrentHashMap<>(2 * GENERATION);
        }
    }

    private Publication publication() {
        Names n = names();
        return new Publication() {
            @Override
            public String councilId() {
                return councilId;
            }

            @Override
            public LocalDate asOf() {
                return asOf;
            }

            @Override
            public boolean mayName(String personId) {
                return n.mayName(personId);
            }
        };
    }

    /**
     * Whom the view may name: holders of a public office in the council's configuration, and people whose consent
     * to be named by the council is in force on the day; and the redaction of everyone else's name and contacts.
     */
    private Names names() {
        Names n = names;
        if (n == null) {
            synchronized (this) {
                n = names;
                if (n == null) {
                    n = readNames();
                    names = n;
                }
            }
        }
        return n;
    }

    private Names readNames() {
        Map<String, Council> councils = new HashMap<>();
        store.all(StandardKinds.COUNCIL).forEach(v -> councils.put(v.value().id(), v.value()));
        Optional<Council> council = Optional.ofNullable(councils.get(councilId));
        Set<String> mayName = new HashSet<>();
        for (var v : store.query(StandardKinds.NAMING_CONSENT, Query.all().council(councilId))) {
            if (v.value().isActiveOn(asOf)) {
                mayName.add(v.value().personId());
            }
        }
        List<Person> unnamed = new ArrayList<>();
        for (Versioned<Person> v : store.all(StandardKinds.PERSON)) {
            Person p = v.value();
            if (p.roles().stream().anyMatch(r -> inPublicOffice(r, council, councils))) {
                mayName.add(p.id());
            }
            if (!mayName.contains(p.id())) {
                unnamed.add(p);
            }
        }
        List<String> spared = new ArrayList<>();
        store.all(StandardKinds.COUNCIL).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.WARD).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.LOCALITY).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.ORGANISATION).forEach(v -> spared.add(v.value().name()));
        // the names of the public things people name things after: schemes, projects, partnerships, networks, bodies
        store.all(StandardKinds.GRANT_SCHEME).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.PROJECT).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.PARTNERSHIP).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.NETWORK).forEach(v -> spared.add(v.value().name()));
        store.all(StandardKinds.GOVERNANCE_BODY).forEach(v -> spared.add(v.value().name()));
        return new Names(Set.copyOf(mayName), new PublicText(unnamed, spared));
    }
}
