package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Removes a person's name (and, made with {@link #ofPerson}, their e-mail address, phone number and address) from
 * free text: every text component of a record (and of the records, lists and
 * optionals inside it) has each whole-word occurrence of the person's full name, and then of each of its
 * words of three letters or more that starts with a capital, replaced by a marker. Works on any record type,
 * a council's own kinds included, through the record's components and canonical constructor (so the record
 * validates itself again); the record's id, keys and references are never touched. Erasure uses it with
 * {@link Kind#ERASED}; a subject access document uses it to keep other people's names out. Immutable.
 */
@API(status = STABLE, since = "1.0")
public final class NameRedaction {
    private final List<Pattern> patterns = new ArrayList<>();
    private final String replacement;

    /**
     * {@return the redaction}
     *
     * @param name        the person's name (an erased name matches nothing)
     * @param replacement what replaces it, for example {@link Kind#ERASED}
     */
    public static NameRedaction of(String name, String replacement) {
        return new NameRedaction(name, replacement);
    }

    /**
     * A redaction of everything that identifies the person in free text: their name (as {@link #of}), their
     * e-mail address and address (whole, in any case, and the address's first line alone), and their phone number (its digits, with or without
     * spaces, hyphens, dots or brackets between them, and with {@code +44} for a leading {@code 0}).
     *
     * @param person      the person, as stored before erasure
     * @param replacement what replaces each, for example {@link Kind#ERASED}
     * @return the redaction
     */
    public static NameRedaction ofPerson(org.localityworking.core.model.Person person, String replacement) {
        NameRedaction r = new NameRedaction(person.name(), replacement);
        List<Pattern> contacts = new ArrayList<>();
        person.contact().email().ifPresent(e -> contacts.add(Pattern.compile("(?<![\\p{L}\\p{N}._%+-])"
                + Pattern.quote(e) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        person.contact().address().filter(a -> !a.isBlank() && !a.equals(Kind.ERASED)).ifPresent(a -> {
            // the whole address, then its first line ("12 Example Street" of "12 Example Street, Old Trafford")
            contacts.add(Pattern.compile(Pattern.quote(a.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            String first = a.split("[,\\n]")[0].strip();
            if (!first.equals(a.strip()) && first.split("\\s+").length >= 2) {
                contacts.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(first) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        });
        person.contact().phone().ifPresent(p -> phone(p).ifPresent(contacts::add));
        r.patterns.addAll(0, contacts);
        return r;
    }

    /** A pattern for the phone number's digits whatever separates them, or none for fewer than six digits. */
    private static Optional<Pattern> phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return Optional.empty();
        }
        String between = "[\\s().-]*";
        StringBuilder p = new StringBuilder("(?<![0-9])(?:");
        p.append(String.join(between, digits.split("")));
        if (digits.startsWith("0")) {
            p.append("|\\+?44").append(between).append("(?:\\(0\\))?").append(between)
                    .append(String.join(between, digits.substring(1).split("")));
        }
        p.append(")(?![0-9])");
        return Optional.of(Pattern.compile(p.toString()));
    }

    private NameRedaction(String name, String replacement) {
        this.replacement = java.util.Objects.requireNonNull(replacement, "replacement");
        Set<String> words = new LinkedHashSet<>();
        String full = name.strip();
        if (!full.isEmpty() && !full.equals(Kind.ERASED)) {
            words.add(full);
            for (String word : full.split("[\\s,]+")) {
                if (word.length() >= 3 && Character.isUpperCase(word.codePointAt(0))) {
                    words.add(word);
                }
            }
        }
        words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")));
    }

    /**
     * {@return the text with the name replaced}
     *
     * @param text any text
     */
    public String text(String text) {
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return out;
    }

    /**
     * {@return the record's components (top level) whose values differ, by name}
     *
     * @param kind   the record's kind
     * @param before the record before redaction
     * @param after  the record after
     */
    public static <T> List<String> changedFields(Kind<T> kind, T before, T after) {
        List<String> fields = new ArrayList<>();
        if (!(before instanceof Record r)) {
            return fields;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                if (!java.util.Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    fields.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                fields.add(c.getName());
            }
        }
        return fields;
    }

    /**
     * {@return the record with the name removed from its free text ({@link Kind#freeText()}); the same object when
     *         nothing changed. Its id, its keys on every dimension and the ids it refers to are never touched, so
     *         the record stays where it is and keeps pointing where it did}
     *
     * @param kind  the record's kind
     * @param value the record
     */
    public <T> T record(Kind<T> kind, T value) {
        if (patterns.isEmpty()) {
            return value;
        }
        return rewrite(kind, value, this::text);
    }

    /**
     * Rewrites the text in a record's free-text fields ({@link Kind#freeText()}), in the records, lists, sets and
     * optionals inside them too, rebuilding the record through its canonical constructor (so it validates itself
     * again). Its id, its keys on every dimension and the ids it refers to are never touched.
     *
     * @param kind  the record's kind
     * @param value the record
     * @param text  what each text becomes
     * @return the rewritten record; the same object when no text changed
     */
    public static <T> T rewrite(Kind<T> kind, T value, java.util.function.UnaryOperator<String> text) {
        Set<String> keep = new java.util.HashSet<>();
        keep.add(kind.id(value));
        for (Dimension d : kind.dimensions()) {
            if (d != Dimension.DATE && !kind.derives(d)) {
                keep.addAll(kind.keys(value, d));
            }
        }
        kind.references(value).forEach(r -> keep.add(r.id()));
        Set<String> fields = new java.util.HashSet<>(kind.freeText());
        return kind.type().cast(new Walk(keep, text).record((Record) value, fields));
    }

    /** One rewrite: the texts to keep as they are, and what every other text becomes. */
    private record Walk(Set<String> keep, java.util.function.UnaryOperator<String> text) {
        Object any(Object value) {
            if (value instanceof String s) {
                return keep.contains(s) ? s : text.apply(s);
            } else if (value instanceof Optional<?> o) {
                if (o.isEmpty()) {
                    return o;
                }
                Object inner = any(o.get());
                return inner == o.get() ? o : Optional.of(inner);
            } else if (value instanceof List<?> || value instanceof Set<?>) {
                Collection<?> all = (Collection<?>) value;
                List<Object> out = new ArrayList<>(all.size());
                boolean changed = false;
                for (Object x : all) {
                    Object y = any(x);
                    changed |= y != x;
                    out.add(y);
                }
                if (!changed) {
                    return value;
                }
                return value instanceof List<?> ? List.copyOf(out) : Set.copyOf(out);
            } else if (value instanceof Record r) {
                return record(r, null);
            }
            return value;
        }

        /** The record with its text rewritten: in the named components only, or in all when none are named. */
        Record record(Record r, Set<String> only) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object before;
                try {
                    before = components[i].getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new StorageException("Could not read " + r.getClass().getSimpleName() + "."
                            + components[i].getName() + " to rewrite its text: " + e, e);
                }
                Object after = only != null && !only.contains(components[i].getName()) ? before : any(before);
                changed |= after != before && !after.equals(before);
                args[i] = after;
                types[i] = components[i].getType();
            }
            if (!changed) {
                return r;
            }
            try {
                Constructor<? extends Record> canonical = r.getClass().getDeclaredConstructor(types);
                return canonical.newInstance(args);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new StorageException("Could not rebuild " + r.getClass().getSimpleName() + " with its text rewritten: "
                        + cause, cause);
            }
        }
    }
}
