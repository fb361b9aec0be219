package org.localityworking.reporting.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;
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

/**
 * Markdown (CommonMark with GFM pipe tables), written by commonmark-java's Markdown renderer from a document
 * tree: every value from data is a text node, which the renderer escapes only where the character would
 * otherwise mean something there, so text can open no link, image, HTML tag, heading, list or table cell, and
 * reads as it was written ({@code 09:00}, {@code £3,600.00}). Line breaks inside a value are folded to spaces.
 */
public final class MarkdownFormat extends TextFormat {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(EXTENSIONS).build();

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

    /** {@return a value as a text node: its line breaks folded to spaces} */
    static Text text(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return new Text(b == null ? s : b.toString());
    }

    private static <N extends Node> N with(N parent, Node... children) {
        for (Node c : children) {
            parent.appendChild(c);
        }
        return parent;
    }

    private static Heading heading(int level, String title) {
        Heading h = new Heading();
        h.setLevel(level);
        return with(h, text(title));
    }

    private static org.commonmark.node.Paragraph para(Node... children) {
        return with(new org.commonmark.node.Paragraph(), children);
    }

    @Override
    void write(Report r, StringBuilder out) {
        Document doc = new Document();
        doc.appendChild(heading(1, r.title()));
        org.commonmark.node.Paragraph about = para(with(new StrongEmphasis(), text(r.subject())),
                new HardLineBreak(), text("Audience: " + audience(r.audience())), new HardLineBreak(),
                text("Generated: " + GENERATED.format(r.generatedAt())));
        if (!r.sources().isEmpty()) {
            with(about, new HardLineBreak(), text("Sources: " + String.join("; ", r.sources())));
        }
        doc.appendChild(about);
        Blocks blocks = new Blocks(doc);
        for (Section s : r.sections()) {
            doc.appendChild(heading(2, s.title()));
            for (Block b : s.blocks()) {
                b.accept(blocks);
            }
        }
        out.append(withoutNeedlessAmpersandEscapes(RENDERER.render(doc)));
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    /**
     * commonmark's renderer escapes every {@code &} in text; an ampersand opens a character reference only when
     * a name or number and a semicolon follow it, so every other escape is needless ({@code Old Trafford & Stretford}
     * reads as written). An escaped backslash before it is left alone.
     */
    static String withoutNeedlessAmpersandEscapes(String markdown) {
        StringBuilder b = new StringBuilder(markdown.length());
        int copied = 0;
        for (int i = markdown.indexOf("\\&"); i >= 0; i = markdown.indexOf("\\&", i + 2)) {
            int slashes = 0;
            for (int j = i; j >= 0 && markdown.charAt(j) == '\\'; j--) {
                slashes++;
            }
            if (slashes % 2 == 1 && !ENTITY.matcher(markdown).region(i + 1, markdown.length()).lookingAt()) {
                b.append(markdown, copied, i); // drop the backslash, keep the ampersand
                copied = i + 1;
            }
        }
        return copied == 0 ? markdown : b.append(markdown, copied, markdown.length()).toString();
    }

    /** A caption in emphasis, then a pipe table; columns whose cells are all numbers are right-aligned. */
    static void table(Node doc, String caption, List<String> headers, List<List<Cell>> rows) {
        doc.appendChild(para(with(new Emphasis(), text(caption))));
        List<TableCell.Alignment> align = new ArrayList<>();
        for (int j = 0; j < headers.size(); j++) {
            final int col = j;
            boolean numeric = !rows.isEmpty() && rows.stream().map(row -> row.get(col)).allMatch(
                    c -> c instanceof Cell.Count || c instanceof Cell.Decimal || c instanceof Cell.Amount);
            align.add(numeric ? TableCell.Alignment.RIGHT : null); // null: the default, left
        }
        TableRow head = new TableRow();
        for (int j = 0; j < headers.size(); j++) {
            head.appendChild(cell(headers.get(j), true, align.get(j)));
        }
        TableBody body = new TableBody();
        for (List<Cell> row : rows) {
            TableRow tr = new TableRow();
            for (int j = 0; j < row.size(); j++) {
                tr.appendChild(cell(row.get(j).display(), false, align.get(j)));
            }
            body.appendChild(tr);
        }
        TableBlock table = with(new TableBlock(), with(new TableHead(), head));
        if (!rows.isEmpty()) {
            table.appendChild(body);
        }
        doc.appendChild(table);
    }

    private static TableCell cell(String value, boolean header, TableCell.Alignment alignment) {
        TableCell c = new TableCell();
        c.setHeader(header);
        c.setAlignment(alignment);
        return with(c, text(value));
    }

    private static List<List<Cell>> text(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList();
    }

    /** Each block type as Markdown nodes: a visitor, so a block type this format does not write does not compile. */
    private static final class Blocks implements Block.Visitor<Void> {
        private final Document doc;

        Blocks(Document doc) {
            this.doc = doc;
        }

        @Override
        public Void keyFigures(KeyFigures k) {
            BulletList list = new BulletList();
            list.setMarker("-");
            list.setTight(true);
            k.figures().forEach(f -> list.appendChild(with(new ListItem(), para(
                    with(new StrongEmphasis(), text(f.label() + ":")), text(" " + f.value())))));
            doc.appendChild(list);
            return null;
        }

        @Override
        public Void table(Table t) {
            MarkdownFormat.table(doc, t.caption(), t.headers(), t.rows());
            return null;
        }

        @Override
        public Void barChart(BarChart c) {
            List<String> headers = new ArrayList<>(List.of(c.unitLabel()));
            c.series().forEach(s -> headers.add(s.name()));
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < c.categories().size(); i++) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(c.categories().get(i))));
                for (BarChart.Series s : c.series()) {
                    row.add(c.cell(s.values().get(i)));
                }
                rows.add(row);
            }
            MarkdownFormat.table(doc, "Chart: " + c.title() + (c.stacked() ? " (stacked)" : ""), headers, rows);
            return null;
        }

        @Override
        public Void pointMap(PointMap m) {
            MarkdownFormat.table(doc, "Map: " + m.title(), List.of("Place", "Group", "Latitude", "Longitude"),
                    text(m.points().stream().map(p -> List.of(p.label(), p.group(), Double.toString(p.latitude()),
                            Double.toString(p.longitude()))).toList()));
            return null;
        }

        @Override
        public Void wardMap(WardMap m) {
            MarkdownFormat.table(doc, "Ward map: " + m.title(), List.of("Ward", "Locality", "Hex (q, r)", "Assets"),
                    m.tiles().stream().map(t -> List.of(Cell.text(t.hex().name()), Cell.text(t.locality()),
                            Cell.text(t.hex().q() + ", " + t.hex().r()), (Cell) new Cell.Count(t.markers().size())))
                            .toList());
            return null;
        }

        @Override
        public Void networkDiagram(NetworkDiagram n) {
            MarkdownFormat.table(doc, "Network: " + n.title(), List.of("Association", "Kind", "Cluster"),
                    n.nodes().stream().map(x -> List.of(Cell.text(x.label()), Cell.text(x.group()),
                            (Cell) new Cell.Count(x.cluster() + 1L))).toList());
            Map<String, String> labels = new HashMap<>();
            n.nodes().forEach(x -> labels.put(x.id(), x.label()));
            MarkdownFormat.table(doc, "Links: " + n.title(), List.of("Between", "And", "Weight", "Bridge"),
                    n.edges().stream().map(e -> List.of(Cell.text(labels.get(e.from())), Cell.text(labels.get(e.to())),
                            (Cell) new Cell.Count(e.weight()), Cell.text(e.bridge() ? "yes" : "no"))).toList());
            return null;
        }

        @Override
        public Void note(Note n) {
            doc.appendChild(with(new BlockQuote(), para(with(new StrongEmphasis(), text(noteLabel(n.kind()))),
                    text(" " + n.text()))));
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            doc.appendChild(para(text(p.text())));
            return null;
        }
    }
}
