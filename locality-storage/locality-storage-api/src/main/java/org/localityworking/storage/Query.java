package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;

/**
 * What to select: every value given must match (AND). The date range is inclusive at both ends.
 * Build it from {@link #all()}: {@code Query.all().locality("sale").category("PHYSICAL")}.
 *
 * @param councilId  records of this council
 * @param localityId records of this locality
 * @param wardId     records in this ward
 * @param category   records of this category (an enum constant's name, for example {@code PHYSICAL})
 * @param status     records with this status (for example {@code ACTIVE})
 * @param parentId   records hanging off this aggregate (for example a grant scheme's id)
 * @param personId   records that refer to this person
 * @param from       records dated on or after this day
 * @param to         records dated on or before this day
 */
@API(status = STABLE, since = "1.0")
public record Query(Optional<String> councilId, Optional<String> localityId, Optional<String> wardId,
                    Optional<String> category, Optional<String> status, Optional<String> parentId,
                    Optional<String> personId, Optional<LocalDate> from, Optional<LocalDate> to) {
    public Query {
        for (var o : new Optional<?>[] {councilId, localityId, wardId, category, status, parentId, personId, from, to}) {
            if (o == null) {
                throw new ValidationException("Query", null, "no component may be null; use Optional.empty()");
            }
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new ValidationException("Query.to", to.get().toString(), "must not be before Query.from (" + from.get() + ")");
        }
    }

    /** @return a query that selects every record of a kind */
    public static Query all() {
        return new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return this query, also requiring the council */
    public Query council(String id) {
        return new Query(Optional.of(id), localityId, wardId, category, status, parentId, personId, from, to);
    }

    /** @return this query, also requiring the locality */
    public Query locality(String id) {
        return new Query(councilId, Optional.of(id), wardId, category, status, parentId, personId, from, to);
    }

    /** @return this query, also requiring the ward */
    public Query ward(String id) {
        return new Query(councilId, localityId, Optional.of(id), category, status, parentId, personId, from, to);
    }

    /** @return this query, also requiring the category */
    public Query category(String value) {
        return new Query(councilId, localityId, wardId, Optional.of(value), status, parentId, personId, from, to);
    }

    /** @return this query, also requiring the category */
    public Query category(Enum<?> value) {
        return category(value.name());
    }

    /** @return this query, also requiring the status */
    public Query status(String value) {
        return new Query(councilId, localityId, wardId, category, Optional.of(value), parentId, personId, from, to);
    }

    /** @return this query, also requiring the status */
    public Query status(Enum<?> value) {
        return status(value.name());
    }

    /** @return this query, also requiring the parent aggregate */
    public Query parent(String id) {
        return new Query(councilId, localityId, wardId, category, status, Optional.of(id), personId, from, to);
    }

    /** @return this query, also requiring a reference to the person */
    public Query person(String id) {
        return new Query(councilId, localityId, wardId, category, status, parentId, Optional.of(id), from, to);
    }

    /** @return this query, also requiring a date within the inclusive range */
    public Query between(LocalDate first, LocalDate last) {
        return new Query(councilId, localityId, wardId, category, status, parentId, personId, Optional.of(first),
                Optional.of(last));
    }

    /**
     * @param dimension a key dimension (every dimension but DATE)
     * @param value     the value to require on it
     * @return this query, also requiring the value on the dimension (replacing any value it had there)
     */
    public Query with(Dimension dimension, String value) {
        return switch (dimension) {
            case COUNCIL -> council(value);
            case LOCALITY -> locality(value);
            case WARD -> ward(value);
            case CATEGORY -> category(value);
            case STATUS -> status(value);
            case PARENT -> parent(value);
            case PERSON -> person(value);
            case DATE -> throw new ValidationException("Query.with", "DATE", "a date range is set with between()");
        };
    }

    /** @return this query without its condition on the dimension (for DATE: without its date range) */
    public Query without(Dimension dimension) {
        Optional<String> none = Optional.empty();
        return switch (dimension) {
            case COUNCIL -> new Query(none, localityId, wardId, category, status, parentId, personId, from, to);
            case LOCALITY -> new Query(councilId, none, wardId, category, status, parentId, personId, from, to);
            case WARD -> new Query(councilId, localityId, none, category, status, parentId, personId, from, to);
            case CATEGORY -> new Query(councilId, localityId, wardId, none, status, parentId, personId, from, to);
            case STATUS -> new Query(councilId, localityId, wardId, category, none, parentId, personId, from, to);
            case PARENT -> new Query(councilId, localityId, wardId, category, status, none, personId, from, to);
            case PERSON -> new Query(councilId, localityId, wardId, category, status, parentId, none, from, to);
            case DATE -> new Query(councilId, localityId, wardId, category, status, parentId, personId,
                    Optional.empty(), Optional.empty());
        };
    }

    /** @return the dimensions this query selects on */
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

    /** @return the value this query requires on a key dimension (every dimension but DATE), if any */
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
        for (Dimension d : dimensions()) {
            if (!kind.dimensions().contains(d)) {
                throw new ValidationException("Query." + d.name().toLowerCase(java.util.Locale.ROOT),
                        value(d).orElse(from.map(Object::toString).orElse("") + ".." + to.map(Object::toString).orElse("")),
                        kind.name() + " records can be queried by " + kind.dimensions() + " only");
            }
        }
    }

    /** @return whether a record's date falls in the range (a record without a date never does when a range is set) */
    public boolean dateMatches(Optional<LocalDate> date) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        return date.map(d -> from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true))
                .orElse(false);
    }

    /**
     * @return whether the record matches every part of this query that the record itself can answer: a
     *         dimension the kind {@linkplain Kind#derives derives} through other records (a council reached
     *         through a locality) never matches here; the store answers it
     */
    public <T> boolean matches(Kind<T> kind, T value) {
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
