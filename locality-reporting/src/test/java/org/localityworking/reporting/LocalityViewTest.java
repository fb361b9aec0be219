package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.run.Reports;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/**
 * The view's count, which asks the store's index where every match must be the view's council's, agrees with its
 * query for every kind and locality, in both audiences, with a second council whose ids prefix Trafford's in the
 * store.
 */
class LocalityViewTest {
    @Test
    void countAgreesWithQueryForEveryKindAndLocality() {
        int compared = 0;
        try (LocalityStore store = Fixture.withAnotherCouncil()) {
            for (String council : java.util.List.of("trafford", "herefordshire", "traff")) {
                for (Audience audience : Audience.values()) {
                    LocalityView view = Reports.view(store, council, audience, Fixture.AS_OF);
                    for (var l : store.all(StandardKinds.LOCALITY)) {
                        for (Kind<?> kind : store.kinds()) {
                            if (!kind.dimensions().contains(Dimension.LOCALITY)) {
                                continue;
                            }
                            Query<Object> q = Query.all().locality(l.value().id());
                            assertEquals(view.query(kind, q).size(), view.count(kind, q),
                                    kind + " in " + l.value().id() + " for " + council + " " + audience);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100, "compared " + compared);
    }

    /**
     * The site's one read of a query (its answer and what is withheld of its matches together) answers as the view's
     * two questions asked apart, for every kind and locality, the whole council and pages, in both audiences, with a
     * second council whose ids prefix Trafford's in the store.
     */
    @Test
    void oneReadAnswersAsTheQueryAndTheWithheldApart() {
        int withheld = 0;
        int compared = 0;
        try (LocalityStore store = Fixture.withAnotherCouncil()) {
            for (String council : java.util.List.of("trafford", "herefordshire", "traff")) {
                for (Audience audience : Audience.values()) {
                    var view = (org.localityworking.reporting.internal.AudienceView) Reports.view(store, council,
                            audience, Fixture.AS_OF);
                    java.util.List<Query<Object>> queries = new java.util.ArrayList<>(java.util.List.of(Query.all(),
                            Query.all().limit(2), Query.all().council(council), Query.all().council("herefordshire")));
                    store.all(StandardKinds.LOCALITY).forEach(l -> queries.add(Query.all().locality(l.value().id())));
                    for (Kind<?> kind : store.kinds()) {
                        for (Query<Object> q : queries) {
                            if ((q.councilId().isPresent() && !kind.dimensions().contains(Dimension.COUNCIL))
                                    || (q.localityId().isPresent() && !kind.dimensions().contains(Dimension.LOCALITY))) {
                                continue;
                            }
                            var both = view.queryWithWithheld(kind, q);
                            assertEquals(view.query(kind, q), both.shown(), kind + " " + q + " " + council + " " + audience);
                            assertEquals(view.withheld(kind, q), both.withheld(), kind + " " + q + " " + council + " " + audience);
                            withheld += both.withheld().size();
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
        assertTrue(withheld > 20, "the public view withholds some records: " + withheld);
    }

    /** A page is cut from what the audience may see: PUBLIC pages hold only records the public may see, and together
     *  they are the public's whole answer, in id order, whatever the page size. */
    @Test
    void pagesAreCutFromWhatTheAudienceMaySee() {
        try (LocalityStore store = Fixture.withAnotherCouncil()) {
            for (Audience audience : Audience.values()) {
                LocalityView view = Reports.view(store, "trafford", audience, Fixture.AS_OF);
                for (Kind<?> kind : java.util.List.of(StandardKinds.PERSON, StandardKinds.ASSET, StandardKinds.STORY, StandardKinds.GRANT)) {
                    java.util.List<String> whole = ids(kind, view.query(kind, Query.all()));
                    for (int size : new int[] {1, 3, 7}) {
                        java.util.List<String> paged = new java.util.ArrayList<>();
                        Query<Object> page = Query.all().limit(size);
                        while (true) {
                            java.util.List<String> got = ids(kind, view.query(kind, page));
                            assertTrue(got.size() <= size);
                            assertEquals(got.size(), view.count(kind, page));
                            paged.addAll(got);
                            if (got.size() < size) {
                                break;
                            }
                            page = Query.all().after(got.get(got.size() - 1)).limit(size);
                        }
                        assertEquals(whole, paged, kind + " " + audience + " in pages of " + size);
                    }
                }
            }
            // the store holds more people than Trafford's public sees (another council's, and those withheld): a public
            // page is not a page of the store
            long held = store.count(StandardKinds.PERSON, Query.all());
            long seen = Reports.view(store, "trafford", Audience.PUBLIC, Fixture.AS_OF).count(StandardKinds.PERSON, Query.all());
            assertTrue(seen < held, seen + " of " + held);
        }
    }

    private static <T> java.util.List<String> ids(Kind<T> kind, java.util.List<? extends org.localityworking.storage.Versioned<?>> rows) {
        return rows.stream().map(v -> kind.id(kind.type().cast(v.value()))).toList();
    }
}
