package org.localityworking.storage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.localityworking.storage.ConcurrencyConflictException;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.BackendReader;
import org.localityworking.storage.spi.Commit;
import org.localityworking.storage.spi.PendingWrite;
import org.localityworking.storage.RecordLookup;
import org.localityworking.storage.spi.StorageBackend;
import org.localityworking.storage.support.KindTable;

/**
 * The library's one implementation of {@link LocalityStore}, over any {@link StorageBackend}: units of work,
 * expected versions, the write rules, exact matching of every query on what the backend returns, ordering by
 * id (both left to a backend that declares {@code EXACT_QUERIES}), the store's kinds, subject access and erasure
 * live here, once, for every backend.
 */
public final class BackendStore implements LocalityStore {
    private final StorageBackend backend;
    private final String location;
    private final String providerId;
    private final List<Kind<?>> kinds;
    /**
     * The kinds the store holds, for the check on every call, each beside the backend's reader of its records (kind
     * at an even index, reader after it), so that a read by id finds its kind once: an identity probe as
     * {@link KindTable}'s, no hashing, no equals, held here directly so a get reaches the reader in one step from
     * the store.
     */
    private final Object[] held;
    private final int heldMask;
    private volatile boolean closed;
    private final boolean exactQueries;
    /** Whether the backend refuses an insert of an id it holds itself (KEYED_INSERTS). */
    private final boolean keyedInserts;

    /**
     * @param backend    the open backend
     * @param location   where it was opened, as given
     * @param providerId the provider's id, for messages
     * @param kinds      the kinds the store holds, in order
     */
    public BackendStore(StorageBackend backend, String location, String providerId, List<Kind<?>> kinds) {
        this(backend, location, providerId, kinds, false, false);
    }

    /**
     * @param backend      the open backend
     * @param location     where it was opened, as given
     * @param providerId   the provider's id, for messages
     * @param kinds        the kinds the store holds, in order
     * @param exactQueries whether the provider declares {@link
     *                     org.localityworking.storage.spi.ProviderInfo.Capability#EXACT_QUERIES}: its candidates are
     *                     returned as they are
     * @param keyedInserts whether the provider declares {@link
     *                     org.localityworking.storage.spi.ProviderInfo.Capability#KEYED_INSERTS}: a commit's check reads
     *                     the versions only of the records it updates or deletes
     */
    public BackendStore(StorageBackend backend, String location, String providerId, List<Kind<?>> kinds,
                        boolean exactQueries, boolean keyedInserts) {
        this.exactQueries = exactQueries;
        this.keyedInserts = keyedInserts;
        this.backend = backend;
        this.location = LocalityStore.hidePasswords(location);
        this.providerId = providerId;
        this.kinds = List.copyOf(kinds);
        int size = Integer.highestOneBit(Math.max(4, this.kinds.size() * 4) - 1) << 1;
        this.held = new Object[size * 2];
        this.heldMask = size - 1;
        KindTable.of(this.kinds, k -> k); // refuses a kind given twice, as the table always has
        for (Kind<?> kind : this.kinds) {
            int i = System.identityHashCode(kind) & heldMask;
            while (held[2 * i] != null) {
                i = (i + 1) & heldMask;
            }
            held[2 * i] = kind;
            held[2 * i + 1] = java.util.Objects.requireNonNull(backend.reader(kind), "the backend's reader");
        }
    }

    @Override
    public List<Kind<?>> kinds() {
        return kinds;
    }

    @Override
    public java.util.Map<String, Long> undeclaredKinds() {
        requireOpen();
        java.util.Set<String> declared = new java.util.HashSet<>();
        kinds.forEach(k -> declared.add(k.name()));
        java.util.Map<String, Long> undeclared = new java.util.TreeMap<>();
        backend.heldKinds().forEach((name, count) -> {
            if (!declared.contains(name) && count > 0) {
                undeclared.put(name, count);
            }
        });
        return java.util.Collections.unmodifiableMap(undeclared);
    }

