package org.localityworking.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;

/** {@link Checks#isId} answers as the {@link Checks#ID} pattern does, which it replaced on the hot path. */
class ChecksIdTest {
    private static final String ALPHABET = "aZ09._:-/ \t\n#é中\u0000\uD83C\uDF33AzQ9";

    @Test
    void isIdAgreesWithThePatternOnEveryShapeOfString() {
        Random random = new Random(6);
        List<String> values = new ArrayList<>(List.of("", "a", "-a", "a-", ".", "_x", "x".repeat(128), "x".repeat(129),
                "A.b_c:d-e", "ward:E05000819", "9", "é", "a b"));
        for (int i = 0; i < 100_000; i++) {
            int length = random.nextInt(6) == 0 ? 120 + random.nextInt(12) : random.nextInt(8);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < length; j++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            values.add(b.toString());
        }
        int ids = 0;
        for (String v : values) {
            boolean expected = Checks.ID.matcher(v).matches();
            assertEquals(expected, Checks.isId(v), () -> "\"" + v + "\"");
            ids += expected ? 1 : 0;
        }
        assertTrue(ids > 1_000 && ids < values.size() - 1_000, "both answers reached: " + ids + " ids");
    }

    @Test
    void aBadIdIsRefusedNamingTheFieldAndTheRule() {
        ValidationException e = assertThrows(ValidationException.class, () -> Checks.id("Asset.id", "-x"));
        assertEquals("Asset.id", e.field());
        assertTrue(e.getMessage().contains("start with a letter or digit"), e.getMessage());
    }
}
