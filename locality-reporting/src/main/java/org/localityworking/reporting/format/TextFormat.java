package org.localityworking.reporting.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.spi.OutputFormat;

/** What the text formats share: UTF-8 output that leaves the stream open, and the report's header line. */
abstract class TextFormat implements OutputFormat {
    /** Every report speaks en-GB, whatever the JVM's default locale: numbers, months and money alike. */
    static final Locale LOCALE = Locale.UK;
    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", LOCALE)
            .withZone(ZoneOffset.UTC);

    @Override
    public final String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public final void render(Report report, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(capacity(report));
        write(report, b);
        utf8(b, out);
        out.flush();
    }

    /** The most characters encoded at once: a large report's text is not copied whole to be encoded. */
    static final int CHUNK = 32 * 1024;

    /**
     * Writes the text to the stream as UTF-8, a chunk of at most {@value #CHUNK} characters at a time (each chunk one
     * encoding pass, not a writer's loop over characters; no copy of the whole text, so a 50 MB page needs no second
     * 50 MB and a third for its bytes). A chunk never ends between the two halves of a surrogate pair.
     */
    static void utf8(CharSequence text, OutputStream out) throws IOException {
        int length = text.length();
        int from = 0;
        while (from < length) {
            int to = Math.min(length, from + CHUNK);
            if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            out.write(text.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8));
            from = to;
        }
    }

    abstract void write(Report report, StringBuilder out);

    /**
     * {@return room for the report's text at a guess: its tables' cells at a dozen characters each, beyond a page's
     *         worth} (a guess too small costs a copy of the text for each doubling, one too large only the room)
     */
    static int capacity(Report report) {
        long cells = 0;
        for (org.localityworking.reporting.Section s : report.sections()) {
            for (org.localityworking.reporting.Block b : s.blocks()) {
                if (b instanceof org.localityworking.reporting.Table t) {
                    cells += (long) t.rows().size() * t.headers().size();
                }
            }
        }
        return (int) Math.min(8192 + 12 * cells, 1 << 24);
    }

    /** {@return whether the cell holds a number (a count, a decimal, an amount): the text formats right-align those} */
    static boolean numeric(Cell c) {
        return c instanceof Cell.Count || c instanceof Cell.Decimal || c instanceof Cell.Amount;
    }

    static String audience(Audience a) {
        return a == Audience.PUBLIC ? "Public" : "Internal: not for publication";
    }

    static String noteLabel(org.localityworking.reporting.Note.Kind kind) {
        return switch (kind) {
            case NO_DATA -> "No data:";
            case WARNING -> "Warning:";
            case INFO -> "Note:";
        };
    }

    /** {@return a number as shown: whole numbers without a decimal point} */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(LOCALE, "%.2f", v);
    }
}
