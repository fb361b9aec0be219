package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CouncilSummaryTest {
    @Test
    void theDemoDescribesBothCouncilsAndFindsNoViolations() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int violations = CouncilSummary.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, violations, out);
        assertTrue(out.contains("== Trafford Council (E08000009)"), out);
        assertTrue(out.contains("4 localities, 21 wards"), out);
        assertTrue(out.contains("Bucklow-St Martins (Partington part)"), out);
        assertTrue(out.contains("== Herefordshire Council (E06000019)"), out);
        assertTrue(out.contains("9 localities"), out);
        assertTrue(out.contains("Leominster [illustrative]"), out);
    }
}
