package org.localityworking.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The one exception the library throws for bad input: a value that breaks a documented rule.
 *
 * <p>Its message names the field, the value and the rule, for example
 * {@code Asset.name = "" breaks the rule: must not be blank}. The three parts are also available
 * separately, so that callers (a CSV importer, a web form) can point at the offending field.
 *
 * <p>When a unit of work contains any value that raises this exception, nothing of that unit is written.
 */
@API(status = STABLE, since = "1.0")
public class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 120;

    private final String field;
    private final String value;
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param field the field that holds the bad value, as {@code Type.component} (for example {@code Ward.gssCode})
     * @param value the offending value as text ({@code "null"} for a missing value)
     * @param rule  the rule that the value breaks, in words
     */
    public ValidationException(String field, String value, String rule) {
        super(describe(field, value, rule));
        this.field = String.valueOf(field);
        this.value = String.valueOf(value);
        this.rule = String.valueOf(rule);
    }

    private static String describe(String field, String value, String rule) {
        String shown = value == null ? "null" : "\"" + abbreviate(value) + "\"";
        return field + " = " + shown + " breaks the rule: " + rule;
    }

    private static String abbreviate(String value) {
        if (value.length() <= MAX_SHOWN) {
            return printable(value);
        }
        return printable(value.substring(0, MAX_SHOWN)) + "... (" + value.length() + " characters)";
    }

    /** The value with each lone half of a surrogate pair written as {@code \\uXXXX}, so the message is valid text. */
    private static String printable(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                if (out == null) {
                    out = new StringBuilder(value.substring(0, i));
                }
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** {@return the field that holds the bad value, as {@code Type.component}} */
    public String field() {
        return field;
    }

    /** {@return the offending value as text, in full} */
    public String value() {
        return value;
    }

    /** {@return the rule that the value breaks, in words} */
    public String rule() {
        return rule;
    }
}
