package org.localityworking.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The posting list against a {@link TreeSet} doing the same adds and removes. */
class SortedIdsTest {
    private static List<String> list(SortedIds ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(out::add);
        return out;
    }

    @Test
    void agreesWithATreeSetOverManyRandomAddsAndRemoves() {
        Random random = new Random(42);
        SortedIds ids = new SortedIds();
        TreeSet<String> model = new TreeSet<>();
        for (int step = 0; step < 200_000; step++) {
            // ids that are prefixes of one another, and enough of them to split and empty many blocks
            String id = "a-" + random.nextInt(5_000) + (random.nextBoolean() ? "" : "0");
            boolean add = step < 100_000 ? random.nextInt(4) != 0 : random.nextInt(4) == 0;
            assertEquals(add ? model.add(id) : model.remove(id), add ? ids.add(id) : ids.remove(id), "step " + step);
            if (step % 9_973 == 0) {
                assertEquals(new ArrayList<>(model), list(ids), "step " + step);
            }
        }
        assertEquals(new ArrayList<>(model), list(ids));
        assertEquals(model.size(), ids.size());
        for (String id : List.copyOf(model)) {
            assertEquals(true, ids.contains(id));
            ids.remove(id);
        }
        assertEquals(0, ids.size());
        assertEquals(List.of(), list(ids));
    }

    @Test
    void ascendingAndDescendingLoadsStaySorted() {
        SortedIds up = new SortedIds();
        SortedIds down = new SortedIds();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            expected.add(String.format("id-%05d", i));
        }
        expected.forEach(up::add);
        for (int i = expected.size() - 1; i >= 0; i--) {
            down.add(expected.get(i));
        }
        assertEquals(expected, list(up));
        assertEquals(expected, list(down));
    }
}
