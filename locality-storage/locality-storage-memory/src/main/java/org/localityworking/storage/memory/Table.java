package org.localityworking.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * The rows of one kind with their indexes: one hash index per key dimension, a combined index on
 * locality and category (the asset map's question), and a sorted index on date. Not thread-safe: the
 * store guards it with its lock.
 */
final class Table<T> {
    private static final Set<String> NONE = Set.of();

    private final Kind<T> kind;
    /** Concurrent, so that {@link #get} needs no lock: a commit writes each row after its unit has passed every check. */
    /**
     * Each row held as the {@code Optional} that {@link #get} returns, made once when the row is written, so a
     * read allocates nothing (a read-heavy store would otherwise make garbage on every get).
     */
    private final Map<String, Optional<Versioned<T>>> rows = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Dimension, Map<String, Set<String>>> indexes = new EnumMap<>(Dimension.class);
    private final Map<String, Set<String>> byLocalityAndCategory = new HashMap<>();
    private final NavigableMap<LocalDate, Set<String>> byDate = new TreeMap<>();
    private final boolean localityAndCategory;

    Table(Kind<T> kind) {
        this.kind = kind;
        for (Dimension d : kind.dimensions()) {
            if (d != Dimension.DATE) {
                indexes.put(d, new HashMap<>());
            }
        }
        localityAndCategory = kind.dimensions().contains(Dimension.LOCALITY)
                && kind.dimensions().contains(Dimension.CATEGORY);
    }

    Kind<T> kind() {
        return kind;
    }

    Optional<Versioned<T>> get(String id) {
        Optional<Versioned<T>> row = rows.get(id);
        return row != null ? row : Optional.empty();
    }

    long version(String id) {
        Optional<Versioned<T>> v = rows.get(id);
        return v == null ? 0 : v.orElseThrow().version();
    }

    int size() {
        return rows.size();
    }

    /** Replaces the row in place (a lock-free reader never sees it missing), then moves its index entries. */
    void put(Versioned<T> row) {
        String id = kind.id(row.value());
        Optional<Versioned<T>> old = rows.put(id, Optional.of(row));
        if (old != null) {
            unindex(id, old.orElseThrow().value());
        }
        index(id, row.value());
    }

    void remove(String id) {
        Optional<Versioned<T>> old = rows.remove(id);
        if (old != null) {
            unindex(id, old.orElseThrow().value());
        }
    }

    private void index(String id, T value) {
        indexes.forEach((d, index) -> {
            for (String key : kind.keys(value, d)) {
                index.computeIfAbsent(key, k -> new HashSet<>()).add(id);
            }
        });
        if (localityAndCategory) {
            for (String pair : pairs(value)) {
                byLocalityAndCategory.computeIfAbsent(pair, k -> new HashSet<>()).add(id);
            }
        }
        kind.date(value).ifPresent(date -> byDate.computeIfAbsent(date, k -> new HashSet<>()).add(id));
    }

    private void unindex(String id, T value) {
        indexes.forEach((d, index) -> {
            for (String key : kind.keys(value, d)) {
                removeFrom(index, key, id);
            }
        });
        if (localityAndCategory) {
            for (String pair : pairs(value)) {
                removeFrom(byLocalityAndCategory, pair, id);
            }
        }
        kind.date(value).ifPresent(date -> removeFrom(byDate, date, id));
    }

    private static <K> void removeFrom(Map<K, Set<String>> index, K key, String id) {
        Set<String> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    private List<String> pairs(T value) {
        List<String> pairs = new ArrayList<>();
        for (String l : kind.keys(value, Dimension.LOCALITY)) {
            for (String c : kind.keys(value, Dimension.CATEGORY)) {
                pairs.add(pair(l, c));
            }
        }
        return pairs;
    }

    private static String pair(String locality, String category) {
        return locality + '\u0000' + category;
    }

    /**
     * Answers from the smallest index that applies, then checks only the conditions that index does not
     * already guarantee, on those rows only.
     */
    List<Versioned<T>> query(Query query) {
        Collection<String> candidates = null;
        Set<Dimension> covered = java.util.EnumSet.noneOf(Dimension.class);
        if (localityAndCategory && query.localityId().isPresent() && query.category().isPresent()) {
            candidates = byLocalityAndCategory.getOrDefault(pair(query.localityId().get(), query.category().get()), NONE);
            covered = java.util.EnumSet.of(Dimension.LOCALITY, Dimension.CATEGORY);
        }
        for (Map.Entry<Dimension, Map<String, Set<String>>> e : indexes.entrySet()) {
            Optional<String> wanted = query.value(e.getKey());
            if (wanted.isPresent()) {
                Set<String> ids = e.getValue().getOrDefault(wanted.get(), NONE);
                if (candidates == null || ids.size() < candidates.size()) {
                    candidates = ids;
                    covered = java.util.EnumSet.of(e.getKey());
                }
            }
        }
        if (candidates == null && (query.from().isPresent() || query.to().isPresent())) {
            candidates = dated(query);
            covered = java.util.EnumSet.of(Dimension.DATE);
        }
        Set<Dimension> toCheck = java.util.EnumSet.copyOf(query.dimensions().isEmpty()
                ? java.util.EnumSet.noneOf(Dimension.class) : query.dimensions());
        toCheck.removeAll(covered);
        List<Versioned<T>> result = new ArrayList<>(candidates == null ? rows.size() : candidates.size());
        for (Versioned<T> row : candidates == null ? allRows() : rowsOf(candidates)) {
            if (toCheck.isEmpty() || matches(query, toCheck, row.value())) {
                result.add(row);
            }
        }
        result.sort(Comparator.comparing(v -> kind.id(v.value())));
        return result;
    }

    private List<Versioned<T>> allRows() {
        List<Versioned<T>> out = new ArrayList<>(rows.size());
        for (Optional<Versioned<T>> row : rows.values()) {
            out.add(row.orElseThrow());
        }
        return out;
    }

    private List<Versioned<T>> rowsOf(Collection<String> ids) {
        List<Versioned<T>> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(rows.get(id).orElseThrow());
        }
        return out;
    }

    private boolean matches(Query query, Set<Dimension> dimensions, T value) {
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

    private Collection<String> dated(Query query) {
        NavigableMap<LocalDate, Set<String>> range = byDate;
        if (query.from().isPresent() && query.to().isPresent()) {
            range = byDate.subMap(query.from().get(), true, query.to().get(), true);
        } else if (query.from().isPresent()) {
            range = byDate.tailMap(query.from().get(), true);
        } else if (query.to().isPresent()) {
            range = byDate.headMap(query.to().get(), true);
        }
        List<String> ids = new ArrayList<>();
        range.values().forEach(ids::addAll);
        return ids;
    }
}
