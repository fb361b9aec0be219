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
            return "line " + line + ", column " + column + ": \"" + value + "\" " + rule;
        }
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
