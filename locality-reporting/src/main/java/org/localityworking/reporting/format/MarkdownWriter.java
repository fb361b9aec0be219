package org.localityworking.reporting.format;

import java.util.List;
import java.util.regex.Pattern;
import org.localityworking.reporting.Cell;

/**
 * Writes CommonMark (with GFM pipe tables) straight into a buffer, escaping each value only where a character
 * would otherwise mean something there: the blocks the Markdown format uses (headings, paragraphs with hard line
 * breaks, tight bullet lists, block quotes, pipe tables) and text inside them.
 *
 * <p>The layout and the escapes are the bytes commonmark-java 0.32's {@code MarkdownRenderer} writes for the same
 * document tree: {@code [ ] < > ` * _ & \ |} escaped everywhere, {@code #} in headings too, and at the start of a
 * line {@code -}, {@code #}, {@code =} after a line break, an ordered-list marker's delimiter, a tab or a space.
 * Where that renderer's output would change the meaning, this writer adds: a {@code +} that would open a bullet
 * list and a {@code ~~~} that would open a code block at the start of a line are escaped; a list right after
 * another is marked {@code *}; whitespace at either end
 * of an emphasised value and a backslash at the end of a table cell are written as character references. Line
 * breaks inside a value are folded to spaces; an ampersand is left unescaped unless it would open a character
 * reference. {@code MarkdownWriterTest} holds this writer to the meaning of the document tree and to that
 * renderer's bytes, on random hostile text in every place.
 */
final class MarkdownWriter {
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /** Where a value stands: what is escaped there besides the characters escaped everywhere. */
    enum Place {
        /** Running text: a paragraph, a list item, a quote. */
        TEXT,
        /** A heading: {@code #} too. */
        HEADING,
        /**
         * A table cell: a backslash at its end is written as a character reference, since a pipe table reads
         * {@code \|} as an escaped pipe whatever comes before it (commonmark's renderer writes {@code \\|}, and
         * the cell loses its end).
         */
        CELL
    }

    /** The ASCII characters that are escaped somewhere or folded: the rest are copied as they are. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "[]<>`*_&\\|#\n\r".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private final StringBuilder out;
    private int separator; // newlines owed before the next block: 0, 1 (tight) or 2
    private boolean tight;
    private boolean lineStart = true;
    private char last;
    private String prefix = ""; // written after each newline: a list item's indent, a quote's marker
    private boolean ampersands; // whether an escaped ampersand was written (checked once at the end)
    private char marker = '-'; // the bullet of the list written last
    private int listEnd = -1; // where the output ended when that list ended

    MarkdownWriter(StringBuilder out) {
        this.out = out;
    }

    /** Writes the owed blank lines, then {@code s} unescaped. */
    MarkdownWriter raw(String s) {
        flush();
        out.append(s);
        if (!s.isEmpty()) {
            last = s.charAt(s.length() - 1);
        }
        lineStart = false;
        return this;
    }

    MarkdownWriter raw(char c) {
        flush();
        out.append(c);
        last = c;
        lineStart = false;
        return this;
    }

    /** Ends a block: the next one starts after a blank line (one newline inside a tight list or a table). */
    MarkdownWriter block() {
        separator = tight ? 1 : 2;
        lineStart = true;
        return this;
    }

    /** A hard line break: two spaces and a newline. */
    MarkdownWriter hardBreak() {
        raw("  ");
        out.append('\n').append(prefix);
        last = prefix.isEmpty() ? '\n' : prefix.charAt(prefix.length() - 1);
        lineStart = true;
        return this;
    }

    /** The end of the document: one newline, no blank line owed. */
    void end() {
        out.append('\n').append(prefix);
    }

    MarkdownWriter heading(int level, String title) {
        for (int i = 0; i < level; i++) {
            raw('#');
        }
        raw(' ');
        text(title, Place.HEADING, false);
        return block();
    }

    /** Emphasis around a value: {@code *}, or {@code _} right after a {@code *}. */
    MarkdownWriter emphasis(String s) {
        char delimiter = last == '*' ? '_' : '*';
        raw(delimiter);
        delimited(s);
        return raw(delimiter);
    }

    MarkdownWriter strong(String s) {
        raw("**");
        delimited(s);
        return raw("**");
    }

