package org.localityworking.core.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.localityworking.core.ValidationException;

/**
 * Validation helpers used by the records' compact constructors. Not exported: the rules they apply
 * are documented on each record.
 */
public final class Checks {
    /** Identifiers: 1 to 128 characters, letters, digits and {@code . _ : -}, starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    /** Longest name accepted, in characters. */
    public static final int MAX_NAME = 1_000;
    /** Longest free text accepted, in characters. */
    public static final int MAX_TEXT = 1_000_000;

    private Checks() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, null, "is required");
        }
        return value;
    }

    public static String id(String field, String value) {
        present(field, value);
        if (!isId(value)) {
            throw new ValidationException(field, value,
                    "must be 1 to 128 letters, digits or . _ : - and start with a letter or digit");
        }
        return value;
    }

    /**
     * {@return whether the value matches {@link #ID}}, without the regular expression: every record's id and every
     * reference is checked, often several times a save, and a matcher costs far more than a loop over the characters
     */
    public static boolean isId(String value) {
        int n = value.length();
        if (n < 1 || n > 128) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    public static String name(String field, String value) {
        return text(field, value, MAX_NAME);
    }

    public static String text(String field, String value) {
        return text(field, value, MAX_TEXT);
    }

    private static String text(String field, String value, int max) {
        present(field, value);
        if (value.isBlank()) {
            throw new ValidationException(field, value, "must not be blank");
        }
        if (value.length() > max) {
            throw new ValidationException(field, value, "must be at most " + max + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new ValidationException(field, value, "must not contain the NUL character (U+0000)");
        }
        return wellFormed(field, value);
    }

    /**
     * Refuses text that is not well-formed Unicode: a lone half of a surrogate pair (such as {@code \ud800}, which
     * JSON and Java escapes can spell) cannot be written as UTF-8, so no file, report or export could hold it.
     *
     * @return the value
     */
    public static String wellFormed(String field, String value) {
        int first = 0; // the first half of a surrogate pair, if any: most text has none, and is checked in one pass
        while (first < value.length() && !Character.isSurrogate(value.charAt(first))) {
            first++;
        }
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new ValidationException(field, value, "must be well-formed Unicode: the character at position "
                        + (i + 1) + " is a lone half of a surrogate pair (\\u" + String.format(java.util.Locale.ROOT, "%04x", (int) c)
                        + "), which no UTF-8 file can hold");
            }
        }
        return value;
    }

    public static String matches(String field, String value, Pattern pattern, String rule) {
        present(field, value);
        wellFormed(field, value);
        if (!pattern.matcher(value).matches()) {
            throw new ValidationException(field, value, rule);
        }
        return value;
    }

    public static <T> Optional<T> optional(String field, Optional<T> value) {
        return present(field, value);
    }

    public static Optional<String> optionalId(String field, Optional<String> value) {
        present(field, value).ifPresent(v -> id(field, v));
        return value;
    }

    public static Optional<String> optionalName(String field, Optional<String> value) {
        present(field, value).ifPresent(v -> name(field, v));
        return value;
    }

    public static Optional<String> optionalText(String field, Optional<String> value) {
        present(field, value).ifPresent(v -> text(field, v));
        return value;
    }

    public static OptionalInt optional(String field, OptionalInt value) {
        return present(field, value);
    }

    /** An immutable copy of the list, refusing a null list or null elements. */
    public static <T> List<T> list(String field, List<T> value) {
        present(field, value);
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new ValidationException(field + "[" + i + "]", null, "list elements are required");
            }
        }
        return List.copyOf(value);
    }

    /** An immutable copy of a list of identifiers, each checked, without duplicates. */
    public static List<String> ids(String field, List<String> value) {
        List<String> copy = list(field, value);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            id(field + "[" + i + "]", copy.get(i));
            if (!seen.add(copy.get(i))) {
                throw new ValidationException(field, copy.get(i), "must not list the same identifier twice");
            }
        }
        return copy;
    }

    /** An immutable copy of a list of texts, each non-blank. */
    public static List<String> texts(String field, List<String> value) {
        List<String> copy = list(field, value);
        for (int i = 0; i < copy.size(); i++) {
            text(field + "[" + i + "]", copy.get(i));
        }
        return copy;
    }

    /** An immutable copy of an enum set, iterating in declaration order. */
    public static <E extends Enum<E>> Set<E> enumSet(String field, Set<E> value, Class<E> type) {
        present(field, value);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E element : value) {
            copy.add(present(field, element));
        }
        return java.util.Collections.unmodifiableSet(copy);
    }

    /** An immutable copy of the map preserving iteration order, refusing null keys or values. */
    public static <K, V> Map<K, V> map(String field, Map<K, V> value) {
        present(field, value);
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<K, V> e : value.entrySet()) {
            copy.put(present(field + " key", e.getKey()), present(field + "[" + e.getKey() + "]", e.getValue()));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    public static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new ValidationException(field, Integer.toString(value), "must be at least " + min);
        }
        return value;
    }

    public static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new ValidationException(field, Long.toString(value), "must be at least " + min);
        }
        return value;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationException(field, Integer.toString(value),
                    "must be between " + min + " and " + max);
        }
        return value;
    }

    public static double between(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ValidationException(field, Double.toString(value),
                    "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Requires {@code later} to be on or after {@code earlier}. */
    public static void notBefore(String laterField, LocalDate later, String earlierField, LocalDate earlier) {
        if (later.isBefore(earlier)) {
            throw new ValidationException(laterField, later.toString(), "must not be before " + earlierField
                    + " (" + earlier + ")");
        }
    }

    /** Requires every element to be unique by the given key. */
    public static <T> void unique(String field, List<T> values, java.util.function.Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (T v : values) {
            String k = key.apply(v);
            if (!seen.add(k)) {
                throw new ValidationException(field, k, "must be unique");
            }
        }
    }
}
