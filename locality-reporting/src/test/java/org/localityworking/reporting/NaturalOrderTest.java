package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.builtin.Blocks;

/**
 * {@link Blocks#NATURAL} against the plain definition it replaces for speed (numbers through {@link BigInteger},
 * every run of letters through the en-GB collator): the same sign on random names built to tie, differ by case and
 * accent, pad numbers with zeros and write digits in other scripts.
 */
class NaturalOrderTest {
    private static final Collator COLLATOR = collator();

    private static Collator collator() {
        Collator c = Collator.getInstance(Locale.UK);
        c.setStrength(Collator.SECONDARY);
        return c;
    }

    private static int run(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits
                && (!digits || Character.digit(s.charAt(k), 10) >= 0)) {
            k++;
        }
        return k;
    }

    /** The definition: what NATURAL computed before it was made faster. */
    private static final Comparator<String> DEFINITION = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = Character.isDigit(a.charAt(i));
            boolean db = Character.isDigit(b.charAt(j));
            int ei = run(a, i, da);
            int ej = run(b, j, db);
            int c = da && db ? new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)))
                    : COLLATOR.compare(a.substring(i, ei), b.substring(j, ej));
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    };

    @Test
    void agreesWithItsDefinitionOnRandomNames() {
        String[] parts = {"Group ", "group ", "Grôup ", "Café", "cafe", " of ", "Locality ", "0", "00", "7", "07", "10",
            "123456789012345678901234567890", "\u0663", "\u0660\u0661", "-", "é", "E", "", "Zed", "zed"};
        Random random = new Random(31);
        for (int n = 0; n < 200_000; n++) {
            String a = name(random, parts);
            String b = random.nextInt(4) == 0 ? a : name(random, parts);
            assertEquals(Integer.signum(DEFINITION.compare(a, b)), Integer.signum(Blocks.NATURAL.compare(a, b)),
                    "\"" + a + "\" against \"" + b + "\"");
        }
    }

    private static String name(Random random, String[] parts) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(5); k >= 0; k--) {
            b.append(parts[random.nextInt(parts.length)]);
        }
        return b.toString();
    }
}
