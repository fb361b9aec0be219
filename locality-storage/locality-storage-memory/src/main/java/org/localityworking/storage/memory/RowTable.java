package org.localityworking.storage.memory;

import java.util.Optional;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Consumer;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.spi.KindReader;

/**
 * The rows of one kind by id, and the kind's reader by id, in one object: an open-addressing table (linear probing)
 * of two arrays side by side, the ids in one and in the other, at the same index, each id's row held as the
 * {@code Optional} a read returns (made once when the row is written, so a read allocates nothing).
 *
 * <p>Why not a {@link java.util.concurrent.ConcurrentHashMap}: at a national body's million rows, every object a read
 * touches is a cache miss and often a miss of the address translation too. Such a map reaches its row through a node
 * of its own, and the read then fetches the row itself to check its type (the map's values are {@code Object}s), a
 * chain of three dependent fetches. Here a read fetches the id's slot and the row's slot, two places whose addresses
 * are both known once the slot's index is, so the processor fetches them at once; the row array's type is the
 * {@code Optional} a read returns, so the row itself is never fetched. The table also takes less room: two references
 * of 4 bytes a slot, at most half the slots used (16 to 32 bytes a row), where such a map takes about 40 (its table's
 * slot and a node of 32 bytes).
 *
 * <p>Writes ({@link #put}, {@link #remove}) are made under the backend's write lock. A read by id takes no lock: it
 * reads optimistically and reads again under the backend's read lock when a commit ran meanwhile, so no reader sees
 * half a unit of work, a slot half written or a table half grown. An optimistic read ends within the table's length
 * and throws nothing however the slots it sees are arranged, even the ids of a grown table beside the old rows.
 *
 * @param <T> the kind's records
 */
final class RowTable<T> implements KindReader<T> {
    private static final int FIRST_CAPACITY = 16;

    private final StampedLock lock;
    /** The ids, a power of two of slots; replaced, with {@link #rows}, by arrays twice as long when the table grows. */
    private String[] ids = new String[FIRST_CAPACITY];
    /** Each id's row at the id's index. */
    private Optional<Versioned<T>>[] rows = newRows(FIRST_CAPACITY);
    private int size;

    @SuppressWarnings("unchecked")
    private static <T> Optional<Versioned<T>>[] newRows(int capacity) {
        return (Optional<Versioned<T>>[]) new Optional<?>[capacity];
    }