    /** Refuses subject access and erasure on a store that holds records of a council kind it was not opened with. */
    private void requireEveryKind(String what) {
        java.util.Map<String, Long> undeclared = undeclaredKinds();
        if (!undeclared.isEmpty()) {
            throw new StorageException("The store " + location + " holds records of the council's own kind(s) "
                    + undeclared + " but was opened without them, so " + what + " would miss them: open the store"
                    + " with each declared (Stores.builder().kind(...)). Nothing was changed.");
        }
    }

    @Override
    public org.localityworking.storage.PersonalData exportPerson(String personId) {
        requireEveryKind("subject access");
        return LocalityStore.super.exportPerson(personId);
    }

    @Override
    public org.localityworking.storage.ErasureReport previewErasure(String personId) {
        requireEveryKind("an erasure");
        return LocalityStore.super.previewErasure(personId);
    }

    /**
     * Erases as {@link LocalityStore#erasePerson} says, after checking that every kind the store holds was
     * declared; then asks the backend to remove the erased values' traces from its files, and reports what it
     * could not.
     */
    @Override
    public org.localityworking.storage.ErasureReport erasePerson(String personId) {
        requireEveryKind("an erasure");
        org.localityworking.storage.ErasureReport report = LocalityStore.super.erasePerson(personId);
        java.util.Set<Kind<?>> touched = new java.util.HashSet<>();
        for (String ref : report.rewritten()) {
            String name = ref.substring(0, ref.indexOf('/'));
            kinds.stream().filter(k -> k.name().equals(name)).findFirst().ifPresent(touched::add);
        }
        return report.withTraces(backend.afterErasure(touched));
    }

    private void requireOpen() {
        if (closed) {
            throw new StorageException("The store " + location + " is closed");
        }
    }

    private void requireKind(Kind<?> kind) {
        reader(kind);
    }

    /** {@return the backend's reader of the kind's records} @throws StorageException when the store does not hold it */
    private Object reader(Kind<?> kind) {
        int i = System.identityHashCode(kind) & heldMask;
        Object k;
        while ((k = held[2 * i]) != kind) {
            if (k == null) {
                throw notHeld(kind);
            }
            i = (i + 1) & heldMask;
        }
        return held[2 * i + 1];
    }

    private StorageException notHeld(Kind<?> kind) {
        for (Kind<?> k : kinds) {
            if (k.name().equals(kind.name())) {
                return new StorageException("The store " + location + " was opened with another Kind object named "
                        + kind.name() + ": kinds are compared by identity, so define each kind once, as a constant");
            }
        }
        return new StorageException("The store " + location + " does not hold records of kind " + kind.name()
                + ": open it with that kind (Stores.builder().kind(...)) to keep them");
    }

    @Override
    public <R> R inTransaction(Function<UnitOfWork, R> work) {
        requireOpen();
        return BufferedUnitOfWork.run(this, work, this::commit);
    }

    private void commit(BufferedUnitOfWork unit) {
        List<PendingWrite<?>> writes = unit.writes();
        if (writes.isEmpty()) {
            return;
        }
        Kind<?> checked = null;
        for (PendingWrite<?> w : writes) {
            if (w.kind() != checked) { // a unit's writes come in runs of one kind
                requireKind(w.kind());
                checked = w.kind();
            }
        }
        requireOpen();
        CheckedCommit commit = new CheckedCommit(unit, writes, keyedInserts);
        backend.commit(commit);
        if (!commit.verified) {
            throw new StorageException("The storage backend " + providerId + " committed to " + location
                    + " without calling Commit.verify inside its atomic step: its writes were not checked."
                    + " This is a defect of the backend (see CONTRACT.md).");
        }
    }

    private static void requireVersion(PendingWrite<?> w, long actual) {
        if (actual != w.expectedVersion()) {
            throw new ConcurrencyConflictException(w.kind().name(), w.id(), w.expectedVersion(), actual);
        }
    }

    /** The batch and the library's check of it, which the backend runs inside its atomic step. */
    private static final class CheckedCommit implements Commit {
        private final BufferedUnitOfWork unit;
        private final List<PendingWrite<?>> writes;
        /** The writes whose stored versions the check reads: all, or those expecting a stored record (KEYED_INSERTS). */
        private final List<PendingWrite<?>> versioned;
        private volatile boolean verified;

