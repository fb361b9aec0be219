package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;

/**
 * What to select: every value given must match (AND); the date range is inclusive at both ends. Results come in
 * id order, and a query may ask for one page of them: the first {@link #limit} records whose ids come after
 * {@link #after} (keyset paging: pass the last id of one page to get the next).
 * <pre>{@code
 * Query<Asset> physical = Query.of(StandardKinds.ASSET).locality("sale").where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL);
 * List<Versioned<Asset>> page = store.query(StandardKinds.ASSET, physical.limit(50));
 * List<Versioned<Asset>> next = store.query(StandardKinds.ASSET, physical.after(lastIdOf(page)).limit(50));
 * }</pre>
 * The type parameter ties a query to a kind's records once it asks a typed {@link Key}: a key of another kind, or
 * a value of the wrong type, does not compile. {@link #all()} and {@link #of} start a query; {@link #with} and
 * {@link #without} speak the index's untyped {@link Dimension}s, for storage backends and generic tools.
 *
 * @param councilId  records of this council
 * @param localityId records of this locality
 * @param wardId     records in this ward
 * @param category   records with this value on the {@link Dimension#CATEGORY} index (set it through a {@link Key})
 * @param status     records with this value on the {@link Dimension#STATUS} index (set it through a {@link Key})
 * @param parentId   records hanging off this aggregate (for example a grant scheme's id)
 * @param personId   records that refer to this person
 * @param from       records dated on or after this day
 * @param to         records dated on or before this day
 * @param after      only records whose id comes after this one (in {@link String#compareTo} order)
 * @param limit      at most this many records (1 or more)
 * @param <T>        the type of the records the query is for ({@code Object} until a typed key is asked)
 */
