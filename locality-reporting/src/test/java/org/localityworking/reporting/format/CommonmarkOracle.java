package org.localityworking.reporting.format;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
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
import org.localityworking.reporting.WardMap;

/**
 * The oracle for the Markdown format: a report as a commonmark-java document tree (the tree the format built
 * until it wrote Markdown itself), rendered to Markdown by commonmark's own renderer or to HTML (what the tree
 * means).
 */
final class CommonmarkOracle {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

    private CommonmarkOracle() {
    }

    /** {@return the report as commonmark's renderer writes it, with the ampersand escapes it needs only} */
    static String markdown(Report r) {
        String md = MARKDOWN.render(tree(r));
        StringBuilder b = new StringBuilder(md.length());
        int copied = 0;
        for (int i = md.indexOf("\\&"); i >= 0; i = md.indexOf("\\&", i + 2)) {
            int slashes = 0;
            for (int j = i; j >= 0 && md.charAt(j) == '\\'; j--) {
                slashes++;
            }
            if (slashes % 2 == 1 && !ENTITY.matcher(md).region(i + 1, md.length()).lookingAt()) {
                b.append(md, copied, i);
                copied = i + 1;
            }
        }
        return b.append(md, copied, md.length()).toString();
    }

    /** {@return what the report's tree means: the HTML commonmark renders from the tree itself} */
    static String meaning(Report r) {
        return HTML.render(tree(r));
    }

    static Document tree(Report r) {
        Document doc = new Document();
        doc.appendChild(heading(1, r.title()));
        org.commonmark.node.Paragraph about = para(with(new StrongEmphasis(), text(r.subject())),
                new HardLineBreak(), text("Audience: " + (r.audience() == Audience.PUBLIC ? "Public"
                        : "Internal: not for publication")), new HardLineBreak(),
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
        return doc;
    }

    static Text text(String s) {
        return new Text(s.replace('\n', ' ').replace('\r', ' ').replace('\u2028', ' ').replace('\u2029', ' '));
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

    private static void table(Node doc, String caption, List<String> headers, List<List<Cell>> rows) {
        doc.appendChild(para(with(new Emphasis(), text(caption))));
        List<TableCell.Alignment> align = new ArrayList<>();
        for (int j = 0; j < headers.size(); j++) {
            final int col = j;
            boolean numeric = !rows.isEmpty() && rows.stream().map(row -> row.get(col)).allMatch(
                    c -> c instanceof Cell.Count || c instanceof Cell.Decimal || c instanceof Cell.Amount);
            align.add(numeric ? TableCell.Alignment.RIGHT : null);
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

    private static List<List<Cell>> texts(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList();
    }

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
            CommonmarkOracle.table(doc, t.caption(), t.headers(), t.rows());
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
            CommonmarkOracle.table(doc, "Chart: " + c.title() + (c.stacked() ? " (stacked)" : ""), headers, rows);
            return null;
        }

        @Override
        public Void pointMap(PointMap m) {
            CommonmarkOracle.table(doc, "Map: " + m.title(), List.of("Place", "Group", "Latitude", "Longitude"),
                    texts(m.points().stream().map(p -> List.of(p.label(), p.group(), Double.toString(p.latitude()),
                            Double.toString(p.longitude()))).toList()));
            return null;
        }

        @Override
        public Void wardMap(WardMap m) {
            CommonmarkOracle.table(doc, "Ward map: " + m.title(), List.of("Ward", "Locality", "Hex (q, r)", "Assets"),
                    m.tiles().stream().map(t -> List.of(Cell.text(t.hex().name()), Cell.text(t.locality()),
                            Cell.text(t.hex().q() + ", " + t.hex().r()), (Cell) new Cell.Count(t.markers().size())))
                            .toList());
            return null;
        }

        @Override
        public Void networkDiagram(NetworkDiagram n) {
            CommonmarkOracle.table(doc, "Network: " + n.title(), List.of("Association", "Kind", "Cluster"),
                    n.nodes().stream().map(x -> List.of(Cell.text(x.label()), Cell.text(x.group()),
                            (Cell) new Cell.Count(x.cluster() + 1L))).toList());
            Map<String, String> labels = new HashMap<>();
            n.nodes().forEach(x -> labels.put(x.id(), x.label()));
            CommonmarkOracle.table(doc, "Links: " + n.title(), List.of("Between", "And", "Weight", "Bridge"),
                    n.edges().stream().map(e -> List.of(Cell.text(labels.get(e.from())), Cell.text(labels.get(e.to())),
                            (Cell) new Cell.Count(e.weight()), Cell.text(e.bridge() ? "yes" : "no"))).toList());
            return null;
        }

        @Override
        public Void note(Note n) {
            doc.appendChild(with(new BlockQuote(), para(with(new StrongEmphasis(), text(
                    switch (n.kind()) {
                        case NO_DATA -> "No data:";
                        case WARNING -> "Warning:";
                        case INFO -> "Note:";
                    })), text(" " + n.text()))));
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            doc.appendChild(para(text(p.text())));
            return null;
        }
    }
}
