package org.localityworking.storage.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;

/** The identity-probed kind table: every kind found, others refused, whatever their identity hashes. */
class KindTableTest {
    record Thing(String id) {
    }

    @Test
    void findsEveryKindAndRefusesOthers() {
        List<Kind<?>> kinds = new ArrayList<>(StandardKinds.all());
        for (int i = 0; i < 200; i++) {
            kinds.add(Kind.builder("thing_" + i, Thing.class, Thing::id).build());
        }
        KindTable<String> table = KindTable.of(kinds, Kind::name);
        for (Kind<?> kind : kinds) {
            assertEquals(kind.name(), table.get(kind, k -> new IllegalStateException()));
            assertEquals(Optional.of(kind.name()), table.find(kind));
        }
        Kind<Thing> stranger = Kind.builder("thing_0", Thing.class, Thing::id).build();
        IllegalStateException refused = new IllegalStateException("no");
        assertSame(refused, assertThrows(IllegalStateException.class, () -> table.get(stranger, k -> refused)));
        assertEquals(Optional.empty(), table.find(stranger));
    }

    @Test
    void anEmptyTableHoldsNothing() {
        KindTable<String> table = KindTable.of(List.of(), Kind::name);
        assertEquals(Optional.empty(), table.find(StandardKinds.ASSET));
    }

    @Test
    void aKindGivenTwiceIsRefused() {
        assertThrows(StorageException.class, () -> KindTable.of(List.of(StandardKinds.ASSET, StandardKinds.ASSET), Kind::name));
    }
}