        /** @param writes the unit's writes, unmodifiable, handed to the backend as they are */
        CheckedCommit(BufferedUnitOfWork unit, List<PendingWrite<?>> writes, boolean keyedInserts) {
            this.unit = unit;
            this.writes = writes;
            this.versioned = keyedInserts ? expectingStored(writes) : writes;
        }

        /** {@return the writes that expect a stored record; a unit of creations only makes no list} */
        private static List<PendingWrite<?>> expectingStored(List<PendingWrite<?>> writes) {
            List<PendingWrite<?>> expecting = null;
            for (PendingWrite<?> w : writes) {
                if (w.expectedVersion() != 0) {
                    if (expecting == null) {
                        expecting = new ArrayList<>();
                    }
                    expecting.add(w);
                }
            }
            return expecting == null ? List.of() : expecting;
        }

        @Override
        public List<PendingWrite<?>> writes() {
            return writes;
        }

        @Override
        public void verify(BackendReader committed) {
            // a backend with KEYED_INSERTS refuses a creation of an id it holds itself, in the same atomic step
            if (versioned.size() == 1) {
                PendingWrite<?> w = versioned.get(0);
                requireVersion(w, committed.read(w.kind(), w.id()).map(Versioned::version).orElse(0L));
            } else if (!versioned.isEmpty()) {
                // one question per kind, not one per record: on a database server each read is a round trip
                java.util.Map<Kind<?>, java.util.List<String>> idsByKind = new java.util.LinkedHashMap<>();
                for (PendingWrite<?> w : versioned) {
                    idsByKind.computeIfAbsent(w.kind(), k -> new java.util.ArrayList<>()).add(w.id());
                }
                java.util.Map<Kind<?>, java.util.Map<String, Long>> stored = new java.util.HashMap<>();
                idsByKind.forEach((kind, ids) -> stored.put(kind, committed.versions(kind, ids)));
                for (PendingWrite<?> w : versioned) {
                    requireVersion(w, stored.get(w.kind()).getOrDefault(w.id(), 0L));
                }
            }
            WriteRules.check(writes, unit.over(new RecordLookup() {
                @Override
                public <T> Optional<T> find(Kind<T> kind, String id) {
                    return committed.read(kind, id).map(Versioned::value);
                }
            }));
            verified = true;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
        requireOpen();
        // The kind check and the backend's reader in one probe. No soundness check here: reading the record to check
        // it would cost a cache miss on every get; the compatibility kit checks that a backend's reads agree with
        // what was saved.
        return ((org.localityworking.storage.spi.KindReader<T>) reader(kind)).read(id);
    }

    @Override
    public <T> Map<String, Long> versions(Kind<T> kind, java.util.Collection<String> ids) {
        requireOpen();
        requireKind(kind);
        return new HashMap<>(backend.versions(kind, ids));
    }

    /** Above this many parent records, a query by a derived council scans rather than asking once per parent. */
    private static final int PARENTS_ASKED_ONE_BY_ONE = 64;

    @Override
    public <T> List<Versioned<T>> query(Kind<T> kind, Query<? super T> query) {
        requireOpen();
        requireKind(kind);
        query.requireSupportedBy(kind);
        // Paging is the library's: backends are asked for every match, in id order, and the page is cut here.
        Query<? super T> every = query.unpaged();
        List<Versioned<T>> matching;
        if (every.councilId().isPresent() && kind.derives(Dimension.COUNCIL)) {
            matching = byDerivedCouncil(kind, every);
        } else if (exactQueries) {
            matching = backend.candidates(kind, every); // exact, once each, in id order: the kit holds the backend to it
        } else {
            matching = new ArrayList<>();
            for (Versioned<T> v : backend.candidates(kind, every)) {
                requireSound(kind, v);
                if (every.matches(kind, v.value())) {
                    matching.add(v);
                }
            }
            matching = ordered(kind, matching);
        }
        return query.page(kind, matching);
    }

