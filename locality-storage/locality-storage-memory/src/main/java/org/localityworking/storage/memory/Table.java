package org.localityworking.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * The rows of one kind with their indexes: a posting list ({@link SortedRows}) per key on each key dimension,
 * a combined one on locality and category (the asset map's question), and a sorted map of dates. The posting
 * lists hold the rows themselves, so a write replaces a changed row in each list that holds it, and a query one
 * list answers is a copy of that list. Writes are not thread-safe (the backend's lock guards them); a read by id
 * through {@link #rows} needs no lock.
 */
final class Table<T> {
    private final Kind<T> kind;
    private final Function<Versioned<T>, String> idOf;
    /** The rows by id, which are also the kind's reader by id. */
    private final RowTable<T> rows;
    /** The key dimensions with a posting list per key, and those lists, index by index. */
    private final Dimension[] indexed;
    private final List<Map<String, SortedRows<Versioned<T>>>> indexes = new ArrayList<>();
    /** Locality, then category: the asset map's question answered by one list. */
    private final Map<String, Map<String, SortedRows<Versioned<T>>>> byLocalityAndCategory = new HashMap<>();
    private final NavigableMap<LocalDate, SortedRows<Versioned<T>>> byDate = new TreeMap<>();
    private final boolean localityAndCategory;
    private final boolean dated;
    /** An empty array for {@link SortedRows#copy}. */
    @SuppressWarnings("unchecked")
    private final Versioned<T>[] noRows = (Versioned<T>[]) new Versioned<?>[0];

    Table(Kind<T> kind, java.util.concurrent.locks.StampedLock lock) {
        this.kind = kind;
        this.rows = new RowTable<>(lock);
        this.idOf = v -> kind.id(v.value());
        List<Dimension> keyed = new ArrayList<>();
        for (Dimension d : kind.dimensions()) {
            if (d != Dimension.DATE && !kind.derives(d)) {
                keyed.add(d);
                indexes.add(new HashMap<>());
            }
        }
        indexed = keyed.toArray(new Dimension[0]);
        localityAndCategory = kind.dimensions().contains(Dimension.LOCALITY)
                && kind.dimensions().contains(Dimension.CATEGORY);
        dated = kind.dimensions().contains(Dimension.DATE);
    }

    Kind<T> kind() {
        return kind;
    }

    /** {@return the rows by id, which are also the kind's reader by id (read through it, never write)} */
    RowTable<T> rows() {
        return rows;
    }

    Optional<Versioned<T>> get(String id) {
        return rows.get(id);
    }

    int size() {
        return rows.size();
    }

    /**
     * Replaces the row in place (a lock-free reader never sees it missing), then takes it out of the posting
     * lists of keys it no longer has, into those of keys it now has, and replaces it in those it stays in.
     */
    void put(Versioned<T> row) {
        String id = kind.id(row.value());
        Optional<Versioned<T>> old = rows.put(id, Optional.of(row));
        T before = old == null ? null : old.orElseThrow().value();
        T after = row.value();
        for (int i = 0; i < indexed.length; i++) {
            Set<String> was = before == null ? Set.of() : kind.keys(before, indexed[i]);
            move(indexes.get(i), row, id, was, kind.keys(after, indexed[i]));
        }
        if (localityAndCategory) {
            Set<String> wasIn = before == null ? Set.of() : kind.keys(before, Dimension.LOCALITY);
            Set<String> nowIn = kind.keys(after, Dimension.LOCALITY);
            Set<String> wasCategories = before == null ? Set.of() : kind.keys(before, Dimension.CATEGORY);
            Set<String> nowCategories = kind.keys(after, Dimension.CATEGORY);
            for (String locality : wasIn) {
                if (!nowIn.contains(locality)) {
                    for (String category : wasCategories) {
                        removeFrom(byLocalityAndCategory.get(locality), category, id);
                    }
                    dropIfEmpty(locality);
                }
            }
            for (String locality : nowIn) {
                Map<String, SortedRows<Versioned<T>>> categories = byLocalityAndCategory.computeIfAbsent(
                        locality, k -> new HashMap<>());
                move(categories, row, id, wasIn.contains(locality) ? wasCategories : Set.of(), nowCategories);
                dropIfEmpty(locality);
            }
        }
        if (dated) {
            Optional<LocalDate> was = before == null ? Optional.empty() : kind.date(before);
            Optional<LocalDate> now = kind.date(after);
            if (was.equals(now)) {
                now.ifPresent(d -> byDate.get(d).replace(row));
            } else {
                was.ifPresent(d -> removeFrom(byDate, d, id));
                now.ifPresent(d -> byDate.computeIfAbsent(d, k -> new SortedRows<>(idOf)).add(row));
            }
        }
    }

    void remove(String id) {
        Optional<Versioned<T>> old = rows.remove(id);
        if (old == null) {
            return;
        }
        T before = old.orElseThrow().value();
        for (int i = 0; i < indexed.length; i++) {
            for (String key : kind.keys(before, indexed[i])) {
                removeFrom(indexes.get(i), key, id);
            }
        }
        if (localityAndCategory) {
            for (String locality : kind.keys(before, Dimension.LOCALITY)) {
                for (String category : kind.keys(before, Dimension.CATEGORY)) {
                    removeFrom(byLocalityAndCategory.get(locality), category, id);
                }
                dropIfEmpty(locality);
            }
        }
        if (dated) {
            kind.date(before).ifPresent(d -> removeFrom(byDate, d, id));
        }
    }

    private void dropIfEmpty(String locality) {
        Map<String, SortedRows<Versioned<T>>> categories = byLocalityAndCategory.get(locality);
        if (categories != null && categories.isEmpty()) {
            byLocalityAndCategory.remove(locality);
        }
    }

    /**
     * Takes the row out of the keys it had and no longer has, into the keys it has now and had not, and replaces
     * the old row by the new in the keys it keeps.
     */
    private void move(Map<String, SortedRows<Versioned<T>>> index, Versioned<T> row, String id, Set<String> was,
                      Set<String> now) {
        for (String key : was) {
            if (!now.contains(key)) {
                removeFrom(index, key, id);
            }
        }
        for (String key : now) {
            SortedRows<Versioned<T>> posting = index.computeIfAbsent(key, k -> new SortedRows<>(idOf));
            if (was.contains(key)) {
                posting.replace(row);
            } else {
                posting.add(row);
            }
        }
    }

    private static <K, R> void removeFrom(Map<K, SortedRows<R>> index, K key, String id) {
        SortedRows<R> rows = index == null ? null : index.get(key);
        if (rows != null && rows.remove(id) && rows.isEmpty()) {
            index.remove(key);
        }
    }

    /**
     * Answers from the smallest posting list that applies: when it alone guarantees every condition of the query,
     * a copy of it; otherwise its rows that meet the other conditions. Exactly the matches, in id order (the
     * backend declares {@code EXACT_QUERIES}).
     */
    List<Versioned<T>> query(Query<?> query) {
        Plan<T> plan = plan(query);
        SortedRows<Versioned<T>> best = plan.best();
        if (best != null && plan.covered() == conditions(query)) {
            return best.copy(noRows);
        }
        Set<Dimension> toCheck = EnumSet.noneOf(Dimension.class);
        toCheck.addAll(query.dimensions());
        toCheck.removeAll(plan.coveredDimensions());
        List<Versioned<T>> result = new ArrayList<>(best == null ? 16 : best.size());
        if (best != null) {
            best.forEach(row -> keep(query, toCheck, row, result));
        } else {
            if (query.from().isPresent() || query.to().isPresent()) {
                toCheck.remove(Dimension.DATE);
                for (SortedRows<Versioned<T>> dated : dated(query).values()) {
                    dated.forEach(row -> keep(query, toCheck, row, result));
                }
            } else {
                rows.forEach(row -> keep(query, toCheck, row, result));
            }
            // postings are sorted by id; a walk over dates or over the whole table is not (EXACT_QUERIES)
            result.sort(java.util.Comparator.comparing(idOf));
        }
        return result;
    }

    /**
     * How many rows match: the size of one posting list when it alone answers the query (no row is read), else
     * the size of the query's answer.
     */
    long count(Query<?> query) {
        int conditions = conditions(query);
        if (conditions == 0) {
            return rows.size();
        }
        Plan<T> plan = plan(query);
        if (plan.best() != null && plan.covered() == conditions) {
            return plan.best().size();
        }
        return query(query).size();
    }

    /** {@return how many conditions the query sets: one per key dimension given, one for a date range} */
    private static int conditions(Query<?> query) {
        return present(query.councilId()) + present(query.localityId()) + present(query.wardId())
                + present(query.category()) + present(query.status()) + present(query.parentId())
                + present(query.personId()) + (query.from().isPresent() || query.to().isPresent() ? 1 : 0);
    }

    private static int present(Optional<String> value) {
        return value.isPresent() ? 1 : 0;
    }

    /**
     * How a query is answered: the smallest posting list that applies (null when none does) and the dimensions it
     * guarantees (one, or locality and category); {@code covered} is their number.
     */
    private record Plan<T>(SortedRows<Versioned<T>> best, Dimension covering, int covered) {
        Set<Dimension> coveredDimensions() {
            if (covered == 2) {
                return EnumSet.of(Dimension.LOCALITY, Dimension.CATEGORY);
            }
            return covering == null ? Set.of() : EnumSet.of(covering);
        }
    }

    private Plan<T> plan(Query<?> query) {
        SortedRows<Versioned<T>> best = null;
        Dimension covering = null;
        int covered = 0;
        if (localityAndCategory && query.localityId().isPresent() && query.category().isPresent()) {
            Map<String, SortedRows<Versioned<T>>> categories = byLocalityAndCategory.get(query.localityId().get());
            best = categories == null ? none : posting(categories, query.category().get());
            covered = 2;
        }
        for (int i = 0; i < indexed.length; i++) {
            Optional<String> wanted = query.value(indexed[i]);
            if (wanted.isPresent()) {
                SortedRows<Versioned<T>> rows = posting(indexes.get(i), wanted.get());
                if (best == null || rows.size() < best.size()) {
                    best = rows;
                    covering = indexed[i];
                    covered = 1;
                }
            }
        }
        return new Plan<>(best, covering, covered);
    }

    /** The posting list of a key no row has. */
    private final SortedRows<Versioned<T>> none = new SortedRows<>(v -> "");

    private SortedRows<Versioned<T>> posting(Map<String, SortedRows<Versioned<T>>> index, String key) {
        SortedRows<Versioned<T>> rows = index.get(key);
        return rows != null ? rows : none;
    }

    private void keep(Query<?> query, Set<Dimension> toCheck, Versioned<T> row, List<Versioned<T>> result) {
        if (toCheck.isEmpty() || matches(query, toCheck, row.value())) {
            result.add(row);
        }
    }

    private boolean matches(Query<?> query, Set<Dimension> dimensions, T value) {
        for (Dimension d : dimensions) {
            if (d == Dimension.DATE) {
                if (!query.dateMatches(kind.date(value))) {
                    return false;
                }
            } else if (!kind.keys(value, d).contains(query.value(d).orElseThrow())) {
                return false;
            }
        }
        return true;
    }

    private NavigableMap<LocalDate, SortedRows<Versioned<T>>> dated(Query<?> query) {
        if (query.from().isPresent() && query.to().isPresent()) {
            return byDate.subMap(query.from().get(), true, query.to().get(), true);
        } else if (query.from().isPresent()) {
            return byDate.tailMap(query.from().get(), true);
        }
        return byDate.headMap(query.to().get(), true);
    }
}
