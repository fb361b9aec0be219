package org.localityworking.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The posting list against a {@link TreeSet} (or a {@link java.util.TreeMap}) doing the same adds, removes and replacements. */
class SortedRowsTest {
    private static List<String> list(SortedRows<String> ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(out::add);
        return out;
    }

    @Test
    void agreesWithATreeSetOverManyRandomAddsAndRemoves() {
        Random random = new Random(42);
        SortedRows<String> ids = new SortedRows<>(id -> id);
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

    /** A row is a pair (id, version): a replacement keeps the order and swaps the row; a copy is the list in order. */
    @Test
    void replacementsSwapTheRowWithTheSameIdAndCopiesAreInOrder() {
        Random random = new Random(7);
        SortedRows<String[]> rows = new SortedRows<>(r -> r[0]);
        java.util.TreeMap<String, String[]> model = new java.util.TreeMap<>();
        for (int step = 0; step < 60_000; step++) {
            String id = "r-" + random.nextInt(3_000);
            String[] row = {id, Integer.toString(step)};
            switch (random.nextInt(3)) {
                case 0 -> assertEquals(model.putIfAbsent(id, row) == null, rows.add(row), "add at step " + step);
                case 1 -> assertEquals(model.remove(id) != null, rows.remove(id), "remove at step " + step);
                default -> assertEquals(model.replace(id, row) != null, rows.replace(row), "replace at step " + step);
            }
        }
        List<String[]> copied = rows.copy(new String[0][]);
        assertEquals(new ArrayList<>(model.values()), copied);
        List<String[]> walked = new ArrayList<>();
        rows.forEach(walked::add);
        assertEquals(copied, walked);
        assertEquals(model.size(), rows.size());
    }

    @Test
    void ascendingAndDescendingLoadsStaySorted() {
        SortedRows<String> up = new SortedRows<>(id -> id);
        SortedRows<String> down = new SortedRows<>(id -> id);
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