    @Override
    public <T> long count(Kind<T> kind, Query<? super T> query) {
        if (!exactQueries || query.isPaged() || (query.councilId().isPresent() && kind.derives(Dimension.COUNCIL))) {
            return query(kind, query).size();
        }
        requireOpen();
        requireKind(kind);
        query.requireSupportedBy(kind);
        return backend.count(kind, query); // exact: the backend may answer from its index, reading no record
    }

    /**
     * A query by council on a kind that reaches its council through a parent (an asset through its locality):
     * the parents of the council first, then the records whose key on the path names one of them, and that
     * match the rest of the query.
     */
    private <T> List<Versioned<T>> byDerivedCouncil(Kind<T> kind, Query<? super T> query) {
        Kind.CouncilPath path = kind.councilPath().orElseThrow();
        java.util.Set<String> parents = new java.util.HashSet<>();
        for (Versioned<?> p : query(path.parent(), Query.all().council(query.councilId().get()))) {
            parents.add(idOf(path.parent(), p.value()));
        }
        Query<T> rest = typed(query.without(Dimension.COUNCIL));
        Optional<String> asked = rest.value(path.via());
        List<Query<T>> asks;
        if (asked.isPresent()) {
            asks = parents.contains(asked.get()) ? List.of(rest) : List.of();
        } else if (parents.size() <= PARENTS_ASKED_ONE_BY_ONE) {
            asks = parents.stream().sorted().map(p -> rest.with(path.via(), p)).toList();
        } else {
            asks = List.of(rest);
        }
        java.util.Map<String, Versioned<T>> matching = new java.util.HashMap<>();
        for (Query<T> ask : asks) {
            for (Versioned<T> v : backend.candidates(kind, ask)) {
                requireSound(kind, v);
                T value = v.value();
                if (rest.matches(kind, value) && kind.keys(value, path.via()).stream().anyMatch(parents::contains)) {
                    matching.put(kind.id(value), v);
                }
            }
        }
        return ordered(kind, new ArrayList<>(matching.values()));
    }

    /** A query's type parameter only ties it to a kind at compile time: any query of a supertype is one of T. */
    @SuppressWarnings("unchecked")
    private static <T> Query<T> typed(Query<? super T> query) {
        return (Query<T>) query;
    }

    private static <P> String idOf(Kind<P> kind, Object value) {
        return kind.id(kind.type().cast(value));
    }

    private <T> List<Versioned<T>> ordered(Kind<T> kind, List<Versioned<T>> matching) {
        boolean ascending = true;
        for (int i = 1; i < matching.size() && ascending; i++) {
            ascending = kind.id(matching.get(i - 1).value()).compareTo(kind.id(matching.get(i).value())) < 0;
        }
        if (ascending) {
            return matching; // a backend that keeps its ids sorted (the memory backend's postings) needs no sort
        }
        matching.sort(Comparator.comparing(v -> kind.id(v.value())));
        for (int i = 1; i < matching.size(); i++) {
            if (kind.id(matching.get(i).value()).equals(kind.id(matching.get(i - 1).value()))) {
                throw new StorageException("The storage backend " + providerId + " returned " + kind.name() + " "
                        + kind.id(matching.get(i).value()) + " twice for one query; this is a defect of the backend");
            }
        }
        return matching;
    }

    /** Refuses what no backend may return; names the kind, id and version, never the record's values. */
    private <T> void requireSound(Kind<T> kind, Versioned<T> v) {
        if (!kind.type().isInstance(v.value()) || v.version() < 1) {
            String id = kind.type().isInstance(v.value()) ? kind.id(v.value()) : "(not a " + kind.name() + ")";
            throw new StorageException("The storage backend " + providerId + " returned " + kind.name() + " " + id
                    + " at version " + v.version() + " for a query; this is a defect of the backend (a record of the"
                    + " kind with a version of 1 or more)");
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            backend.close();
        }
    }

    @Override
    public String toString() {
        return "LocalityStore[" + providerId + " at " + location + "]";
    }
}
