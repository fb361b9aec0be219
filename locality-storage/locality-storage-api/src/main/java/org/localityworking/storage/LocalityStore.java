package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The store that embedding code calls: save, get, delete and query every {@link Kind} of aggregate, in
 * units of work that commit all or nothing, with optimistic versioning so that no update is ever lost
 * silently. Open one with {@link org.localityworking.storage.registry.Stores}.
 *
 * <p>Implementations are thread-safe. Every write is checked before anything is written: a record that
 * refers to a record that does not exist, a grant that breaks its scheme's rules, or a version conflict
 * refuses the whole unit of work.
 */
@API(status = STABLE, since = "1.0")
public interface LocalityStore extends AutoCloseable {

    /**
     * Runs a unit of work and commits its writes together.
     *
     * @param work the work; its return value is returned
     * @return what the work returned
     * @throws org.localityworking.core.ValidationException when a write refers to a missing record or breaks a rule
     *         (nothing is written)
     * @throws ConcurrencyConflictException when a record's version differs from the one expected (nothing is written)
     * @throws RuntimeException whatever the work threw (nothing is written)
     */
    <R> R inTransaction(Function<UnitOfWork, R> work);

    /** Runs a unit of work that returns nothing; see {@link #inTransaction(Function)}. */
    default void runInTransaction(Consumer<UnitOfWork> work) {
        inTransaction((Function<UnitOfWork, Object>) u -> {
            work.accept(u);
            return null;
        });
    }

    /** Saves one record in a unit of work of its own; see {@link UnitOfWork#save}. */
    default <T> Versioned<T> save(Kind<T> kind, T value, long expectedVersion) {
        return inTransaction(u -> u.save(kind, value, expectedVersion));
    }

    /** Creates a record that must not exist yet (expected version 0). */
    default <T> Versioned<T> create(Kind<T> kind, T value) {
        return save(kind, value, 0);
    }

    /** Deletes one record in a unit of work of its own; see {@link UnitOfWork#delete}. */
    default <T> void delete(Kind<T> kind, String id, long expectedVersion) {
        runInTransaction(u -> u.delete(kind, id, expectedVersion));
    }

    /** {@return the committed record with the id, if stored} */
    <T> Optional<Versioned<T>> get(Kind<T> kind, String id);

    /**
     * {@return the committed versions of those of the records that are stored, by id: an id not stored is not in
     *         the map} Asking for many ids at once lets a backend answer in few round trips (the JDBC backend reads
     *         500 ids a {@code SELECT}), where a {@link #get} each would be one round trip each; an importer asks it
     *         to learn which of a file's rows are new. The default asks {@link #get} for each id.
     *
     * @param kind a kind the store holds
     * @param ids  the records' ids
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "1.1")
    default <T> java.util.Map<String, Long> versions(Kind<T> kind, java.util.Collection<String> ids) {
        java.util.Map<String, Long> versions = new java.util.HashMap<>();
        for (String id : ids) {
            get(kind, id).ifPresent(v -> versions.put(id, v.version()));
        }
        return versions;
    }

    /**
     * {@return the committed records of the kind that match the query, ordered by id. A query by council on a kind
     *         that reaches its council through a parent ({@link Kind#councilPath()}) reads the council's parents and
     *         then their records: each read sees whole commits, but the answer is not one commit point, even on a
     *         backend that declares {@code SNAPSHOT_QUERIES}}
     *
     * <p>The list is the caller's, but may be of fixed size (the memory backend copies a posting list out into an
     * array): copy it before adding to it or removing from it.
     *
     * @throws org.localityworking.core.ValidationException when the query uses a dimension the kind does not have
     */
    <T> List<Versioned<T>> query(Kind<T> kind, Query<? super T> query);

    /** {@return how many committed records of the kind match the query} */
    default <T> long count(Kind<T> kind, Query<? super T> query) {
        return query(kind, query).size();
    }

    /** {@return every committed record of the kind, ordered by id} */
    default <T> List<Versioned<T>> all(Kind<T> kind) {
        return query(kind, Query.all());
    }

    /**
     * {@return the kinds this store holds, in an order in which references point backwards: the
     *         {@linkplain org.localityworking.storage.StandardKinds standard kinds}, then the council's own kinds in the order they were
     *         given when the store was opened. Any other kind is refused.}
     */
    List<Kind<?>> kinds();

    /**
     * Everything held about the person (subject access): every record of every kind this store holds
     * ({@link #kinds()}, the council's own kinds included) that refers to them. The default implementation
     * queries each kind by {@link Dimension#PERSON}.
     *
     * @return the records, the person's own first
     */
    default PersonalData exportPerson(String personId) {
        List<PersonalData.Entry> entries = new java.util.ArrayList<>();
        for (Kind<?> kind : kinds()) {
            collect(kind, personId, entries);
        }
        return new PersonalData(personId, entries);
    }

    private <T> void collect(Kind<T> kind, String personId, List<PersonalData.Entry> entries) {
        if (!kind.dimensions().contains(Dimension.PERSON)) {
            return;
        }
        for (Versioned<T> v : query(kind, Query.all().person(personId))) {
            Record record = (Record) v.value();
            PersonalData.Entry entry = new PersonalData.Entry(kind.name(), kind.id(v.value()), v.version(), record);
            if (kind == StandardKinds.PERSON) {
                entries.add(0, entry);
            } else {
                entries.add(entry);
            }
        }
    }

