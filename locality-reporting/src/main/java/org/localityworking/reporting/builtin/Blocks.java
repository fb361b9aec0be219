package org.localityworking.reporting.builtin;

import java.util.List;
import org.localityworking.core.model.Money;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;

/**
 * Small helpers for building blocks, and the one en-GB style of numbers, money and dates every report and the
 * report site write (public for {@code ..reporting.site}; this package is not exported but to interop).
 */
public final class Blocks {
    static final String NO_DATA = "no data";

    private Blocks() {
    }

    /** The one en-GB date style of every report: {@code 1 March 2016}. */
    static final java.time.format.DateTimeFormatter DATE = Cell.DATE;

    static KeyFigures.Figure figure(String label, Object value) {
        return new KeyFigures.Figure(label, cell(value));
    }

    /** {@return the values as a table row of typed cells ({@link Cell#of})} */
    static List<Cell> row(Object... cells) {
        Cell[] row = new Cell[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = Cell.of(cells[i]);
        }
        return java.util.Arrays.asList(row); // the table copies it
    }

    /**
     * {@return a value as every report writes it, in one en-GB style: whole numbers with thousands grouped
     *         ({@code 1,463}), dates as {@code 1 March 2016}, money as {@code £1,234.50}; text as it is}
     */
    public static String cell(Object value) {
        return Cell.of(value).display();
    }

    static String money(Money m) {
        return new Cell.Amount(m).display();
    }

    /** {@return pence as pounds in the en-GB style: {@code £79,423.00}} */
    public static String pounds(long pence) {
        return money(Money.pence(pence));
    }

    /**
     * Names in the order a reader expects: numbers in them by their value ({@code Group 2} before {@code Group 10}),
     * letters ignoring case and accents (en-GB collation), then exactly, so that no two names tie.
     */
    public static final java.util.Comparator<String> NATURAL = new java.util.Comparator<>() {
        private final java.text.Collator collator = collator();

        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                boolean da = Character.isDigit(a.charAt(i));
                boolean db = Character.isDigit(b.charAt(j));
                int ei = run(a, i, da);
                int ej = run(b, j, db);
                int c;
                if (da && db) {
                    c = byValue(a, i, ei, b, j, ej);
                } else if (ei - i == ej - j && a.regionMatches(i, b, j, ei - i)) {
                    c = 0; // the same letters: equal in any collation, and the collator is the slow part of a sort
                } else {
                    c = collator.compare(a.substring(i, ei), b.substring(j, ej));
                }
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            }
            int c = Integer.compare(a.length() - i, b.length() - j);
            return c != 0 ? c : a.compareTo(b);
        }

        /** Two runs of decimal digits (any script's) compared by the numbers they write, as BigInteger would. */
        private int byValue(String a, int i, int ei, String b, int j, int ej) {
            while (i < ei - 1 && Character.digit(a.charAt(i), 10) == 0) {
                i++;
            }
            while (j < ej - 1 && Character.digit(b.charAt(j), 10) == 0) {
                j++;
            }
            if (ei - i != ej - j) {
                return Integer.compare(ei - i, ej - j);
            }
            for (; i < ei; i++, j++) {
                int c = Integer.compare(Character.digit(a.charAt(i), 10), Character.digit(b.charAt(j), 10));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        private int run(String s, int from, boolean digits) {
            int k = from;
            while (k < s.length() && Character.isDigit(s.charAt(k)) == digits
                    && (!digits || Character.digit(s.charAt(k), 10) >= 0)) {
                k++;
            }
            return k;
        }

        private static java.text.Collator collator() {
            java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.UK);
            c.setStrength(java.text.Collator.SECONDARY);
            return c;
        }
    };

    /**
     * Adds the block, or, when the list it describes is empty, the finding that it is empty: an answer (no
     * connectors, no link across localities), said as a note, never as missing data.
     */
    static void orFinding(List<Block> blocks, boolean empty, Block block, String finding) {
        blocks.add(empty ? new Note(Note.Kind.INFO, finding) : block);
    }

    /** Adds the block, or a no-data note when the list it describes is empty. */
    static void orNoData(List<Block> blocks, boolean empty, Block block, String whatIsMissing) {
        blocks.add(empty ? Note.noData(whatIsMissing) : block);
    }
}
