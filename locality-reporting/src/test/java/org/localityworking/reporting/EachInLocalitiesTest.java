package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.Locality;
import org.localityworking.reporting.builtin.Scope;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.run.Reports;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * The asset map and the ACV deadlines read a whole council's assets in one pass, a locality at a time, so that a
 * national body's million assets are not held at once: the pass must give the records {@code inLocalities} gives, in
 * its order, in either audience, and must read the localities as it goes; a kind whose records are in several
 * localities (people) is deduplicated, so it is the list.
 */
class EachInLocalitiesTest {
    @Test
    void onePassGivesTheScopesRecordsInOrderReadingALocalityAtATime() {
        try (LocalityStore store = Fixture.bothCouncils()) {
            for (String council : List.of("trafford", "herefordshire")) {
                for (Audience audience : Audience.values()) {
                    for (Kind<?> kind : List.of(StandardKinds.ASSET, StandardKinds.GIFT, StandardKinds.STORY,
                            StandardKinds.PERSON)) {
                        check(store, council, audience, kind);
                    }
                }
            }
        }
    }

    private static <T> void check(LocalityStore store, String council, Audience audience, Kind<T> kind) {
        LocalityView view = Reports.view(store, council, audience, Fixture.AS_OF);
        ReportRequest whole = ReportRequest.builder().councilId(council).audience(audience).asOf(Fixture.AS_OF)
                .generatedAt(Fixture.GENERATED).build();
        String what = kind.name() + " of " + council + " for " + audience;
        // what the scope's records are, worked out here: each locality's answer in turn, each record once
        List<Locality> localities = Scope.of(view, whole).localities;
        assertTrue(localities.size() > 1, what);
        Map<String, T> expected = new LinkedHashMap<>();
        for (Locality l : localities) {
            for (Versioned<T> v : view.query(kind, Query.all().locality(l.id()))) {
                expected.putIfAbsent(kind.id(v.value()), v.value());
            }
        }
        assertEquals(List.copyOf(expected.values()), Scope.of(view, whole).inLocalities(kind), what);
        Counting counting = new Counting(view);
        List<T> pass = new ArrayList<>();
        Scope.of(counting.view, whole).eachInLocalities(kind).forEach(pass::add);
        assertEquals(List.copyOf(expected.values()), pass, what + ", one pass");

        if (!kind.multiValued().contains(org.localityworking.storage.Dimension.LOCALITY) && !pass.isEmpty()) {
            // the first record comes after the localities before its own are read, and no more
            int first = 0;
            while (view.query(kind, Query.all().locality(localities.get(first).id())).isEmpty()) {
                first++;
            }
            counting.queries = 0;
            Iterator<T> it = Scope.of(counting.view, whole).eachInLocalities(kind).iterator();
            assertTrue(it.hasNext(), what);
            it.next();
            assertEquals(first + 1, counting.queries, what + ": localities read for the first record");
        } else if (kind.multiValued().contains(org.localityworking.storage.Dimension.LOCALITY)) {
            Scope scope = Scope.of(view, whole);
            assertSame(scope.inLocalities(kind), scope.eachInLocalities(kind), what + ": deduplicated, the list");
        }
    }

    /** The view, counting the queries by locality it is asked (of any kind but localities). */
    private static final class Counting {
        int queries;
        final LocalityView view;

        Counting(LocalityView target) {
            this.view = (LocalityView) java.lang.reflect.Proxy.newProxyInstance(LocalityView.class.getClassLoader(),
                    new Class<?>[] {LocalityView.class}, (proxy, method, args) -> {
                        if (method.getName().equals("query") && !StandardKinds.LOCALITY.equals(args[0])
                                && ((Query<?>) args[1]).localityId().isPresent()) {
                            queries++;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
