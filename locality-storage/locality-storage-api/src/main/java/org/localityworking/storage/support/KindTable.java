package org.localityworking.storage.support;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;

/**
 * A fixed map from the kinds a store holds to one value each (a backend's table or file per kind), for the
 * read path: a look-up is one identity hash and, almost always, one array probe, with no division, no
 * {@code equals} and no allocation. Built once when a backend opens; immutable and thread-safe.
 *
 * @param <V> the value kept for each kind
 */
@API(status = STABLE, since = "1.0")
public final class KindTable<V> {
    /** Each kind beside its value (kind at an even index, value after it), so a probe reads one array. */
    private final Object[] slots;
    private final int mask;

    private KindTable(Kind<?>[] keys, Object[] values) {
        this.slots = new Object[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            slots[2 * i] = keys[i];
            slots[2 * i + 1] = values[i];
        }
        this.mask = keys.length - 1;
    }

    /**
     * {@return the table}
     *
     * @param kinds the kinds
     * @param value the value for each kind, made once here
     * @param <V>   the value type
     * @throws StorageException when a kind is given twice or a value is missing
     */
    public static <V> KindTable<V> of(Collection<Kind<?>> kinds, Function<Kind<?>, V> value) {
        int size = Integer.highestOneBit(Math.max(4, kinds.size() * 4) - 1) << 1;
        Kind<?>[] keys = new Kind<?>[size];
        Object[] values = new Object[size];
        for (Kind<?> kind : kinds) {
            int i = System.identityHashCode(kind) & (size - 1);
            while (keys[i] != null) {
                if (keys[i] == kind) {
                    throw new StorageException("The kind " + kind.name() + " was given twice");
                }
                i = (i + 1) & (size - 1);
            }
            V v = value.apply(kind);
            if (v == null) {
                throw new StorageException("No value for the kind " + kind.name());
            }
            keys[i] = kind;
            values[i] = v;
        }
        return new KindTable<>(keys, values);
    }

    /**
     * {@return the kind's value}
     *
     * @param kind    the kind
     * @param missing makes the exception for a kind the table does not hold (called only then)
     */
    @SuppressWarnings("unchecked")
    public V get(Kind<?> kind, Function<Kind<?>, ? extends RuntimeException> missing) {
        int i = System.identityHashCode(kind) & mask;
        Object k;
        while ((k = slots[2 * i]) != kind) {
            if (k == null) {
                throw missing.apply(kind);
            }
            i = (i + 1) & mask;
        }
        return (V) slots[2 * i + 1];
    }

    /** {@return the kind's value, if the table holds the kind} */
    @SuppressWarnings("unchecked")
    public Optional<V> find(Kind<?> kind) {
        int i = System.identityHashCode(kind) & mask;
        Object k;
        while ((k = slots[2 * i]) != kind) {
            if (k == null) {
                return Optional.empty();
            }
            i = (i + 1) & mask;
        }
        return Optional.of((V) slots[2 * i + 1]);
    }
}
