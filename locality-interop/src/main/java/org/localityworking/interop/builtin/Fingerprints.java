package org.localityworking.interop.builtin;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * 64-bit fingerprints of ids, in a growing array: 8 bytes an id. An import keeps these instead of the ids to find
 * an id given twice in constant memory per row; a fingerprint more than one id shares is then confirmed against
 * the ids themselves (two ids can share one, rarely).
 */
final class Fingerprints {
    private long[] values = new long[1024];
    private int size;

    private boolean sorted = true;

    void add(String id) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = of(id);
        sorted = false;
    }

    /**
     * {@return whether an id with this id's fingerprint was added}: true for every id added, and, rarely, for one
     * that was not but shares a fingerprint (sorts the fingerprints in place the first time after an add)
     */
    boolean mayContain(String id) {
        sort();
        return Arrays.binarySearch(values, 0, size, of(id)) >= 0;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }

    /** {@return the fingerprints more than one id had (sorting them in place: asked once, at the end)} */
    Set<Long> shared() {
        sort();
        Set<Long> shared = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (values[i] == values[i - 1]) {
                shared.add(values[i]);
            }
        }
        return shared;
    }

    /** FNV-1a over the id's characters, 64 bits. */
    static long of(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