    /**
     * The value inside emphasis: whitespace at either end is written as a character reference, since a delimiter
     * next to whitespace does not open or close emphasis (commonmark's renderer writes it as it is, and
     * {@code **Sale **} is not strong).
     */
    private void delimited(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && whitespace(fold(s.charAt(from)))) {
            from++;
        }
        while (to > from && whitespace(fold(s.charAt(to - 1)))) {
            to--;
        }
        if (from == 0 && to == s.length()) {
            text(s, Place.TEXT, false);
            return;
        }
        references(s, 0, from);
        text(s.substring(from, to), Place.TEXT, false);
        references(s, to, s.length());
    }

    private void references(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            raw("&#" + (int) fold(s.charAt(i)) + ";");
        }
    }

    /** Unicode whitespace as CommonMark counts it for emphasis: a space separator, tab, line feed, form feed or return. */
    private static boolean whitespace(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Starts a tight bullet list, marked {@code -}, or {@code *} right after a list marked {@code -} (with the same
     * marker the two would be read as one list).
     */
    MarkdownWriter list() {
        marker = out.length() == listEnd && marker == '-' ? '*' : '-';
        tight = true;
        return this;
    }

    /** Starts an item of the list (the caller writes its paragraph and then calls {@link #endItem()}). */
    MarkdownWriter item() {
        boolean atStart = lineStart;
        raw(marker).raw(' ');
        lineStart = atStart;
        prefix = "  ";
        return this;
    }

    MarkdownWriter endItem() {
        prefix = "";
        return this;
    }

    MarkdownWriter endList() {
        tight = false;
        block();
        listEnd = out.length();
        return this;
    }

    /** Starts a pipe table: its rows are not separated by blank lines. */
    MarkdownWriter table() {
        tight = true;
        return this;
    }

    MarkdownWriter endTable() {
        tight = false;
        return block();
    }

    /** Starts a block quote (the caller writes its paragraph and then calls {@link #endQuote()}). */
    MarkdownWriter quote() {
        boolean atStart = lineStart;
        raw("> ");
        lineStart = atStart;
        prefix = "> ";
        return this;
    }

    MarkdownWriter endQuote() {
        prefix = "";
        return block();
    }

    /**
     * Writes a value as text, escaped for its place; {@code afterSibling} says whether it follows other inline
     * content of its paragraph (then an {@code =} at the start of a line could end a heading above and is escaped).
     */
    MarkdownWriter text(String s, Place place, boolean afterSibling) {
        int from = 0;
        if (lineStart && !s.isEmpty()) {
            char c = fold(s.charAt(0));
            switch (c) {
                case '-', '#' -> {
                    raw("\\" + c);
                    from = 1;
                }
                case '=' -> {
                    if (afterSibling) {
                        raw("\\=");
                        from = 1;
                    }
                }
                case '+' -> {
                    if (s.length() == 1 || s.charAt(1) == '\t' || fold(s.charAt(1)) == ' ') {
                        raw("\\+");
                        from = 1;
                    }
                }
                case '~' -> {
                    if (s.length() >= 3 && s.charAt(1) == '~' && s.charAt(2) == '~') {
                        raw("\\~");
                        from = 1;
                    }
                }
                case '\t', ' ' -> {
                    raw("&#" + (int) c + ";");
                    from = 1;
                }
                default -> from = orderedListMarker(s);
            }
        }
        if (from >= s.length()) {
            return this;
        }
        flush();
        value(s, from, place);
        lineStart = false;
        return this;
    }

    /**
     * Writes {@code s} from {@code from}, escaped for its place: copied whole when nothing needs escaping; a table
     * cell's closing backslash as a character reference.
     */
    private boolean value(String s, int from, Place place) {
        int to = place == Place.CELL && s.charAt(s.length() - 1) == '\\' ? s.length() - 1 : s.length();
        int i = from;
        while (i < to && !special(s.charAt(i))) {
            i++;
        }
        boolean whole = from == 0 && i == s.length();
        if (whole) {
            out.append(s); // nothing to escape: copied whole
        } else {
            escape(s, from, i, to, place);
        }
        if (to < s.length()) {
            out.append("&#92;");
        }
        last = fold(s.charAt(s.length() - 1));
        return whole;
    }

    private static boolean special(char c) {
        return c < 128 ? SPECIAL[c] : c == '\u2028' || c == '\u2029';
    }

    /** Writes {@code s} from {@code from} to {@code to}, escaped; the first special character is at {@code first}. */
    private void escape(String s, int from, int first, int to, Place place) {
        int plain = from; // the run of characters that need no work, copied at once
        for (int i = first; i < to; i++) {
            char c = s.charAt(i);
            if (special(c)) {
                out.append(s, plain, i);
                plain = i + 1;
                c = fold(c);
                if (escaped(c, place)) {
                    out.append('\\');
                    ampersands |= c == '&';
                }
                out.append(c);
            }
        }
        out.append(s, plain, to);
    }

    /**
     * A table cell: {@code |} and the value, as {@code raw('|')} then {@code text(s, Place.CELL, false)} write it (a
     * cell never starts a line), in one step: a table of 1,000 rows has 6,000 of them.
     */
    MarkdownWriter cell(String s) {
        cellValue(s);
        return this;
    }

    /** Writes a cell as {@link #cell(String)} does; {@return whether its value was copied whole, nothing escaped} */
    private boolean cellValue(String s) {
        flush();
        out.append('|');
        lineStart = false;
        if (s.isEmpty()) {
            last = '|';
            return false;
        }
        return value(s, 0, Place.CELL);
    }

    /**
     * A table's row: each cell as {@link #cell(String)} writes it, then the closing {@code |}, and the row ended. A
     * value its column has met before (the same string, not only equal text) and found to need no escaping is
     * copied without being looked at again: a table repeats a few values down a column (a category, a ward, a
     * locality), and strings do not change.
     */
    @SuppressWarnings("ReferenceEquality") // the same string on purpose: equal text would cost the look it saves
    MarkdownWriter row(List<Cell> row, Column[] columns) {
        flush();
        for (int j = 0; j < columns.length; j++) {
            String s = row.get(j).display();
            Column column = columns[j];
            String[] plain = column.plain;
            int k = 0;
            while (k < column.size && plain[k] != s) {
                k++;
            }
            if (k < column.size) {
                out.append(column.piped[k]);
            } else if (cellValue(s) && column.size < plain.length) {
                column.piped[column.size] = "|" + s;
                plain[column.size++] = s;
            }
        }
        out.append('|');
        last = '|';
        lineStart = false;
        return block();
    }

    /** The values a table's column has met that needed no escaping in a cell: its first few, compared by identity. */
    static final class Column {
        private final String[] plain = new String[8];
        private final String[] piped = new String[8]; // each with the cell's opening '|': one append, not two
        private int size;
    }

    /** Digits (at most nine) then {@code .} or {@code )} would open an ordered list: the delimiter is escaped. */
    private int orderedListMarker(String s) {
        int digits = 0;
        while (digits < s.length() && digits < 10 && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 9 || digits == s.length()) {
            return 0;
        }
        char d = s.charAt(digits);
        if (d != '.' && d != ')') {
            return 0;
        }
        raw(s.substring(0, digits));
        raw("\\" + d);
        return digits + 1;
    }

    private static boolean escaped(char c, Place place) {
        return switch (c) {
            case '[', ']', '<', '>', '`', '*', '_', '&', '\\', '|' -> true;
            case '#' -> place == Place.HEADING;
            default -> false;
        };
    }

    private static char fold(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' ? ' ' : c;
    }

    private void flush() {
        if (separator != 0) {
            out.append('\n').append(prefix);
            if (separator > 1) {
                out.append('\n').append(prefix);
            }
            separator = 0;
        }
    }

    /**
     * Drops the backslash of each escaped ampersand that would not open a character reference ({@code Old Trafford &
     * Stretford} reads as written); an escaped backslash before it is left alone. Call once, after {@link #end()}.
     */
    void dropNeedlessAmpersandEscapes(int from) {
        if (!ampersands) {
            return;
        }
        StringBuilder b = new StringBuilder(out.length() - from);
        int copied = from;
        for (int i = out.indexOf("\\&", from); i >= 0; i = out.indexOf("\\&", i + 2)) {
            int slashes = 0;
            for (int j = i; j >= from && out.charAt(j) == '\\'; j--) {
                slashes++;
            }
            if (slashes % 2 == 1 && !ENTITY.matcher(out).region(i + 1, out.length()).lookingAt()) {
                b.append(out, copied, i); // drop the backslash, keep the ampersand
                copied = i + 1;
            }
        }
        if (copied != from) {
            b.append(out, copied, out.length());
            out.setLength(from);
            out.append(b);
        }
    }
}
