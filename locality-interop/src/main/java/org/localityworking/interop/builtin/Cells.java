package org.localityworking.interop.builtin;

import java.util.Arrays;
import java.util.Locale;
import org.localityworking.core.ValidationException;

/** Cell parsing shared by the CSV importers. */
final class Cells {
    private Cells() {
    }

    static <E extends Enum<E>> E enumValue(String column, String s, Class<E> type, E fallback) {
        if (s.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(column, s, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static java.time.LocalDate date(String column, String s) {
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(column, s, "must be a date as YYYY-MM-DD");
        }
    }

    static java.util.Optional<java.time.LocalDate> optionalDate(String column, String s) {
        return s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(date(column, s));
    }

    static boolean bool(String column, String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "", "no", "false", "n" -> false;
            case "yes", "true", "y" -> true;
            default -> throw new ValidationException(column, s, "must be yes or no");
        };
    }

    /** {@return the CSV column a record field came from: {@code Asset.name} is column {@code name}} */
    static String column(String field) {
        if (field.contains(".roles.")) {
            return "roles"; // Person.roles.localityId and .organisationId: the roles column names both
        }
        int dot = field.lastIndexOf('.');
        String c = dot < 0 ? field : field.substring(dot + 1);
        return switch (c) {
            case "localityId" -> "locality";
            case "wardId", "homeWardId" -> "ward";
            case "nominatingOrganisationId" -> "acv_nominated_by";
            default -> c;
        };
    }
}
