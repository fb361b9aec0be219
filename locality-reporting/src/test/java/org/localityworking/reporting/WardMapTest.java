package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Deferred;

/** A ward map's tile keeps the built-in report's deferred markers and checks and copies any other list. */
class WardMapTest {
    @Test
    void aTileKeepsADeferredListAndCopiesAnyOther() {
        WardLayout.Hex hex = new WardLayout.Hex("w1", "Ward", "l1", 0, 0);
        Deferred<WardMap.Marker> deferred = new Deferred<>("WardMap.Tile.markers", 1,
                () -> List.of(new WardMap.Marker("Library", "Physical")));
        assertSame(deferred, new WardMap.Tile(hex, "Locality", deferred).markers());
        List<WardMap.Marker> plain = new ArrayList<>(List.of(new WardMap.Marker("Library", "Physical")));
        WardMap.Tile tile = new WardMap.Tile(hex, "Locality", plain);
        plain.clear();
        assertEquals(1, tile.markers().size(), "a plug-in's list is copied when the tile is made");
        List<WardMap.Marker> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(ValidationException.class, () -> new WardMap.Tile(hex, "Locality", withNull),
                "and checked then");
    }
}
