package org.localityworking.core.config;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.localityworking.core.ValidationException;

/** Typed reads from a configuration file, each failure naming the file, the key, the value and the rule. */
final class ConfigFile {
    /** A locality's ward entry: {@code WARD} or {@code WARD[part name]}. */
    static final java.util.regex.Pattern WARD_PART = java.util.regex.Pattern.compile("([^\\[\\]]+)(?:\\[([^\\[\\]]+)])?");

    private final String source;
    private final Properties properties;
    private final Set<String> read = new HashSet<>();

    ConfigFile(String source, Properties properties) {
        this.source = source;
        this.properties = properties;
    }

    String field(String key) {
        return source + "#" + key;
    }

    Optional<String> optional(String key) {
        read.add(key);
        String v = properties.getProperty(key);
        return v == null ? Optional.empty() : Optional.of(v.strip());
    }

    String required(String key) {
        return optional(key).orElseThrow(() -> new ValidationException(field(key), null, "is required"));
    }

    /** A comma-separated list; empty when the key is absent or blank. */
    List<String> list(String key) {
        return split(optional(key).orElse(""), ",");
    }

    /** A {@code |}-separated list of texts; empty when the key is absent or blank. */
    List<String> texts(String key) {
        return split(optional(key).orElse(""), "\\|");
    }

    private static List<String> split(String value, String separator) {
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).toList();
    }

    int integer(String key, int fallback) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            throw new ValidationException(field(key), v.get(), "must be a whole number");
        }
    }

    boolean bool(String key, boolean fallback) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return fallback;
        }
        return switch (v.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationException(field(key), v.get(), "must be true or false");
        };
    }

    <E extends Enum<E>> E enumValue(String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field(key), value,
                    "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return enumValue(key, required(key), type);
    }

    Optional<LocalDate> date(String key) {
        return optional(key).map(v -> parseDate(key, v));
    }

    LocalDate parseDate(String key, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field(key), value, "must be a date as YYYY-MM-DD");
        }
    }

    Optional<Period> period(String key) {
        return optional(key).map(v -> {
            try {
                return Period.parse(v);
            } catch (DateTimeParseException e) {
                throw new ValidationException(field(key), v, "must be an ISO-8601 period such as P8W or P18M");
            }
        });
    }

    /** Builds a record, re-labelling its validation failure with the file and key it came from. */
    <T> T build(String key, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            throw new ValidationException(field(key) + " (" + e.field() + ")", e.value(), e.rule());
        }
    }

    /** Refuses keys that nothing read: a typo must not be ignored silently. */
    void requireAllKeysRead() {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new ValidationException(field(first), properties.getProperty(first),
                    "is not a known configuration key (unknown keys: " + unknown + ")");
        }
    }
}
