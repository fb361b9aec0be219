package org.localityworking.storage;

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

/**
 * Removes a person's name from free text: every text component of a record (and of the records, lists and
 * optionals inside it) has each whole-word occurrence of the person's full name, and then of each of its
 * words of three letters or more that starts with a capital, replaced by a marker. Works on any record type,
 * a council's own kinds included, through the record's components and canonical constructor (so the record
 * validates itself again); the record's id, keys and references are never touched. Erasure uses it with
 * {@link Kind#ERASED}; a subject access document uses it to keep other people's names out. Immutable.
 */
public final class NameRedaction {
    private final List<Pattern> patterns = new ArrayList<>();
    private final String replacement;

    /**
     * @param name        the person's name (an erased name matches nothing)
     * @param replacement what replaces it, for example {@link Kind#ERASED}
     * @return the redaction
     */
    public static NameRedaction of(String name, String replacement) {
        return new NameRedaction(name, replacement);
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
     * @param text any text
     * @return the text with the name replaced
     */
    public String text(String text) {
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return out;
    }

    /**
     * @param kind  the record's kind
     * @param value the record
     * @return the record with the name removed from its free text; the same object when nothing changed. Its id,
     *         its keys on every dimension and the ids it refers to are never touched, so the record stays where
     *         it is and keeps pointing where it did
     */
    public <T> T record(Kind<T> kind, T value) {
        if (patterns.isEmpty()) {
            return value;
        }
        Set<String> keep = new java.util.HashSet<>();
        keep.add(kind.id(value));
        for (Dimension d : kind.dimensions()) {
            if (d != Dimension.DATE) {
                keep.addAll(kind.keys(value, d));
            }
        }
        kind.references(value).forEach(r -> keep.add(r.id()));
        return kind.type().cast(any(value, keep));
    }

    private Object any(Object value, Set<String> keep) {
        if (value instanceof String s) {
            return keep.contains(s) ? s : text(s);
        } else if (value instanceof Optional<?> o) {
            if (o.isEmpty()) {
                return o;
            }
            Object inner = any(o.get(), keep);
            return inner == o.get() ? o : Optional.of(inner);
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object x : list) {
                Object y = any(x, keep);
                changed |= y != x;
                out.add(y);
            }
            return changed ? List.copyOf(out) : list;
        } else if (value instanceof Record r) {
            return record(r, keep);
        }
        return value;
    }

    private Record record(Record r, Set<String> keep) {
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
                        + components[i].getName() + " to erase a name from it: " + e, e);
            }
            Object after = before instanceof Collection<?> && !(before instanceof List<?>) ? before : any(before, keep);
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
            throw new StorageException("Could not rebuild " + r.getClass().getSimpleName() + " without the erased name: "
                    + cause, cause);
        }
    }
}
