package org.localityworking.reporting.builtin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.model.Money;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;

/** Small helpers for building blocks. */
final class Blocks {
    static final String NO_DATA = "no data";

    private Blocks() {
    }

    static KeyFigures.Figure figure(String label, Object value) {
        return new KeyFigures.Figure(label, String.valueOf(value));
    }

    static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
        }
        return row;
    }

    static String money(Money m) {
        return m.currency().getCurrencyCode().equals("GBP") ? "£" + m.amount().toPlainString() : m.toString();
    }

    static String pounds(long pence) {
        return "£" + BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** Adds the block, or a no-data note when the list it describes is empty. */
    static void orNoData(List<Block> blocks, boolean empty, Block block, String whatIsMissing) {
        blocks.add(empty ? Note.noData(whatIsMissing) : block);
    }
}
