package org.localityworking.reporting.builtin;

import java.util.ArrayList;
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
        List<Cell> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(Cell.of(c));
        }
        return row;
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

    /** Adds the block, or a no-data note when the list it describes is empty. */
    static void orNoData(List<Block> blocks, boolean empty, Block block, String whatIsMissing) {
        blocks.add(empty ? Note.noData(whatIsMissing) : block);
    }
}
