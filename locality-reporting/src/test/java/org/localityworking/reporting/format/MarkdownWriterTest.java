package org.localityworking.reporting.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.NetworkDiagram;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.WardLayout;
import org.localityworking.reporting.WardMap;

/**
 * The Markdown format writes Markdown itself; commonmark-java is its oracle. Random reports, every block type,
 * with hostile text in every field (Markdown's specials, entities, HTML, list and heading markers, line breaks):
 * what the format writes must mean what the report's commonmark tree means (parsed back and rendered to HTML, the
 * same as the tree rendered to HTML), and must be the very bytes commonmark's own Markdown renderer writes for that
 * tree wherever the renderer's output keeps that meaning (so the format escapes no more than the renderer).
 */
class MarkdownWriterTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String[] PIECES = {"a", "Sale", "word", " ", "  ", "\t", "\n", "\r\n", "\u2028", "-", "+", "*",
        "_", "#", "=", "~", "~~~", "`", "```", "|", "\\", "[", "]", "(", ")", "!", "<", ">", "&", "&amp;", "&#60;",
        "&#x3C;", "&copy", ";", ":", ".", "1.", "12)", "1234567890.", "<b>", "</p>", "<!--", "[x](javascript:y)",
        "![i](u)", "<https://e.example>", "---", "***", "___", "> q", "- i", "+ i", "# h", "é", "中", "\uD83C\uDF33",
        "09:00", "£3,600.00", "'", "\"", "{", "}", "%", "$", "^", "@", "/", "0", "9", "\u00a0", "\u2003"};

    private final MarkdownFormat format = new MarkdownFormat();

    @Test
    void theFormatMeansWhatTheTreeMeansAndEscapesNoMoreThanCommonmark() throws IOException {
        Random random = new Random(20261206L);
        int reports = 0;
        int same = 0;
        List<String> commonmarkLosesMeaning = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            Report r = report(random);
            reports++;
            String ours = render(r);
            String meaning = normal(CommonmarkOracle.meaning(r));
            assertEquals(meaning, normal(HTML.render(PARSER.parse(ours))), () -> "the format changed the meaning of\n"
                    + ours);
            String theirs = CommonmarkOracle.markdown(r);
            if (normal(HTML.render(PARSER.parse(theirs))).equals(meaning)) {
                assertEquals(theirs, ours, "not the bytes commonmark writes for the same tree");
                same++;
            } else {
                commonmarkLosesMeaning.add(theirs);
            }
        }
        // commonmark's own output loses the meaning of about 4 reports in 10 here (whitespace inside emphasis, a
        // backslash ending a cell, two lists in a row, a leading + or ~~~); the rest are compared byte for byte
        assertTrue(same > reports / 2, same + " of " + reports + " compared byte for byte");
        assertTrue(!commonmarkLosesMeaning.isEmpty(), "the reports reach the two escapes commonmark lacks");
    }

    @Test
    void theTwoAdditionsKeepALineOfText() throws IOException {
        for (String text : List.of("+ not a list", "~~~ not code", "+", "+\tx")) {
            Report r = report(List.of(new Section("S", List.of(new Paragraph(text)))));
            String md = render(r);
            assertEquals(normal(CommonmarkOracle.meaning(r)), normal(HTML.render(PARSER.parse(md))), md);
            assertTrue(!normal(HTML.render(PARSER.parse(CommonmarkOracle.markdown(r)))).equals(
                    normal(CommonmarkOracle.meaning(r))), "commonmark 0.32 would have changed " + text);
        }
    }

    @Test
    void emphasisAfterAnEscapedStarUsesUnderscores() throws IOException {
        Report r = report(List.of(new Section("S", List.of(new Paragraph("ends with *"),
                Table.of("caption", List.of("h"), List.of(List.of("v")))))));
        String md = render(r);
        assertTrue(md.contains("ends with \\*\n\n_caption_\n"), md);
        assertEquals(CommonmarkOracle.markdown(r), md);
    }

    private String render(Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.render(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Whitespace the parser trims or folds (at the ends of paragraphs and cells) is not meaning. */
    private static String normal(String html) {
        return html.replaceAll("\\s+", " ").replaceAll(" ?(<[^>]*>) ?", "$1");
    }

    private static Report report(List<Section> sections) {
        return new Report("r", "Title", "Subject", Audience.PUBLIC, Instant.parse("2016-03-01T09:00:00Z"), List.of(),
                sections);
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** A text that the model accepts (not blank). */
    private static String name(Random random) {
        String s = text(random);
        return s.isBlank() ? "x" + s : s;
    }

    private static <T> T retry(Supplier<T> make) {
        for (int i = 0; ; i++) {
            try {
                return make.get();
            } catch (ValidationException e) {
                if (i > 100) {
                    throw e;
                }
            }
        }
    }

    private static Report report(Random random) {
        List<Section> sections = new ArrayList<>();
        for (int s = random.nextInt(4); s > 0; s--) {
            List<Block> blocks = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                blocks.add(retry(() -> block(random)));
            }
            sections.add(new Section(name(random), blocks));
        }
        List<String> sources = new ArrayList<>();
        for (int s = random.nextInt(3); s > 0; s--) {
            sources.add(name(random));
        }
        return new Report("r", name(random), name(random), random.nextBoolean() ? Audience.PUBLIC : Audience.INTERNAL,
                Instant.ofEpochSecond(1_400_000_000L + random.nextInt(100_000_000)), sources, sections);
    }

    private static Block block(Random random) {
        switch (random.nextInt(8)) {
            case 0 -> {
                List<KeyFigures.Figure> figures = new ArrayList<>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    figures.add(new KeyFigures.Figure(name(random), name(random)));
                }
                return new KeyFigures(figures);
            }
            case 1 -> {
                int columns = 1 + random.nextInt(3);
                List<String> headers = new ArrayList<>();
                for (int j = 0; j < columns; j++) {
                    headers.add(random.nextInt(5) == 0 ? "" : text(random));
                }
                List<List<Cell>> rows = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    List<Cell> row = new ArrayList<>();
                    for (int j = 0; j < columns; j++) {
                        // half the time the cell above again, the same string: the writer copies a value its column
                        // has met and found plain without looking at it again, and must write the same bytes
                        row.add(!rows.isEmpty() && random.nextBoolean() ? rows.get(random.nextInt(rows.size())).get(j)
                                : j == columns - 1 && random.nextBoolean() ? Cell.of(random.nextInt(2000))
                                : Cell.text(random.nextInt(6) == 0 ? "" : text(random)));
                    }
                    rows.add(row);
                }
                return new Table(name(random), headers, rows);
            }
            case 2 -> {
                List<String> categories = List.of(name(random), name(random));
                return new BarChart(name(random), random.nextBoolean() ? BarChart.POUNDS : name(random), categories,
                        List.of(new BarChart.Series(name(random), List.of(1.0, 2.5))), random.nextBoolean());
            }
            case 3 -> {
                return new PointMap(name(random), List.of(new PointMap.Point(name(random), name(random), 53.4, -2.3)));
            }
            case 4 -> {
                WardLayout.Hex hex = new WardLayout.Hex("w1", name(random), "l1", random.nextInt(5), random.nextInt(5));
                return new WardMap(name(random), List.of(new WardMap.Tile(hex, name(random),
                        List.of(new WardMap.Marker(name(random), name(random))))));
            }
            case 5 -> {
                List<NetworkDiagram.Node> nodes = List.of(new NetworkDiagram.Node("a", name(random), name(random), 0),
                        new NetworkDiagram.Node("b", name(random), name(random), 1));
                return new NetworkDiagram(name(random), nodes, List.of(new NetworkDiagram.Edge("a", "b", 2, true)));
            }
            case 6 -> {
                List<Note.Kind> kinds = List.of(Note.Kind.values());
                return new Note(kinds.get(random.nextInt(kinds.size())), name(random));
            }
            default -> {
                return new Paragraph(name(random));
            }
        }
    }
}
