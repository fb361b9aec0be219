package org.localityworking.reporting.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.localityworking.reporting.WardMap;
import org.localityworking.reporting.format.MarkdownWriter.Place;

/**
 * Markdown (CommonMark with GFM pipe tables): every value from data is written as text, escaped only where the
 * character would otherwise mean something there, so text can open no link, image, HTML tag, heading, list, code
 * block or table cell, and reads as it was written ({@code 09:00}, {@code £3,600.00}). Line breaks inside a value
 * are folded to spaces. The bytes are those commonmark-java's Markdown renderer writes for the same document (see
 * {@code MarkdownWriter}), written straight into the output without building a document tree.
 */
public final class MarkdownFormat extends TextFormat {
    /** Creates the format. */
    public MarkdownFormat() {
    }

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=utf-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    void write(Report r, StringBuilder out) {
        int from = out.length();
        MarkdownWriter md = new MarkdownWriter(out);
        md.heading(1, r.title());
        md.strong(r.subject()).hardBreak().text("Audience: " + audience(r.audience()), Place.TEXT, true).hardBreak()
                .text("Generated: " + GENERATED.format(r.generatedAt()), Place.TEXT, true);
        if (!r.sources().isEmpty()) {
            md.hardBreak().text("Sources: " + String.join("; ", r.sources()), Place.TEXT, true);
        }
        md.block();
        Blocks blocks = new Blocks(md);
        for (Section s : r.sections()) {
            md.heading(2, s.title());
            for (Block b : s.blocks()) {
                b.accept(blocks);
            }
        }
        md.end();
        md.dropNeedlessAmpersandEscapes(from);
    }

    /** A caption in emphasis, then a pipe table; columns whose cells are all numbers are right-aligned. */
    private static void table(MarkdownWriter md, String caption, List<String> headers, List<List<Cell>> rows) {
        md.emphasis(caption).block();
        md.table();
        for (String h : headers) {
            md.cell(h);
        }
        md.raw('|').block();
        for (int j = 0; j < headers.size(); j++) {
            boolean allNumbers = !rows.isEmpty();
            for (int i = 0; allNumbers && i < rows.size(); i++) {
                allNumbers = numeric(rows.get(i).get(j));
            }
            md.raw(allNumbers ? "|---:" : "|---");
        }
        md.raw('|').block();
        MarkdownWriter.Column[] columns = new MarkdownWriter.Column[headers.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = new MarkdownWriter.Column();
        }
        for (List<Cell> row : rows) {
            md.row(row, columns);
        }
        md.endTable();
    }

    /** Each block type as Markdown: a visitor, so a block type this format does not write does not compile. */
    private static final class Blocks implements Block.Visitor<Void> {
        private final MarkdownWriter md;

        Blocks(MarkdownWriter md) {
            this.md = md;
        }

        @Override
        public Void keyFigures(KeyFigures k) {
            md.list();
            for (KeyFigures.Figure f : k.figures()) {
                md.item().strong(f.label() + ":").text(" " + f.value(), Place.TEXT, true).block().endItem();
            }
            md.endList();
            return null;
        }

        @Override
        public Void table(Table t) {
            MarkdownFormat.table(md, t.caption(), t.headers(), t.rows());
            return null;
        }

        @Override
        public Void barChart(BarChart c) {
            List<String> headers = new java.util.ArrayList<>(List.of(c.unitLabel()));
            c.series().forEach(s -> headers.add(s.name()));
            List<List<Cell>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < c.categories().size(); i++) {
                List<Cell> row = new java.util.ArrayList<>(List.of(Cell.text(c.categories().get(i))));
                for (BarChart.Series s : c.series()) {
                    row.add(c.cell(s.values().get(i)));
                }
                rows.add(row);
            }
            MarkdownFormat.table(md, "Chart: " + c.title() + (c.stacked() ? " (stacked)" : ""), headers, rows);
            return null;
        }

        @Override
        public Void pointMap(PointMap m) {
            MarkdownFormat.table(md, "Map: " + m.title(), List.of("Place", "Group", "Latitude", "Longitude"),
                    m.points().stream().map(p -> List.of(Cell.text(p.label()), Cell.text(p.group()),
                            Cell.text(Double.toString(p.latitude())), Cell.text(Double.toString(p.longitude())))).toList());
            return null;
        }

        @Override
        public Void wardMap(WardMap m) {
            MarkdownFormat.table(md, "Ward map: " + m.title(), List.of("Ward", "Locality", "Hex (q, r)", "Assets"),
                    m.tiles().stream().map(t -> List.of(Cell.text(t.hex().name()), Cell.text(t.locality()),
                            Cell.text(t.hex().q() + ", " + t.hex().r()), (Cell) new Cell.Count(t.markers().size())))
                            .toList());
            return null;
        }

        @Override
        public Void networkDiagram(NetworkDiagram n) {
            MarkdownFormat.table(md, "Network: " + n.title(), List.of("Association", "Kind", "Cluster"),
                    n.nodes().stream().map(x -> List.of(Cell.text(x.label()), Cell.text(x.group()),
                            (Cell) new Cell.Count(x.cluster() + 1L))).toList());
            Map<String, String> labels = new HashMap<>();
            n.nodes().forEach(x -> labels.put(x.id(), x.label()));
            MarkdownFormat.table(md, "Links: " + n.title(), List.of("Between", "And", "Weight", "Bridge"),
                    n.edges().stream().map(e -> List.of(Cell.text(labels.get(e.from())),
                            Cell.text(labels.get(e.to())), (Cell) new Cell.Count(e.weight()),
                            Cell.text(e.bridge() ? "yes" : "no"))).toList());
            return null;
        }

        @Override
        public Void note(Note n) {
            md.quote().strong(noteLabel(n.kind())).text(" " + n.text(), Place.TEXT, true).block().endQuote();
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            md.text(p.text(), Place.TEXT, false).block();
            return null;
        }
    }
}
