package org.localityworking.reporting.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;

/**
 * A site writes its pages straight into their files, a chunk of text at a time, instead of holding each page whole
 * (a national body's asset map page is 50 MB): the bytes must be those of the page held whole and encoded at once,
 * whatever the text, wherever a chunk ends.
 */
class StreamedPageTest {
    /** Text that escaping and encoding both care about: markup, one-, two-, three- and four-byte characters. */
    private static final String[] PIECES = {"a", "Sale & Altrincham", "<b>", "\"", "'", "é", "€", "£5", "\uD83D\uDE00",
        "\u4E2D", " ", "\n", "|"};

    @Test
    void textWrittenInChunksIsTheWholeTextEncodedAtOnce() throws IOException {
        Random random = new Random(31);
        for (int trial = 0; trial < 60; trial++) {
            StringBuilder text = new StringBuilder();
            int length = TextFormat.CHUNK * (1 + random.nextInt(3)) + 2 + random.nextInt(100);
            while (text.length() < length) {
                switch (random.nextInt(8)) {
                    case 0 -> text.append("\uD83D\uDE00"); // a pair, which a chunk must not split
                    case 1 -> text.append('\uD83D'); // a high half alone: encoded as '?', once, wherever it falls
                    case 2 -> text.append('\uDE00'); // a low half alone
                    default -> text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            // a pair across the first chunk's end, on purpose, and one just inside it
            text.replace(TextFormat.CHUNK - 1, TextFormat.CHUNK + 1, "\uD83D\uDE00");
            if (trial % 2 == 0) {
                text.replace(TextFormat.CHUNK - 2, TextFormat.CHUNK, "\uD83D\uDE00");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TextFormat.utf8(text, out);
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(), "trial " + trial);
        }
    }

    @Test
    void aSitePageStreamedIsThePageHeldWhole() throws IOException {
        Random random = new Random(7);
        for (int trial = 0; trial < 12; trial++) {
            Report report = report(random, trial % 3 == 0 ? 5 : 2_000 + random.nextInt(4_000));
            List<Nav.Link> siblings = trial % 4 == 1 ? List.of()
                    : List.of(new Nav.Link(text(random), "a.html", false), new Nav.Link(text(random), "b.html", true));
            Nav nav = new Nav(List.of(new Nav.Link("Home", "../index.html", false), new Nav.Link(text(random), "x", true)),
                    siblings, trial % 2 == 0 ? List.of() : List.of(new Nav.Link("Markdown", "r.md", false)),
                    "Reports for " + text(random));
            StringBuilder whole = new StringBuilder();
            HtmlFormat.page(report, nav, whole);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            SitePages.report(report, nav, streamed);
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), streamed.toByteArray(), "trial " + trial);
            if (trial % 3 != 0) {
                assertTrue(streamed.size() > 2 * TextFormat.CHUNK, "the page spans chunks: " + streamed.size());
            }
        }
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder("x");
        for (int i = random.nextInt(5); i >= 0; i--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static Report report(Random random, int rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of(Cell.text(text(random)), Cell.of(random.nextInt(1000)), Cell.text(text(random))));
        }
        List<Block> blocks = List.of(new Paragraph(text(random)), new Table(text(random), List.of("Name", "Count",
                "Note"), cells));
        return new Report("r", text(random), text(random), Audience.PUBLIC, Instant.parse("2016-03-01T09:00:00Z"),
                List.of(text(random)), List.of(new Section(text(random), blocks)));
    }
}
