package org.localityworking.interop;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;

/**
 * An import refused because its file is bad; nothing was written. It is the library's one exception for bad
 * input ({@link ValidationException}), with every problem found: {@link #errors()} lists each by line and column,
 * and the message is one line per problem (at most 20), each value shown with control characters escaped and cut
 * to {@value #SHOWN} characters, so that a hostile file cannot run terminal codes or make a huge message.
 *
 * <p>{@link #field()} names the file and the first problem's place ({@code assets.csv:2:category}),
 * {@link #value()} and {@link #rule()} are the first problem's.
 */
@API(status = STABLE, since = "1.0")
public final class ImportException extends ValidationException {
    private static final long serialVersionUID = 1L;
    /** The most characters of a value a message shows. */
    public static final int SHOWN = 60;

    private final String file;
    private final transient List<RowError> errors;
    private final String message;

    /**
     * One problem.
     *
     * @param line   the line in the file (1 is a CSV's header; 0 for the file as a whole)
     * @param column the column's name or number, or {@code -} for a whole line or file
     * @param value  the value found ("" when there is none to show)
     * @param rule   the rule it breaks, in words
     */
    public record RowError(long line, String column, String value, String rule) {
        /** Checks the parts are present. */
        public RowError {
            column = column == null ? "-" : column;
            value = value == null ? "" : value;
            rule = String.valueOf(rule);
        }

        /** @return {@code line L, column C: "value" rule}, the value shown safely */
        @Override
        public String toString() {
            String where = line < 1 ? "" : column.equals("-") ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
            return where + (value.isEmpty() ? "" : "\"" + shown(value) + "\" ") + rule;
        }
    }

    /**
     * @param file   the file's name, as the user gave it
     * @param errors every problem found, at least one
     */
    public ImportException(String file, List<RowError> errors) {
        super(file + where(errors.get(0)), errors.get(0).value(), errors.get(0).rule());
        this.file = file;
        this.errors = List.copyOf(errors);
        this.message = describe(file, this.errors);
    }

    /** {@return an import refused for one reason, at a place in the file (line 0 for the file as a whole)} */
    public static ImportException at(String file, long line, String column, String value, String rule) {
        return new ImportException(file, List.of(new RowError(line, column, value, rule)));
    }

    private static String where(RowError e) {
        return e.line() < 1 ? "" : ":" + e.line() + (e.column().equals("-") ? "" : ":" + e.column());
    }

    /**
     * {@return the value as a message shows it: control characters escaped (so a terminal runs none of them) and
     *         cut to {@value #SHOWN} characters, saying how long it was}
     *
     * @param value any text from an input file
     */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = 0; i < value.length() && n < SHOWN; i++, n++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !paired)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (value.length() > SHOWN) {
            b.append("... (").append(value.length()).append(" characters)");
        }
        return b.toString();
    }

    private static String describe(String file, List<RowError> errors) {
        StringBuilder b = new StringBuilder(shown(file)).append(": ").append(errors.size())
                .append(errors.size() == 1 ? " problem" : " problems").append("; nothing was imported");
        errors.stream().limit(20).forEach(e -> b.append("\n  ").append(e));
        if (errors.size() > 20) {
            b.append("\n  ... and ").append(errors.size() - 20).append(" more");
        }
        return b.toString();
    }

    /** {@return the file's name} */
    public String file() {
        return file;
    }

    /** {@return every problem found} */
    public List<RowError> errors() {
        return errors;
    }

    /** @return the file, the count of problems, and one line for each of the first 20 */
    @Override
    public String getMessage() {
        return message;
    }
}
