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
                    for (var l : store.all(Kind.LOCALITY)) {
                        for (Kind<?> kind : store.kinds()) {
                            if (!kind.dimensions().contains(Dimension.LOCALITY)) {
                                continue;
                            }
                            Query q = Query.all().locality(l.value().id());
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
}