@API(status = STABLE, since = "1.0")
public record Query<T>(Optional<String> councilId, Optional<String> localityId, Optional<String> wardId,
                       Optional<String> category, Optional<String> status, Optional<String> parentId,
                       Optional<String> personId, Optional<LocalDate> from, Optional<LocalDate> to,
                       Optional<String> after, OptionalInt limit) {
    /** Checks the components: none is null, the date range is in order and a limit is 1 or more. */
    public Query {
        for (Object o : new Object[] {councilId, localityId, wardId, category, status, parentId, personId, from, to,
                after, limit}) {
            if (o == null) {
                throw new ValidationException("Query", "null", "no component may be null; use Optional.empty()");
            }
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new ValidationException("Query.to", to.get().toString(), "must not be before Query.from (" + from.get() + ")");
        }
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new ValidationException("Query.limit", Integer.toString(limit.getAsInt()), "must be 1 or more");
        }
    }

    /** {@return a query that selects every record of a kind} */
    public static <T> Query<T> all() {
        Optional<String> none = Optional.empty();
        return new Query<>(none, none, none, none, none, none, none, Optional.empty(), Optional.empty(), none,
                OptionalInt.empty());
    }

    /** {@return a query that selects every record of the kind, typed for it (so that its keys can be asked)} */
    public static <T> Query<T> of(Kind<T> kind) {
        return all();
    }

    /** {@return this query, also requiring the council} */
    public Query<T> council(String id) {
        return with(Dimension.COUNCIL, id);
    }

    /** {@return this query, also requiring the locality} */
    public Query<T> locality(String id) {
        return with(Dimension.LOCALITY, id);
    }

    /** {@return this query, also requiring the ward} */
    public Query<T> ward(String id) {
        return with(Dimension.WARD, id);
    }

    /** {@return this query, also requiring the parent aggregate} */
    public Query<T> parent(String id) {
        return with(Dimension.PARENT, id);
    }

    /** {@return this query, also requiring a reference to the person} */
    public Query<T> person(String id) {
        return with(Dimension.PERSON, id);
    }

    /**
     * {@return this query, for records of the key's kind, also requiring the value (replacing any value asked of
     *         the key's dimension before)}
     *
     * @param key   a key of the kind's records (a standard one from {@link Keys}, or one of your kind's)
     * @param value the value to require
     */
    public <U extends T, V> Query<U> where(Key<U, V> key, V value) {
        Query<T> q = with(key.dimension(), key.encode(value));
        return new Query<>(q.councilId, q.localityId, q.wardId, q.category, q.status, q.parentId, q.personId, q.from,
                q.to, q.after, q.limit);
    }

    /** {@return this query, also requiring a date within the inclusive range} */
    public Query<T> between(LocalDate first, LocalDate last) {
        return new Query<>(councilId, localityId, wardId, category, status, parentId, personId, Optional.of(first),
                Optional.of(last), after, limit);
    }

    /** {@return this query, selecting only records whose id comes after the given one (the last of a page)} */
    public Query<T> after(String id) {
        if (id == null || id.isEmpty()) {
            throw new ValidationException("Query.after", String.valueOf(id), "must be a record id");
        }
        return new Query<>(councilId, localityId, wardId, category, status, parentId, personId, from, to,
                Optional.of(id), limit);
    }

    /** {@return this query, selecting at most this many records (the first ones in id order)} */
    public Query<T> limit(int count) {
        return new Query<>(councilId, localityId, wardId, category, status, parentId, personId, from, to, after,
                OptionalInt.of(count));
    }

    /** {@return whether the query asks for a page ({@link #after} or {@link #limit}) rather than every match} */
    public boolean isPaged() {
        return after.isPresent() || limit.isPresent();
    }

    /** {@return this query without {@link #after} and {@link #limit}: every match (this query, when it has no page)} */
    public Query<T> unpaged() {
        if (!isPaged()) {
            return this;
        }
        return new Query<>(councilId, localityId, wardId, category, status, parentId, personId, from, to,
                Optional.empty(), OptionalInt.empty());
    }

    /**
     * {@return the page this query asks for: the first {@link #limit} of them whose ids come after {@link #after}}
     *
     * @param kind    the kind of the records
     * @param matches every record the unpaged query selects, in id order
     */
    public <U> List<Versioned<U>> page(Kind<U> kind, List<Versioned<U>> matches) {
        if (!isPaged()) {
            return matches;
        }
        int from = 0;
        if (after.isPresent()) {
            int lo = 0;
            int hi = matches.size();
            while (lo < hi) { // the first id greater than after: the list is in id order
                int mid = (lo + hi) >>> 1;
                if (kind.id(matches.get(mid).value()).compareTo(after.get()) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            from = lo;
        }
        int to = limit.isPresent() ? (int) Math.min(matches.size(), (long) from + limit.getAsInt()) : matches.size();
        return List.copyOf(matches.subList(from, to));
    }

    /**
     * {@return this query, also requiring the value on the dimension (replacing any value it had there); for
     *         storage backends and generic tools: an embedder asks typed {@link Key}s with {@link #where}}
     *
     * @param dimension a key dimension (every dimension but DATE)
     * @param value     the value to require on it, as the index holds it
     */
    public Query<T> with(Dimension dimension, String value) {
        if (value == null) {
            throw new ValidationException("Query." + dimension.name().toLowerCase(Locale.ROOT), "null", "must be given");
        }
        Optional<String> v = Optional.of(value);
        return switch (dimension) {
            case COUNCIL -> new Query<>(v, localityId, wardId, category, status, parentId, personId, from, to, after, limit);
            case LOCALITY -> new Query<>(councilId, v, wardId, category, status, parentId, personId, from, to, after, limit);
            case WARD -> new Query<>(councilId, localityId, v, category, status, parentId, personId, from, to, after, limit);
            case CATEGORY -> new Query<>(councilId, localityId, wardId, v, status, parentId, personId, from, to, after, limit);
            case STATUS -> new Query<>(councilId, localityId, wardId, category, v, parentId, personId, from, to, after, limit);
            case PARENT -> new Query<>(councilId, localityId, wardId, category, status, v, personId, from, to, after, limit);
            case PERSON -> new Query<>(councilId, localityId, wardId, category, status, parentId, v, from, to, after, limit);
            case DATE -> throw new ValidationException("Query.with", "DATE", "a date range is set with between()");
        };
    }

    /** {@return this query without its condition on the dimension (for DATE: without its date range)} */
    public Query<T> without(Dimension dimension) {
        Optional<String> none = Optional.empty();
        return switch (dimension) {
            case COUNCIL -> new Query<>(none, localityId, wardId, category, status, parentId, personId, from, to, after, limit);
            case LOCALITY -> new Query<>(councilId, none, wardId, category, status, parentId, personId, from, to, after, limit);
            case WARD -> new Query<>(councilId, localityId, none, category, status, parentId, personId, from, to, after, limit);
            case CATEGORY -> new Query<>(councilId, localityId, wardId, none, status, parentId, personId, from, to, after, limit);
            case STATUS -> new Query<>(councilId, localityId, wardId, category, none, parentId, personId, from, to, after, limit);
            case PARENT -> new Query<>(councilId, localityId, wardId, category, status, none, personId, from, to, after, limit);
            case PERSON -> new Query<>(councilId, localityId, wardId, category, status, parentId, none, from, to, after, limit);
            case DATE -> new Query<>(councilId, localityId, wardId, category, status, parentId, personId,
                    Optional.empty(), Optional.empty(), after, limit);
        };
    }

    /** {@return the dimensions this query selects on} */
    public Set<Dimension> dimensions() {
        EnumSet<Dimension> d = EnumSet.noneOf(Dimension.class);
        councilId.ifPresent(x -> d.add(Dimension.COUNCIL));
        localityId.ifPresent(x -> d.add(Dimension.LOCALITY));
        wardId.ifPresent(x -> d.add(Dimension.WARD));
        category.ifPresent(x -> d.add(Dimension.CATEGORY));
        status.ifPresent(x -> d.add(Dimension.STATUS));
        parentId.ifPresent(x -> d.add(Dimension.PARENT));
        personId.ifPresent(x -> d.add(Dimension.PERSON));
        if (from.isPresent() || to.isPresent()) {
            d.add(Dimension.DATE);
        }
        return d;
    }

    /** {@return the value this query requires on a key dimension (every dimension but DATE), if any} */
    public Optional<String> value(Dimension dimension) {
        return switch (dimension) {
            case COUNCIL -> councilId;
            case LOCALITY -> localityId;
            case WARD -> wardId;
            case CATEGORY -> category;
            case STATUS -> status;
            case PARENT -> parentId;
            case PERSON -> personId;
            case DATE -> Optional.empty();
        };
    }

    /**
     * Refuses a query on a dimension the kind does not have.
     *
     * @throws ValidationException naming the query field and the kind
     */
    public void requireSupportedBy(Kind<?> kind) {
        Set<Dimension> has = kind.dimensions();
        if ((councilId.isEmpty() || has.contains(Dimension.COUNCIL))
                && (localityId.isEmpty() || has.contains(Dimension.LOCALITY))
                && (wardId.isEmpty() || has.contains(Dimension.WARD))
                && (category.isEmpty() || has.contains(Dimension.CATEGORY))
                && (status.isEmpty() || has.contains(Dimension.STATUS))
                && (parentId.isEmpty() || has.contains(Dimension.PARENT))
                && (personId.isEmpty() || has.contains(Dimension.PERSON))
                && ((from.isEmpty() && to.isEmpty()) || has.contains(Dimension.DATE))) {
            return; // the usual answer, asked on every query: no set is built
        }
        for (Dimension d : dimensions()) {
            if (!kind.dimensions().contains(d)) {
                throw new ValidationException("Query." + d.name().toLowerCase(Locale.ROOT),
                        value(d).orElse(from.map(Object::toString).orElse("") + ".." + to.map(Object::toString).orElse("")),
                        kind.name() + " records can be queried by " + kind.dimensions() + " only");
            }
        }
    }

    /** {@return whether a record's date falls in the range (a record without a date never does when a range is set)} */
    public boolean dateMatches(Optional<LocalDate> date) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        return date.map(d -> from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true))
                .orElse(false);
    }

    /**
     * {@return whether the record matches every condition of this query that the record itself can answer (its
     *         page apart): a dimension the kind {@linkplain Kind#derives derives} through other records (a council
     *         reached through a locality) never matches here; the store answers it}
     */
    public <U> boolean matches(Kind<U> kind, U value) {
        for (Dimension d : Dimension.values()) {
            if (d == Dimension.DATE) {
                if (!dateMatches(kind.date(value))) {
                    return false;
                }
            } else if (value(d).isPresent() && !kind.hasKey(value, d, value(d).get())) {
                return false;
            }
        }
        return true;
    }
}
