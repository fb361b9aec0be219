package org.localityworking.reporting.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.internal.AudienceView;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.reporting.spi.Withheld;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * A council's view as one scope of a site reads it: each question asked of the library's view once, and answered
 * again from memory for the scope's other reports (a locality's two dozen reports each ask for its localities,
 * assets, people and grants; from a database each answer is read, decoded and made public again). It wraps the
 * library's view, so every answer is one the view gave, the audience's rules applied. Holds at most
 * {@value #MOST_RECORDS} records, so a national body's whole-body scope reads through it rather than holding its
 * million assets; forgets everything at {@link #clear()}, which the site calls between scopes. A report gets a list
 * of its own, as from the view, so one that sorts or trims its answer changes nothing for the next. Not thread-safe
 * (a site is written by one thread).
 */
final class ScopeCache implements LocalityView {
    /** The most records the cache holds at once. */
    static final int MOST_RECORDS = 400_000;

    private final AudienceView view;
    private final Map<Kind<?>, Map<Query<?>, List<?>>> queries = new HashMap<>();
    private final Map<Kind<?>, Map<Query<?>, List<Withheld>>> withheld = new HashMap<>();
    private final Map<Kind<?>, Map<String, Optional<?>>> reads = new HashMap<>();
    private int records;

    private final int mostRecords;

    ScopeCache(AudienceView view) {
        this(view, MOST_RECORDS);
    }

    /** A cache holding at most {@code mostRecords} records (a test's small scope stands for a national one). */
    ScopeCache(AudienceView view, int mostRecords) {
        this.view = view;
        this.mostRecords = mostRecords;
    }

    /** Forgets every answer: the next scope asks the view afresh. */
    void clear() {
        queries.clear();
        withheld.clear();
        reads.clear();
        records = 0;
    }

    private boolean room(int more) {
        if (records + more > mostRecords) {
            return false;
        }
        records += more;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<Versioned<T>> query(Kind<T> kind, Query<? super T> query) {
        Map<Query<?>, List<?>> byQuery = queries.computeIfAbsent(kind, k -> new HashMap<>());
        List<?> known = byQuery.get(query);
        if (known != null) {
            return new ArrayList<>((List<Versioned<T>>) known); // the caller's own list, as from the view
        }
        Map<Query<?>, List<Withheld>> withheldByQuery = withheld.computeIfAbsent(kind, k -> new HashMap<>());
        if (withheldByQuery.containsKey(query)) { // asked for first: only the records are read
            List<Versioned<T>> answer = view.query(kind, query);
            if (room(answer.size())) {
                byQuery.put(query, List.copyOf(answer));
            }
            return answer;
        }
        // a report that asks for a query's records asks what is withheld of them too: one read answers both
        AudienceView.Answer<T> answer = view.queryWithWithheld(kind, query);
        if (room(answer.shown().size() + answer.withheld().size())) {
            byQuery.put(query, List.copyOf(answer.shown()));
            withheldByQuery.put(query, List.copyOf(answer.withheld()));
        } else if (room(answer.withheld().size())) {
            // a whole-body scope's records do not fit, but what is withheld of them is a few: kept, so that the
            // report's next question is not a second read of the same rows
            withheldByQuery.put(query, List.copyOf(answer.withheld()));
        }
        return answer.shown();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<Versioned<T>> get(Kind<T> kind, String id) {
        Map<String, Optional<?>> byId = reads.computeIfAbsent(kind, k -> new HashMap<>());
        Optional<?> known = byId.get(id);
        if (known != null) {
            return (Optional<Versioned<T>>) known;
        }
        Optional<Versioned<T>> answer = view.get(kind, id);
        if (room(1)) {
            byId.put(id, answer);
        }
        return answer;
    }

    @Override
    public <T> List<Withheld> withheld(Kind<T> kind, Query<? super T> query) {
        Map<Query<?>, List<Withheld>> byQuery = withheld.computeIfAbsent(kind, k -> new HashMap<>());
        List<Withheld> known = byQuery.get(query);
        if (known != null) {
            return new ArrayList<>(known);
        }
        List<Withheld> answer = view.withheld(kind, query);
        if (room(answer.size())) {
            byQuery.put(query, List.copyOf(answer));
        }
        return answer;
    }

    @Override
    public <T> long count(Kind<T> kind, Query<? super T> query) {
        List<?> known = queries.getOrDefault(kind, Map.of()).get(query);
        if (known != null) {
            return known.size();
        }
        if (view.audience() == Audience.PUBLIC) {
            // the public view counts what it may show by reading it: read once, and kept for the scope's reports that
            // list the same records (a locality's profile counts its assets before its asset map lists them)
            return query(kind, query).size();
        }
        return view.count(kind, query);
    }

    @Override
    public String councilId() {
        return view.councilId();
    }

    @Override
    public Audience audience() {
        return view.audience();
    }

    @Override
    public LocalDate asOf() {
        return view.asOf();
    }

    @Override
    public List<Kind<?>> kinds() {
        return view.kinds();
    }

    @Override
    public Map<String, Long> undeclaredKinds() {
        return view.undeclaredKinds();
    }

    @Override
    public LocalityView forPublic() {
        return view.forPublic();
    }
}
