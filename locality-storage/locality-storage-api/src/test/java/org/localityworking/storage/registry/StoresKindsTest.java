package org.localityworking.storage.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;

/** The kinds a store is opened with: the standard ones, then the council's own, checked before opening. */
class StoresKindsTest {
    record Plot(String id, String localityId, Optional<String> parentId) {
    }

    record Harvest(String id, String plotId) {
    }

    static final Kind<Plot> PLOT = Kind.builder("allotment_plot", Plot.class, Plot::id)
            .key(Dimension.LOCALITY, Plot::localityId)
            .reference("Plot.localityId", StandardKinds.LOCALITY, Plot::localityId)
            .build();

    static final Kind<Harvest> HARVEST = Kind.builder("harvest", Harvest.class, Harvest::id)
            .key(Dimension.PARENT, Harvest::plotId)
            .reference("Harvest.plotId", PLOT, Harvest::plotId)
            .build();

    private static Stores.Builder alpha() {
        return Stores.builder().provider(new FakeProviders.Alpha()).location("alpha:x");
    }

    @Test
    void aStoreHoldsTheStandardKindsThenTheCouncilsOwnInOrder() {
        try (LocalityStore store = alpha().kind(PLOT).kind(HARVEST).open()) {
            List<Kind<?>> expected = new ArrayList<>(StandardKinds.all());
            expected.add(PLOT);
            expected.add(HARVEST);
            assertEquals(expected, store.kinds());
        }
        try (LocalityStore store = alpha().open()) {
            assertEquals(StandardKinds.all(), store.kinds());
            StorageException e = assertThrows(StorageException.class, () -> store.get(PLOT, "p-1"));
            assertTrue(e.getMessage().contains("allotment_plot"), e.getMessage());
        }
    }

    @Test
    void aKindReferringToAKindTheStoreWouldNotHoldIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> alpha().kind(HARVEST).open());
        assertEquals("Stores.kind", e.field());
        assertEquals("harvest", e.value());
        assertTrue(e.rule().contains("allotment_plot"), e.rule());
    }

    @Test
    void aKindGivenBeforeTheKindItRefersToIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> alpha().kind(HARVEST).kind(PLOT).open());
        assertEquals("harvest", e.value());
        assertTrue(e.rule().contains("first"), e.rule());
    }

    @Test
    void namesAreUniqueInAStore() {
        Kind<Plot> twin = Kind.builder("allotment_plot", Plot.class, Plot::id).build();
        ValidationException twice = assertThrows(ValidationException.class, () -> alpha().kind(PLOT).kind(twin));
        assertEquals("allotment_plot", twice.value());
        ValidationException standard = assertThrows(ValidationException.class, () -> alpha().kind(StandardKinds.ASSET));
        assertTrue(standard.rule().contains("standard kind"), standard.rule());
        Kind<Plot> impostor = Kind.builder("person", Plot.class, Plot::id).build();
        assertThrows(ValidationException.class, () -> alpha().kind(impostor));
    }

    @Test
    void aKindDefinedTwiceUnderOneNameIsNamedInTheRefusal() {
        Kind<Plot> redefined = Kind.builder("allotment_plot", Plot.class, Plot::id).build();
        try (LocalityStore store = alpha().kind(PLOT).open()) {
            StorageException e = assertThrows(StorageException.class, () -> store.get(redefined, "p-1"));
            assertTrue(e.getMessage().contains("identity"), e.getMessage());
        }
    }
}