    RowTable(StampedLock lock) {
        this.lock = lock;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Kept small, so that the compiler can inline it into a caller's loop even after compiling it on its own
     * (a method compiled larger than {@code -XX:InlineSmallCode} is called, not inlined): the usual case, an id that
     * is the very object stored, is one walk comparing references; any other case is {@link #readAgain}.
     */
    @Override
    public Optional<Versioned<T>> read(String id) {
        long stamp = lock.tryOptimisticRead();
        Optional<Versioned<T>> found = sameId(ids, rows, id);
        if (found == null || !lock.validate(stamp)) {
            return readAgain(id);
        }
        return found;
    }

    /** A read that found no row by reference, or that a commit ran through: every walk, then the lock if need be. */
    private Optional<Versioned<T>> readAgain(String id) {
        long stamp = lock.tryOptimisticRead();
        Optional<Versioned<T>> found = find(id);
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                found = find(id);
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return found != null ? found : Optional.empty();
    }

    /**
     * {@return the row with the id, or null}
     *
     * <p>The run of slots from the id's home is walked first comparing references only: an id read from a stored
     * record is the very object the table holds, and a comparison of characters with each other id met on the way
     * would fetch that id's object and its characters from the heap (two cache misses a collision at a million
     * rows). An equal id that is another object is found by a second walk that compares hash codes (kept in each
     * string) before characters.
     */
    private Optional<Versioned<T>> find(String id) {
        String[] ids = this.ids;
        Optional<Versioned<T>>[] rows = this.rows;
        Optional<Versioned<T>> found = sameId(ids, rows, id);
        return found != null ? found : equalId(ids, rows, id);
    }

    /**
     * {@return the row whose id is this very object, or null} Walks the slots from the id's home to a free one. By
     * reference on purpose: {@link #equalId} follows when this finds nothing.
     */
    @SuppressWarnings("ReferenceEquality")
    private static <T> Optional<Versioned<T>> sameId(String[] ids, Optional<Versioned<T>>[] rows, String id) {
        int mask = ids.length - 1;
        int i = home(id, ids.length);
        for (int probes = ids.length; probes > 0; probes--) {
            String k = ids[i];
            if (k == id || k == null) {
                return k == null || i >= rows.length ? null : rows[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** {@return the row whose id equals this one, or null} The same walk comparing hash codes, then characters. */
    private static <T> Optional<Versioned<T>> equalId(String[] ids, Optional<Versioned<T>>[] rows, String id) {
        int mask = ids.length - 1;
        int hash = id.hashCode();
        int i = home(id, ids.length);
        for (int probes = ids.length; probes > 0; probes--) {
            String k = ids[i];
            if (k == null) {
                return null;
            }
            if (k.hashCode() == hash && k.equals(id)) {
                return i < rows.length ? rows[i] : null;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /**
     * {@return the id's home slot} The id's hash code mixed by MurmurHash3's finaliser, whose every output bit depends
     * on every input bit: ids such as {@code a0000000} to {@code a0999999} have hash codes on a lattice (31 apart,
     * 961 apart, ...) that a plain mask or a multiplier alone leaves clustered (at a million such ids in two million
     * slots, 5.2 and 2.0 probes a read on average against 1.46 mixed, a random table's figure). Then as many high bits
     * as pick one of the {@code 2^k} slots: a shift of {@code 32 - k}.
     *
     * @param capacity a power of two, at least 2
     */
    private static int home(String id, int capacity) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h >>> (Integer.numberOfLeadingZeros(capacity) + 1);
    }

    /** {@return the row with the id, if stored} For callers holding the backend's lock, read or write. */
    Optional<Versioned<T>> get(String id) {
        Optional<Versioned<T>> found = find(id);
        return found != null ? found : Optional.empty();
    }

    int size() {
        return size;
    }

    /** {@return the slot holding the id, or the free slot that ends its run} */
    private static int slotOf(String[] ids, String id) {
        int mask = ids.length - 1;
        int i = home(id, ids.length);
        while (ids[i] != null && !ids[i].equals(id)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Holds the row under its id, in place of the row the id had. Under the backend's write lock.
     *
     * @return the row it replaced, or null
     */
    Optional<Versioned<T>> put(String id, Optional<Versioned<T>> row) {
        int i = slotOf(ids, id);
        if (ids[i] != null) {
            Optional<Versioned<T>> old = rows[i];
            rows[i] = row; // one reference written: a reader sees the old row or the new
            return old;
        }
        if (size + 1 > ids.length >>> 1) { // at most half the slots used: 1.5 probes a read, for any number of rows
            grow();
            i = slotOf(ids, id);
        }
        rows[i] = row;
        ids[i] = id;
        size++;
        return null;
    }

    /**
     * Takes the id's row out, moving back the rows after it that probed past its slot, so that every row stays
     * reachable from its home with no gap on the way. Under the backend's write lock.
     *
     * @return the row taken out, or null
     */
    Optional<Versioned<T>> remove(String id) {
        int mask = ids.length - 1;
        int gap = slotOf(ids, id);
        if (ids[gap] == null) {
            return null;
        }
        Optional<Versioned<T>> old = rows[gap];
        for (int j = (gap + 1) & mask; ids[j] != null; j = (j + 1) & mask) {
            int h = home(ids[j], ids.length);
            // the row at j may fill the gap when its home is not between the gap (exclusive) and j (inclusive)
            if (((j - h) & mask) >= ((j - gap) & mask)) {
                rows[gap] = rows[j];
                ids[gap] = ids[j];
                gap = j;
            }
        }
        ids[gap] = null;
        rows[gap] = null;
        size--;
        return old;
    }

    /** Gives each row to the action, in no particular order. Under the backend's lock, read or write. */
    void forEach(Consumer<? super Versioned<T>> action) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                action.accept(rows[i].orElseThrow());
            }
        }
    }

    /**
     * Twice the slots, filled before they are published. A reader with no lock may see the new ids beside the old
     * rows: it checks each index against the rows' length, and its stamp, no longer valid, sends it to the lock.
     */
    private void grow() {
        String[] oldIds = ids;
        Optional<Versioned<T>>[] oldRows = rows;
        String[] newIds = new String[oldIds.length * 2];
        Optional<Versioned<T>>[] newRows = newRows(newIds.length);
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] != null) {
                int i = slotOf(newIds, oldIds[j]);
                newIds[i] = oldIds[j];
                newRows[i] = oldRows[j];
            }
        }
        rows = newRows;
        ids = newIds;
    }
}
