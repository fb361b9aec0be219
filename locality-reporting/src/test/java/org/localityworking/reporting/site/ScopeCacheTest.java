package org.localityworking.reporting.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.internal.AudienceView;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/**
 * The site's cache answers as the view it wraps, whether a scope's records fit in it, fit only in part (a national
 * body's whole-body scope: what is withheld is kept, the records read through) or not at all, asked once or again,
 * the withheld or the count before or after the records.
 */
class ScopeCacheTest {
    @Test
    void theCacheAnswersAsTheViewWhateverFitsInIt() {
        int withheld = 0;
        int compared = 0;
        try (LocalityStore store = Fixture.withAnotherCouncil()) {
            for (Audience audience : Audience.values()) {
                AudienceView view = new AudienceView(store, "trafford", audience, Fixture.AS_OF);
                for (int most : new int[] {0, 3, 40, 200, 1000, ScopeCache.MOST_RECORDS}) {
                    for (boolean withheldFirst : new boolean[] {false, true}) {
                        ScopeCache cache = new ScopeCache(view, most);
                        List<Query<Object>> queries = new ArrayList<>(List.of(Query.all(), Query.all().limit(2)));
                        store.all(StandardKinds.LOCALITY).forEach(l -> queries.add(Query.all().locality(l.value().id())));
                        for (int round = 0; round < 2; round++) {
                            for (Kind<?> kind : store.kinds()) {
                                for (Query<Object> q : queries) {
                                    if (q.localityId().isPresent() && !kind.dimensions().contains(Dimension.LOCALITY)) {
                                        continue;
                                    }
                                    String what = kind + " " + q + " " + audience + " most " + most + " round " + round;
                                    if (withheldFirst) {
                                        assertEquals(view.withheld(kind, q), cache.withheld(kind, q), what);
                                    } else {
                                        assertEquals(view.count(kind, q), cache.count(kind, q), what); // then read
                                    }
                                    assertEquals(view.query(kind, q), cache.query(kind, q), what);
                                    assertEquals(view.withheld(kind, q), cache.withheld(kind, q), what);
                                    assertEquals(view.count(kind, q), cache.count(kind, q), what);
                                    withheld += view.withheld(kind, q).size();
                                    compared++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
        assertTrue(withheld > 20, "the public view withholds some records: " + withheld);
    }

    /** A scope whose records do not fit but whose withheld do keeps the withheld, as the view gives them. */
    @Test
    void whatIsWithheldIsKeptWhenTheRecordsDoNotFit() {
        int kinds = 0;
        try (LocalityStore store = Fixture.withAnotherCouncil()) {
            AudienceView view = new AudienceView(store, "trafford", Audience.PUBLIC, Fixture.AS_OF);
            for (Kind<?> kind : store.kinds()) {
                int withheld = view.withheld(kind, Query.all()).size();
                if (withheld == 0 || view.query(kind, Query.all()).isEmpty()) {
                    continue;
                }
                ScopeCache cache = new ScopeCache(view, withheld); // room for the withheld, not the records
                for (int round = 0; round < 2; round++) {
                    assertEquals(view.query(kind, Query.all()), cache.query(kind, Query.all()), kind.name());
                    assertEquals(view.withheld(kind, Query.all()), cache.withheld(kind, Query.all()), kind.name());
                }
                kinds++;
            }
        }
        assertTrue(kinds >= 2, "kinds with records withheld from the public: " + kinds);
    }
}
