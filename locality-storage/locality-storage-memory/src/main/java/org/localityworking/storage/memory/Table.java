package org.localityworking.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * The rows of one kind with their indexes: a posting list ({@link SortedIds}) per key on each key dimension,
 * a combined one on locality and category (the asset map's question), and a sorted map of dates. Writes are
 * not thread-safe (the backend's lock guards them); {@link #get} needs no lock.
 */
final class Table<T> {
    private final Kind<T> kind;
    /**
     * Each row held as the {@code Optional} that {@link #get} returns, made once when the row is written, so a
     * read allocates nothing; concurrent, so a read by id takes no lock.
     */
    private final Map<String, Optional<Versioned<T>>> rows = new ConcurrentHashMap<>();
    private final Map<Dimension, Map<String, SortedIds>> indexes = new EnumMap<>(Dimension.class);
    private final Map<String, SortedIds> byLocalityAndCategory = new HashMap<>();
    private final NavigableMap<LocalDate, SortedIds> byDate = new TreeMap<>();
    private final boolean localityAndCategory;
    private final boolean dated;

    Table(Kind<T> kind) {
        this.kind = kind;
        for (Dimension d : kind.dimensions()) {
            if (d != Dimension.DATE && !kind.derives(d)) {
                indexes.put(d, new HashMap<>());
            }
        }
        localityAndCategory = kind.dimensions().contains(Dimension.LOCALITY)
                && kind.dimensions().contains(Dimension.CATEGORY);
        dated = kind.dimensions().contains(Dimension.DATE);
    }

    Kind<T> kind() {
        return kind;
    }

    Optional<Versioned<T>> get(String id) {
        Optional<Versioned<T>> row = rows.get(id);
        return row != null ? row : Optional.empty();
    }

    int size() {
        return rows.size();
    }

    /** Replaces the row in place (a lock-free reader never sees it missing), then moves the index entries that changed. */
    void put(Versioned<T> row) {
        String id = kind.id(row.value());
        Optional<Versioned<T>> old = rows.put(id, Optional.of(row));
        T before = old == null ? null : old.orElseThrow().value();
        T after = row.value();
        for (Map.Entry<Dimension, Map<String, SortedIds>> e : indexes.entrySet()) {
            Set<String> was = before == null ? Set.of() : kind.keys(before, e.getKey());
            Set<String> now = kind.keys(after, e.getKey());
            move(e.getValue(), id, was, now);
        }
        if (localityAndCategory) {
            move(byLocalityAndCategory, id, before == null ? Set.of() : pairs(before), pairs(after));
        }
        if (dated) {
            Optional<LocalDate> was = before == null ? Optional.empty() : kind.date(before);
            Optional<LocalDate> now = kind.date(after);
            if (!was.equals(now)) {
                was.ifPresent(d -> removeFrom(byDate, d, id));
                now.ifPresent(d -> byDate.computeIfAbsent(d, k -> new SortedIds()).add(id));
            }
        }
    }

    void remove(String id) {
        Optional<Versioned<T>> old = rows.remove(id);
        if (old == null) {
            return;
        }
        T before = old.orElseThrow().value();
        for (Map.Entry<Dimension, Map<String, SortedIds>> e : indexes.entrySet()) {
            move(e.getValue(), id, kind.keys(before, e.getKey()), Set.of());
        }
        if (localityAndCategory) {
            move(byLocalityAndCategory, id, pairs(before), Set.of());
        }
        if (dated) {
            kind.date(before).ifPresent(d -> removeFrom(byDate, d, id));
        }
    }

    /** Takes the id out of the keys it had and no longer has, and into the keys it has now and had not. */
    private static void move(Map<String, SortedIds> index, String id, Set<String> was, Set<String> now) {
        if (was.equals(now)) {
            return;
        }
        for (String key : was) {
            if (!now.contains(key)) {
                removeFrom(index, key, id);
            }
        }
        for (String key : now) {
            if (!was.contains(key)) {
                index.computeIfAbsent(key, k -> new SortedIds()).add(id);
            }
        }
    }

    private static <K> void removeFrom(Map<K, SortedIds> index, K key, String id) {
        SortedIds ids = index.get(key);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
            index.remove(key);
        }
    }

    private Set<String> pairs(T value) {
        Set<String> localities = kind.keys(value, Dimension.LOCALITY);
        Set<String> categories = kind.keys(value, Dimension.CATEGORY);
        if (localities.size() == 1 && categories.size() == 1) {
            return Set.of(pair(localities.iterator().next(), categories.iterator().next()));
        }
        Set<String> pairs = new java.util.HashSet<>();
        for (String l : localities) {
            for (String c : categories) {
                pairs.add(pair(l, c));
            }
        }
        return pairs;
    }

    private static String pair(String locality, String category) {
        return locality + '\u0000' + category;
    }

    /**
     * Answers from the smallest posting list that applies, then checks only the conditions that list does not
     * already guarantee, on those rows only: exactly the matches, in id order (the backend declares
     * {@code EXACT_QUERIES}).
     */
    List<Versioned<T>> query(Query<?> query) {
        Plan plan = plan(query);
        SortedIds best = plan.best();
        Set<Dimension> toCheck = plan.toCheck();
        List<Versioned<T>> result = new ArrayList<>(best == null ? 16 : best.size());
        if (best != null) {
            best.forEach(id -> keep(query, toCheck, row(id), result));
        } else {
            if (query.from().isPresent() || query.to().isPresent()) {
                toCheck.remove(Dimension.DATE);
                for (SortedIds ids : dated(query).values()) {
                    ids.forEach(id -> keep(query, toCheck, row(id), result));
                }
            } else {
                for (Optional<Versioned<T>> row : rows.values()) {
                    keep(query, toCheck, row.orElseThrow(), result);
                }
            }
            // postings are sorted by id; a walk over dates or over the whole table is not (EXACT_QUERIES)
            result.sort(java.util.Comparator.comparing(v -> kind.id(v.value())));
        }
        return result;
    }

    /**
     * How many rows match: the size of one posting list when it alone answers the query (no row is read), else
     * the size of the query's answer.
     */
    long count(Query<?> query) {
        if (query.dimensions().isEmpty()) {
            return rows.size();
        }
        Plan plan = plan(query);
        if (plan.best() != null && plan.toCheck().isEmpty()) {
            return plan.best().size();
        }
        return query(query).size();
    }

    /**
     * How a query is answered: the smallest posting list that applies (null when none does) and the conditions
     * it does not already guarantee, to check on its rows.
     */
    private record Plan(SortedIds best, Set<Dimension> toCheck) {
    }

    private Plan plan(Query<?> query) {
        SortedIds best = null;
        Set<Dimension> covered = java.util.EnumSet.noneOf(Dimension.class);
        if (localityAndCategory && query.localityId().isPresent() && query.category().isPresent()) {
            best = posting(byLocalityAndCategory, pair(query.localityId().get(), query.category().get()));
            covered = java.util.EnumSet.of(Dimension.LOCALITY, Dimension.CATEGORY);
        }
        for (Map.Entry<Dimension, Map<String, SortedIds>> e : indexes.entrySet()) {
            Optional<String> wanted = query.value(e.getKey());
            if (wanted.isPresent()) {
                SortedIds ids = posting(e.getValue(), wanted.get());
                if (best == null || ids.size() < best.size()) {
                    best = ids;
                    covered = java.util.EnumSet.of(e.getKey());
                }
            }
        }
        Set<Dimension> toCheck = java.util.EnumSet.noneOf(Dimension.class);
        toCheck.addAll(query.dimensions());
        toCheck.removeAll(covered);
        return new Plan(best, toCheck);
    }

    private static final SortedIds NONE = new SortedIds();

    private static SortedIds posting(Map<String, SortedIds> index, String key) {
        SortedIds ids = index.get(key);
        return ids != null ? ids : NONE;
    }

    private Versioned<T> row(String id) {
        return Objects.requireNonNull(rows.get(id), "indexed id without a row").orElseThrow();
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

    private NavigableMap<LocalDate, SortedIds> dated(Query<?> query) {
        if (query.from().isPresent() && query.to().isPresent()) {
            return byDate.subMap(query.from().get(), true, query.to().get(), true);
        } else if (query.from().isPresent()) {
            return byDate.tailMap(query.from().get(), true);
        }
        return byDate.headMap(query.to().get(), true);
    }
}
