package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.WardPart;

/** The hex layout of wards: each ward once, each locality's wards together, placed by centroid, as HexJSON. */
class WardLayoutTest {
    private static Locality locality(String id, String... wards) {
        List<WardPart> parts = new ArrayList<>();
        for (String w : wards) {
            parts.add(new WardPart(w, Optional.empty()));
        }
        return new Locality(id, "c", id, parts, false);
    }

    private static Map<String, String> names(int n) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
            names.put("w" + i, "Ward " + i);
        }
        return names;
    }

    /** @return the axial coordinates (rows downwards) of an odd-r hex whose rows count upwards */
    private static int[] axial(WardLayout.Hex h) {
        int row = -h.r();
        return new int[] {h.q() - (row - (row & 1)) / 2, row};
    }

    private static boolean adjacent(WardLayout.Hex a, WardLayout.Hex b) {
        int[] x = axial(a);
        int[] y = axial(b);
        int dq = x[0] - y[0];
        int dr = x[1] - y[1];
        return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2 == 1;
    }

    /** Each locality's hexes form one connected group. */
    private static void assertTogether(WardLayout layout) {
        Map<String, List<WardLayout.Hex>> byLocality = new LinkedHashMap<>();
        layout.hexes().forEach(h -> byLocality.computeIfAbsent(h.localityId(), k -> new ArrayList<>()).add(h));
        byLocality.forEach((l, hexes) -> {
            Set<WardLayout.Hex> seen = new HashSet<>();
            ArrayDeque<WardLayout.Hex> todo = new ArrayDeque<>(List.of(hexes.get(0)));
            while (!todo.isEmpty()) {
                WardLayout.Hex h = todo.pop();
                if (seen.add(h)) {
                    hexes.stream().filter(o -> adjacent(h, o)).forEach(todo::push);
                }
            }
            assertEquals(hexes.size(), seen.size(), l + "'s wards are together");
        });
    }

    @Test
    void everyWardOnceEachLocalityTogetherTheSameEveryTime() {
        List<Locality> localities = List.of(locality("a", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"),
                locality("b", "w9", "w10", "w11"), locality("c", "w12"), locality("d", "w13", "w14", "w3"));
        WardLayout layout = WardLayout.generate(localities, names(14), Map.of());
        assertEquals(15, layout.hexes().size(), "w3 is in two localities and drawn in each");
        assertEquals(List.of("a", "d"), layout.hexes().stream().filter(h -> h.wardId().equals("w3"))
                .map(WardLayout.Hex::localityId).toList());
        assertTogether(layout);
        assertEquals(layout, WardLayout.generate(localities, names(14), Map.of()), "deterministic");
    }

    @Test
    void aNorthernLocalitySitsAboveASouthernOne() {
        List<Locality> localities = List.of(locality("south", "w1", "w2"), locality("north", "w3", "w4"),
                locality("middle", "w5"), locality("far-south", "w6"));
        Map<String, GeoPoint> centroids = Map.of("w1", new GeoPoint(52.0, -2.7), "w2", new GeoPoint(52.01, -2.6),
                "w3", new GeoPoint(52.3, -2.7), "w4", new GeoPoint(52.31, -2.6), "w5", new GeoPoint(52.15, -2.9),
                "w6", new GeoPoint(51.9, -2.5));
        WardLayout layout = WardLayout.generate(localities, names(6), centroids);
        int north = layout.hexes().stream().filter(h -> h.localityId().equals("north")).mapToInt(WardLayout.Hex::r).min().orElseThrow();
        int farSouth = layout.hexes().stream().filter(h -> h.localityId().equals("far-south")).mapToInt(WardLayout.Hex::r)
                .max().orElseThrow();
        assertTrue(north > farSouth, "rows count upwards: north " + north + ", far south " + farSouth + " " + layout);
        assertTogether(layout);
    }

    @Test
    void noWardsNoHexesAndNoTwoWardsOnOneHex() {
        assertEquals(List.of(), WardLayout.generate(List.of(), Map.of(), Map.of()).hexes());
        ValidationException e = assertThrows(ValidationException.class, () -> new WardLayout(List.of(
                new WardLayout.Hex("w1", "One", "a", 0, 0), new WardLayout.Hex("w2", "Two", "a", 0, 0))));
        assertEquals("w2", e.value());
    }

    @Test
    void hexJsonHasTheLayoutAndEveryWard() throws Exception {
        WardLayout layout = WardLayout.generate(List.of(locality("a", "w1", "w2"), locality("b", "w3", "w2")),
                Map.of("w1", "One \"quoted\"", "w2", "Two", "w3", "Three"), Map.of());
        JsonNode json = new ObjectMapper().readTree(layout.toHexJson());
        assertEquals("odd-r", json.path("layout").asText());
        assertEquals(4, json.path("hexes").size(), "w2 is split: a hex in each locality");
        for (WardLayout.Hex h : layout.hexes()) {
            JsonNode hex = json.path("hexes").path(h.wardId().equals("w2") ? "w2@" + h.localityId() : h.wardId());
            assertEquals(h.wardId(), hex.path("ward").asText());
            assertEquals(h.q(), hex.path("q").asInt());
            assertEquals(h.r(), hex.path("r").asInt());
            assertEquals(h.name(), hex.path("n").asText());
            assertEquals(h.localityId(), hex.path("locality").asText());
        }
    }
}