    /**
     * Erases the person everywhere in one unit of work (right to erasure): their personal fields are replaced
     * by {@link Kind#ERASED} in every record of every kind this store holds ({@link #kinds()}), as each kind's
     * {@link Kind#erase} says; then everything that identifies them in free text (their name as stored before
     * erasure, the whole name and each of its words of three letters or more that starts with a capital; their
     * e-mail address, phone number and address: {@link NameRedaction#ofPerson}) is removed from every text field
     * of every record of every kind, not only the records that refer to them. Each record of another person or
     * body whose text changed that way is listed in {@link ErasureReport#needsReview()}, field by field in
     * {@link ErasureReport#reviews()}. Records that others own are kept, and ids that point at the person stay
     * to mark their place.
     *
     * <p>The default implementation reads every record of every kind and saves each one that changes, in one unit
     * of work with the versions it read. The library's store also refuses when it holds records of a council's
     * own kind it was not opened with ({@link #undeclaredKinds()}), and afterwards asks the backend to remove the
     * erased values' traces from its files, reporting any it could not in {@link ErasureReport#traces()}.
     *
     * @return what changed
     * @throws org.localityworking.core.ValidationException when no person with the id is stored
     */
    default ErasureReport erasePerson(String personId) {
        return inTransaction(u -> erasure(u, personId, true));
    }

    /**
     * What {@link #erasePerson} would change, without changing anything (a dry run).
     *
     * @return the report, {@link ErasureReport#applied()} false
     * @throws org.localityworking.core.ValidationException when no person with the id is stored
     */
    default ErasureReport previewErasure(String personId) {
        return inTransaction(u -> erasure(u, personId, false));
    }

    /**
     * The council's own kinds whose records this store holds but was not opened with, by name, with how many
     * records each holds: subject access and erasure refuse while there are any (they must see every record),
     * and a snapshot lists them as left out. The default (a store that keeps no such register) is none.
     *
     * @return kind name to records held, empty when every kind the store holds was declared
     */
    default Map<String, Long> undeclaredKinds() {
        return Map.of();
    }

    private ErasureReport erasure(UnitOfWork u, String personId, boolean apply) {
        Versioned<org.localityworking.core.model.Person> person = u.get(StandardKinds.PERSON, personId).orElseThrow(() ->
                new org.localityworking.core.ValidationException("Person.id", personId,
                        "must name a stored person to erase"));
        NameRedaction scrub = NameRedaction.ofPerson(person.value(), Kind.ERASED);
        List<String> rewritten = new java.util.ArrayList<>();
        List<String> referring = new java.util.ArrayList<>();
        List<String> needsReview = new java.util.ArrayList<>();
        List<ErasureReport.Review> reviews = new java.util.ArrayList<>();
        for (Kind<?> kind : kinds()) {
            eraseIn(u, kind, personId, scrub, apply, rewritten, referring, needsReview, reviews);
        }
        return new ErasureReport(personId, rewritten, referring, needsReview, reviews, List.of(), apply);
    }

    private <T> void eraseIn(UnitOfWork u, Kind<T> kind, String personId, NameRedaction scrub, boolean apply,
                             List<String> rewritten, List<String> referring, List<String> needsReview,
                             List<ErasureReport.Review> reviews) {
        java.util.Set<String> refers = new java.util.HashSet<>();
        if (kind.dimensions().contains(Dimension.PERSON)) {
            query(kind, Query.all().person(personId)).forEach(v -> refers.add(kind.id(v.value())));
        }
        for (Versioned<T> v : all(kind)) {
            String id = kind.id(v.value());
            boolean refersToThem = refers.contains(id);
            T erased = refersToThem ? kind.erase(v.value(), personId) : v.value();
            T scrubbed = scrub.record(kind, erased);
            String ref = kind.name() + "/" + id;
            if (!scrubbed.equals(v.value())) {
                if (apply) {
                    u.save(kind, scrubbed, v.version());
                }
                rewritten.add(ref);
            }
            if (!scrubbed.equals(erased) && kind != StandardKinds.PERSON) {
                needsReview.add(ref);
                NameRedaction.changedFields(kind, erased, scrubbed)
                        .forEach(f -> reviews.add(new ErasureReport.Review(kind.name(), id, f)));
            }
            if (refersToThem && kind != StandardKinds.PERSON) {
                referring.add(ref);
            }
        }
    }

    /**
     * {@return where this store keeps its data, as it was opened (for example {@code memory:}), with any password
     *         in it hidden ({@code postgresql://db/locality?user=app&password=***}): for messages, never for opening}
     */
    String location();

    /**
     * The one rule that hides a password in a store location, for every message and log line that shows one:
     * {@code password=} up to the next {@code &}, and the password of {@code //user:password@host}.
     *
     * @param location a store location, as given
     * @return the location with any password replaced by {@code ***}
     */
    static String hidePasswords(String location) {
        return location.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }

    /** Releases the store's resources. Committed data stays (for persistent providers). */
    @Override
    void close();
}
