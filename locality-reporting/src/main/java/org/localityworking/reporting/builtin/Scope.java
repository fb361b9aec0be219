package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Ward;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.storage.Kind;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.reporting.spi.ReportContext;
import org.localityworking.reporting.spi.Withheld;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * What one report build reads: the council, the localities in scope, and cached look-ups of names, all through
 * the library's {@link LocalityView} for the request's audience (which applies the audience's rules).
 *
 * <p>Internal to the library: public only so that the built-in exporters of {@code locality-interop} apply the
 * same rules (this package is exported to that module alone).
 */
public final class Scope {
    /** How an individual grant recipient appears in PUBLIC outputs (360Giving's wording). */
    public static final String INDIVIDUAL_RECIPIENT = "Individual Recipient";
    static final String WITHHELD = org.localityworking.storage.Publication.WITHHELD;

    public final LocalityView view;
    public final ReportRequest request;
    public final Council council;
    public final List<Locality> allLocalities;
    public final List<Locality> localities;
    private final Map<String, Optional<Person>> people = new HashMap<>();
    private final Map<String, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<String, Optional<Ward>> wards = new HashMap<>();
    private final Map<String, String> wardNames = new HashMap<>();
    /** Each kind's records in the scope's localities, read once per build. */
    private final Map<Kind<?>, List<?>> inLocalities = new HashMap<>();

    private Scope(LocalityView view, ReportRequest request, Council council, List<Locality> all, List<Locality> inScope) {
        this.view = view;
        this.request = request;
        this.council = council;
        this.allLocalities = all;
        this.localities = inScope;
    }

    public static Scope of(ReportContext context) {
        return of(context.view(), context.request());
    }

    public static Scope of(LocalityView view, ReportRequest request) {
        Council council = view.get(StandardKinds.COUNCIL, request.councilId()).map(Versioned::value).orElseThrow(
                () -> new ValidationException("ReportRequest.councilId", request.councilId(), "must name a stored council"));
        List<Locality> all = values(view.query(StandardKinds.LOCALITY, Query.all().council(council.id())));
        List<Locality> inScope = all;
        if (request.localityId().isPresent()) {
            String id = request.localityId().get();
            inScope = all.stream().filter(l -> l.id().equals(id)).toList();
            if (inScope.isEmpty()) {
                throw new ValidationException("ReportRequest.localityId", id,
                        "must name a stored locality of council " + council.id());
            }
        }
        return new Scope(view, request, council, all, inScope);
    }

    /**
     * {@return the citations of the council's sources that support any of them, in title order, each once}
     *
     * @param kinds the kinds of record a report draws on
     */
    List<String> sources(List<Kind<?>> kinds) {
        java.util.Set<String> names = new java.util.HashSet<>();
        kinds.forEach(k -> names.add(k.name()));
        return values(view.query(StandardKinds.SOURCE, Query.all().council(council.id()))).stream()
                .filter(src -> src.supports().stream().anyMatch(names::contains))
                .sorted(java.util.Comparator.comparing(org.localityworking.core.model.Source::title)
                        .thenComparing(org.localityworking.core.model.Source::id))
                .map(org.localityworking.core.model.Source::citation).distinct().toList();
    }

    /**
     * {@return the rows' values, read through: no pass of its own over the rows (a locality's assets are thousands,
     *         and a report reads each once in its own pass)}; the rows are the view's answer, a list of the caller's own
     */
    static <T> List<T> values(List<Versioned<T>> rows) {
        return java.util.Collections.unmodifiableList(com.google.common.collect.Lists.transform(rows, Versioned::value));
    }

    public boolean isPublic() {
        return request.audience() == Audience.PUBLIC;
    }

    public boolean wholeCouncil() {
        return request.localityId().isEmpty();
    }

    String subject() {
        return wholeCouncil() ? council.name() : localities.get(0).name() + ", " + council.name();
    }

    /** {@return the records of the kind in the localities in scope, in locality order, each once} */
    @SuppressWarnings("unchecked")
    public <T> List<T> inLocalities(Kind<T> kind) {
        return (List<T>) inLocalities.computeIfAbsent(kind, k -> {
            if (localities.size() == 1) { // one locality's query holds each record once
                return values(view.query(kind, Query.all().locality(localities.get(0).id())));
            }
            if (oneLocalityEach(kind)) { // the localities' answers hold each record once between them
                List<T> all = new ArrayList<>();
                byLocality(kind).forEach(all::add);
                return java.util.Collections.unmodifiableList(all);
            }
            Map<String, T> byId = new LinkedHashMap<>();
            for (Locality l : localities) {
                for (Versioned<T> v : view.query(kind, Query.all().locality(l.id()))) {
                    byId.putIfAbsent(kind.id(v.value()), v.value());
                }
            }
            return List.copyOf(byId.values());
        });
    }

    /**
     * {@return the records of the kind in the localities in scope, the same records in the same order as
     *         {@link #inLocalities}, for one pass}: a kind whose records have one locality each is read a locality at
     *         a time, so that a report that tallies a national body's million assets does not hold them all at once
     *         (each pass asks the view again); any other kind, or one locality, is {@link #inLocalities}'s list
     */
    public <T> Iterable<T> eachInLocalities(Kind<T> kind) {
        if (localities.size() == 1 || !oneLocalityEach(kind) || inLocalities.containsKey(kind)) {
            return inLocalities(kind);
        }
        return byLocality(kind);
    }

    /** {@return each locality's answer in turn, read as the pass reaches it} */
    private <T> Iterable<T> byLocality(Kind<T> kind) {
        return () -> localities.stream()
                .flatMap(l -> view.query(kind, Query.all().locality(l.id())).stream().map(Versioned::value))
                .iterator();
    }

    /** {@return whether each record of the kind is in one locality at most (its locality is not a list)} */
    private static boolean oneLocalityEach(Kind<?> kind) {
        return !kind.multiValued().contains(org.localityworking.storage.Dimension.LOCALITY);
    }

    /** {@return what the audience may not see of the kind's records in the localities in scope, one entry a record} */
    public List<Withheld> withheldInLocalities(Kind<?> kind) {
        List<Withheld> out = new ArrayList<>();
        for (Locality l : localities) {
            out.addAll(view.withheld(kind, Query.all().locality(l.id())));
        }
        return out;
    }

    /** {@return the council's records of a kind that has a council dimension} */
    public <T> List<T> ofCouncil(Kind<T> kind) {
        return values(view.query(kind, Query.all().council(council.id())));
    }

    Optional<Person> person(String id) {
        return people.computeIfAbsent(id, k -> view.get(StandardKinds.PERSON, k).map(Versioned::value));
    }

    public Optional<Organisation> organisation(String id) {
        return organisations.computeIfAbsent(id, k -> view.get(StandardKinds.ORGANISATION, k).map(Versioned::value));
    }

    /** {@return the ward, as the view gives it, if the store holds it} */
    public Optional<Ward> ward(String id) {
        return wards.computeIfAbsent(id, k -> view.get(StandardKinds.WARD, k).map(Versioned::value));
    }

    /** {@return the ward's name with its GSS code, as tables show it (the id when the store lacks it)} */
    public String wardName(String id) {
        return wardNames.computeIfAbsent(id, k -> ward(k)
                .map(w -> w.name() + w.gssCode().map(g -> " (" + g + ")").orElse("")).orElse(k));
    }

    public String localityName(String id) {
        if (localityNames == null) {
            Map<String, String> names = new HashMap<>();
            allLocalities.forEach(l -> names.putIfAbsent(l.id(), l.name()));
            localityNames = names;
        }
        return localityNames.getOrDefault(id, id);
    }

    /** The council's localities' names by id, made on first use (a report names one per row). */
    private Map<String, String> localityNames;

    /**
     * A person's name for this audience, as the view gives it: PUBLIC names a holder of a public office (the
     * council's {@code publicOfficeRoles}) in that role, and a person whose consent to be named is in force;
     * the view withholds everyone else's.
     */
    public String personName(String id) {
        if (isPublic()) {
            Optional<Person> person = person(id);
            Optional<String> inOffice = person.filter(p -> !p.name().equals(WITHHELD)).flatMap(p -> p.roles().stream()
                    .map(RoleAssignment::role).filter(council.configuration()::isPublicOffice).findFirst()
                    .map(role -> p.name() + " (" + roleWords(role) + ")"));
            return inOffice.orElseGet(() -> person.map(Person::name).orElse(WITHHELD));
        }
        return person(id).map(Person::name).orElse(id + " (not stored)");
    }

    /** A role in words, in the council's own where it has its own (its terminology). */
    String roleWords(Role role) {
        return council.configuration().terminology().roleWord(role);
    }

    public String organisationName(String id) {
        return organisation(id).map(Organisation::name).orElse(id);
    }

    /** A party's name for this audience: organisations by name, people by {@link #personName}. */
    String partyName(PartyRef party) {
        return party.kind() == PartyKind.PERSON ? personName(party.id()) : organisationName(party.id());
    }
}
