package org.localityworking.storage.memory;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rows under one index key (a posting list), kept sorted by id in blocks of at most {@value #BLOCK}
 * references: about 4 to 8 bytes a row (a hash-set entry costs about 40), adds, removes and replacements in
 * O(log n + BLOCK), and iteration in id order. It holds the rows themselves, not their ids, so a query answered by
 * one posting list copies it out and looks nothing up; the price is paid by writes, which {@link #replace} a
 * changed row in every posting list that holds it. Not thread-safe: the backend's lock guards it.
 *
 * @param <R> the rows
 */
final class SortedRows<R> {
    /** The most rows one block holds; a full block splits in two. */
    static final int BLOCK = 512;

    private final Function<? super R, String> idOf;
    private Object[][] blocks = new Object[1][];
    private int[] sizes = new int[1];
    private int blockCount;
    private int size;

    /** @param idOf each row's id, the order the rows are kept in */
    SortedRows(Function<? super R, String> idOf) {
        this.idOf = idOf;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    private String idAt(Object[] block, int i) {
        return idOf.apply((R) block[i]);
    }

    /** @return the block that holds, or would hold, the id: the last whose first row's id is not after it */
    private int blockOf(String id) {
        int lo = 0;
        int hi = blockCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (idAt(blocks[mid], 0).compareTo(id) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** @return the id's position in the block, or {@code -(insertion point) - 1} */
    private int search(Object[] block, int n, String id) {
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = idAt(block, mid).compareTo(id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** {@return whether the row was added (false when a row with its id was there already, which stays)} */
    boolean add(R row) {
        String id = idOf.apply(row);
        if (blockCount == 0) {
            blocks[0] = new Object[4];
            blocks[0][0] = row;
            sizes[0] = 1;
            blockCount = 1;
            size = 1;
            return true;
        }
        int b = blockOf(id);
        int at = search(blocks[b], sizes[b], id);
        if (at >= 0) {
            return false;
        }
        at = -at - 1;
        if (sizes[b] == BLOCK) {
            split(b);
            if (at > BLOCK / 2) {
                b++;
                at -= BLOCK / 2;
            }
        }
        Object[] block = blocks[b];
        int n = sizes[b];
        if (n == block.length) {
            block = blocks[b] = Arrays.copyOf(block, Math.min(BLOCK, n * 2));
        }
        System.arraycopy(block, at, block, at + 1, n - at);
        block[at] = row;
        sizes[b] = n + 1;
        size++;
        return true;
    }

    /** {@return whether a row with the same id was here (and is now this one)} */
    boolean replace(R row) {
        if (blockCount == 0) {
            return false;
        }
        String id = idOf.apply(row);
        int b = blockOf(id);
        int at = search(blocks[b], sizes[b], id);
        if (at < 0) {
            return false;
        }
        blocks[b][at] = row;
        return true;
    }

    /** Splits a full block into two halves, the second inserted after it. */
    private void split(int b) {
        if (blockCount == blocks.length) {
            blocks = Arrays.copyOf(blocks, blockCount * 2);
            sizes = Arrays.copyOf(sizes, blockCount * 2);
        }
        System.arraycopy(blocks, b + 1, blocks, b + 2, blockCount - b - 1);
        System.arraycopy(sizes, b + 1, sizes, b + 2, blockCount - b - 1);
        Object[] full = blocks[b];
        Object[] second = new Object[BLOCK];
        System.arraycopy(full, BLOCK / 2, second, 0, BLOCK / 2);
        Arrays.fill(full, BLOCK / 2, BLOCK, null);
        blocks[b + 1] = second;
        sizes[b] = BLOCK / 2;
        sizes[b + 1] = BLOCK / 2;
        blockCount++;
    }

    /** {@return whether a row with the id was there (and is now gone)} */
    boolean remove(String id) {
        if (blockCount == 0) {
            return false;
        }
        int b = blockOf(id);
        Object[] block = blocks[b];
        int n = sizes[b];
        int at = search(block, n, id);
        if (at < 0) {
            return false;
        }
        System.arraycopy(block, at + 1, block, at, n - at - 1);
        block[n - 1] = null;
        sizes[b] = n - 1;
        size--;
        if (n == 1) {
            System.arraycopy(blocks, b + 1, blocks, b, blockCount - b - 1);
            System.arraycopy(sizes, b + 1, sizes, b, blockCount - b - 1);
            blockCount--;
            blocks[blockCount] = null;
        } else if (n - 1 <= block.length / 4 && block.length > 4) {
            blocks[b] = Arrays.copyOf(block, Math.max(4, block.length / 2));
        }
        return true;
    }

    /** {@return whether a row with the id is here} */
    boolean contains(String id) {
        if (blockCount == 0) {
            return false;
        }
        int b = blockOf(id);
        return search(blocks[b], sizes[b], id) >= 0;
    }

    /** Gives every row, in id order. */
    @SuppressWarnings("unchecked")
    void forEach(Consumer<? super R> action) {
        for (int b = 0; b < blockCount; b++) {
            Object[] block = blocks[b];
            for (int i = 0, n = sizes[b]; i < n; i++) {
                action.accept((R) block[i]);
            }
        }
    }

    /**
     * {@return every row in id order, copied out block by block into a new list of fixed size}
     *
     * @param empty an empty array of the rows' type, for the list's own array
     */
    List<R> copy(R[] empty) {
        R[] out = Arrays.copyOf(empty, size);
        int at = 0;
        for (int b = 0; b < blockCount; b++) {
            int n = sizes[b];
            System.arraycopy(blocks[b], 0, out, at, n);
            at += n;
        }
        return Arrays.asList(out);
    }
}
