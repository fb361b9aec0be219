package org.localityworking.examples.cli;

import java.util.List;

/** An import refused because rows are bad; nothing was written. The message lists each problem by line and column. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RowError> errors;

    /**
     * One bad value.
     *
     * @param line   the line in the file (1 is the header)
     * @param column the column's name
     * @param value  the value found
     * @param rule   the rule it breaks
     */
    public record RowError(long line, String column, String value, String rule) {
        @Override
        public String toString() {
            String where = line < 1 ? "" : column.equals("-") ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
            return where + (value == null || value.isEmpty() ? "" : "\"" + shown(value) + "\" ") + rule;
        }
    }

    /** The most characters of a value a message shows. */
    static final int SHOWN = 60;

    /**
     * @return the value as a message shows it: control characters escaped (so a terminal runs none of them) and
     *         cut to {@value #SHOWN} characters, saying how long it was
     */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = 0; i < value.length() && n < SHOWN; i++, n++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (value.length() > SHOWN) {
            b.append("... (").append(value.length()).append(" characters)");
        }
        return b.toString();
    }

    /** An import refused for one reason about the file as a whole, at a place in it. */
    static ImportException at(String file, long line, String column, String value, String rule) {
        return new ImportException(file, List.of(new RowError(line, column, value, rule)));
    }

    ImportException(String file, List<RowError> errors) {
        super(describe(file, errors));
        this.errors = List.copyOf(errors);
    }

    private static String describe(String file, List<RowError> errors) {
        StringBuilder b = new StringBuilder(file).append(": ").append(errors.size())
                .append(errors.size() == 1 ? " problem" : " problems").append("; nothing was imported");
        errors.stream().limit(20).forEach(e -> b.append("\n  ").append(e));
        if (errors.size() > 20) {
            b.append("\n  ... and ").append(errors.size() - 20).append(" more");
        }
        return b.toString();
    }

    /** @return every problem found */
    public List<RowError> errors() {
        return errors;
    }
}
