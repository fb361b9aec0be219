package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;

/**
 * A typed handle on one of a kind's index keys, as jOOQ's {@code TableField<R, T>} is on a column: a key of
 * {@code Asset} records whose values are {@code AssetCategory} constants. Queries are built from keys
 * ({@link Query#where}), so a value of the wrong type, or a key of another kind, does not compile:
 * <pre>{@code
 * store.query(StandardKinds.ASSET, Query.of(StandardKinds.ASSET).locality("sale").where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL));
 * store.query(StandardKinds.ASSET, Query.of(StandardKinds.ASSET).where(Keys.EVENT_KIND, EventKind.STAKEHOLDER_WORKSHOP));      // does not compile
 * store.query(StandardKinds.ASSET, Query.of(StandardKinds.ASSET).where(Keys.ASSET_CATEGORY, EventKind.STAKEHOLDER_WORKSHOP));  // does not compile
 * }</pre>
 * The standard kinds' keys are in {@link Keys}; a kind of your own declares its keys with {@link #of} or
 * {@link #ofEnum}. Underneath, a key names the {@link Dimension} the kind's records are indexed on and writes a
 * value as the text the index holds, so storage backends see no change.
 *
 * @param <T> the type of the kind's records
 * @param <V> the type of the key's values
 */
@API(status = STABLE, since = "1.0")
@SuppressWarnings("UnusedTypeParameter") // T is what ties a key to its kind's queries at compile time
public final class Key<T, V> {
    private final String kind;
    private final String name;
    private final Dimension dimension;
    private final Function<? super V, String> encode;

    private Key(String kind, String name, Dimension dimension, Function<? super V, String> encode) {
        this.kind = kind;
        this.name = name;
        this.dimension = dimension;
        this.encode = encode;
    }

    /**
     * {@return the key}
     *
     * @param kind      the kind whose records carry the key
     * @param name      the key's name, for messages (for example {@code category})
     * @param dimension the dimension the kind indexes the key on; the kind must declare it
     * @param encode    how a value is written in the index (what the kind's key function gives for a record)
     * @throws ValidationException when the kind does not declare the dimension, or it is {@link Dimension#DATE}
     */
    public static <T, V> Key<T, V> of(Kind<T> kind, String name, Dimension dimension, Function<? super V, String> encode) {
        Objects.requireNonNull(kind, "Key.kind");
        Objects.requireNonNull(encode, "Key.encode");
        if (name == null || name.isBlank()) {
            throw new ValidationException("Key.name", String.valueOf(name), "must not be blank");
        }
        if (dimension == null || dimension == Dimension.DATE || !kind.dimensions().contains(dimension)) {
            throw new ValidationException("Key.dimension", String.valueOf(dimension),
                    "must be a key dimension " + kind.name() + " records declare (" + kind.dimensions() + ")");
        }
        return new Key<>(kind.name(), name, dimension, encode);
    }

    /**
     * {@return a key whose values are the constants of an enum, written in the index by their names (as the
     *         standard kinds write theirs)}
     */
    public static <T, E extends Enum<E>> Key<T, E> ofEnum(Kind<T> kind, String name, Dimension dimension,
                                                         Class<E> type) {
        Objects.requireNonNull(type, "Key.type");
        return of(kind, name, dimension, Enum::name);
    }

    /** {@return the name of the kind whose records carry the key} */
    public String kind() {
        return kind;
    }

    /** {@return the key's name} */
    public String name() {
        return name;
    }

    /** {@return the dimension the key is indexed on} */
    public Dimension dimension() {
        return dimension;
    }

    /** {@return the value as the index holds it} */
    public String encode(V value) {
        return encode.apply(Objects.requireNonNull(value, () -> "the value of the key " + this));
    }

    @Override
    public String toString() {
        return kind + "." + name;
    }
}
