package org.localityworking.storage.memory;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The ids under one index key (a posting list), kept sorted in blocks of at most {@value #BLOCK} references:
 * about 4 to 8 bytes an id (a hash-set entry costs about 40), adds and removes in O(log n + BLOCK), and
 * iteration in id order. Not thread-safe: the backend's lock guards it.
 */
final class SortedIds {
    /** The most ids one block holds; a full block splits in two. */
    static final int BLOCK = 512;

    private String[][] blocks = new String[1][];
    private int[] sizes = new int[1];
    private int blockCount;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** @return the block that holds, or would hold, the id: the last whose first id is not after it */
    private int blockOf(String id) {
        int lo = 0;
        int hi = blockCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blocks[mid][0].compareTo(id) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** {@return whether the id was added (false when it was there already)} */
    boolean add(String id) {
        if (blockCount == 0) {
            blocks[0] = new String[4];
            blocks[0][0] = id;
            sizes[0] = 1;
            blockCount = 1;
            size = 1;
            return true;
        }
        int b = blockOf(id);
        int at = Arrays.binarySearch(blocks[b], 0, sizes[b], id);
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
        String[] block = blocks[b];
        int n = sizes[b];
        if (n == block.length) {
            block = blocks[b] = Arrays.copyOf(block, Math.min(BLOCK, n * 2));
        }
        System.arraycopy(block, at, block, at + 1, n - at);
        block[at] = id;
        sizes[b] = n + 1;
        size++;
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
        String[] full = blocks[b];
        String[] second = new String[BLOCK];
        System.arraycopy(full, BLOCK / 2, second, 0, BLOCK / 2);
        Arrays.fill(full, BLOCK / 2, BLOCK, null);
        blocks[b + 1] = second;
        sizes[b] = BLOCK / 2;
        sizes[b + 1] = BLOCK / 2;
        blockCount++;
    }

    /** {@return whether the id was there (and is now gone)} */
    boolean remove(String id) {
        if (blockCount == 0) {
            return false;
        }
        int b = blockOf(id);
        String[] block = blocks[b];
        int n = sizes[b];
        int at = Arrays.binarySearch(block, 0, n, id);
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

    /** {@return whether the id is here} */
    boolean contains(String id) {
        if (blockCount == 0) {
            return false;
        }
        int b = blockOf(id);
        return Arrays.binarySearch(blocks[b], 0, sizes[b], id) >= 0;
    }

    /** Gives every id, in order. */
    void forEach(Consumer<String> action) {
        for (int b = 0; b < blockCount; b++) {
            String[] block = blocks[b];
            for (int i = 0, n = sizes[b]; i < n; i++) {
                action.accept(block[i]);
            }
        }
    }
}
