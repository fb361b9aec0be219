package org.localityworking.core.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list whose size is known when it is made and whose elements are made when they are first read: a
 * built-in report hands one to the model for what only some formats read (a ward map's marker for each asset, which
 * HTML and JSON draw and Markdown and CSV only count), so a format that does not read them does not pay for them.
 *
 * <p>The elements are made once, by the supplier, from what the report read through its view (so the audience's
 * rules have applied to it), and checked as any list of the model is ({@link Checks#list}); the supplier is let go
 * once they are made. Safe to read from several threads. Internal (this package is exported only to the library's
 * own modules): no plug-in can make one, so a model made by a plug-in is checked when it is made, as before.
 *
 * @param <T> the element type
 */
public final class Deferred<T> extends AbstractList<T> implements RandomAccess {
    private final String field;
    private final int size;
    private Supplier<List<T>> make; // guarded by this; null once made
    private volatile List<T> made;

    /**
     * @param field the model's field, named if the supplier's list is wrong
     * @param size  how many elements the supplier makes
     * @param make  makes the elements; called at most once
     */
    public Deferred(String field, int size, Supplier<List<T>> make) {
        this.field = Objects.requireNonNull(field, "field");
        this.make = Objects.requireNonNull(make, "make");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        return made().get(index);
    }

    private List<T> made() {
        List<T> m = made;
        if (m == null) {
            synchronized (this) {
                m = made;
                if (m == null) {
                    m = Checks.list(field, make.get());
                    if (m.size() != size) {
                        throw new IllegalStateException(field + ": made " + m.size() + " elements, not " + size);
                    }
                    made = m;
                    make = null;
                }
            }
        }
        return m;
    }
}
