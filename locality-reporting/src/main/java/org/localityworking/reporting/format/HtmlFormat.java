package org.localityworking.reporting.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
 * HTML as one self-contained file: no scripts, no external fonts, images or styles; charts as inline SVG;
 * tables with captions and header cells; a print layout. Every value from data is escaped ({@code & < > " '}).
 */
public final class HtmlFormat extends TextFormat {
    static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45;overflow-wrap:break-word}",
            "main{max-width:60rem;margin:0 auto;padding:1.5rem}",
            "header{border-bottom:4px solid #005a70;margin-bottom:1rem}",
            "h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #ccc}",
            ".meta{color:#444;margin:.2rem 0 .8rem}.audience{font-weight:bold}",
            "dl.figures{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}",
            "dl.figures div{border:1px solid #ccd;border-radius:4px;padding:.4rem .7rem;min-width:8rem}",
            "dl.figures dt{font-size:.85rem;color:#444}dl.figures dd{margin:0;font-size:1.3rem;font-weight:bold}",
            "table{border-collapse:collapse;margin:.8rem 0;width:100%;font-size:.92rem}",
            "caption{text-align:left;font-weight:bold;padding:.3rem 0}",
            "th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}td.num{text-align:right}",
            "thead th{background:#e8f0f2}tbody th{font-weight:normal;background:#f7f7f7}",
            ".note{border-left:4px solid #888;padding:.3rem .7rem;background:#f4f4f4}",
            ".note.no-data{border-color:#b35c00;background:#fff4e5}.note.warning{border-color:#b00020;background:#fdecee}",
            "figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}svg{max-width:100%;height:auto}",
            "footer{margin-top:2rem;color:#555;font-size:.85rem}",
            "a{color:#0b4f9c}a:focus{outline:3px solid #ffbf47;outline-offset:1px}",
            ".skip{position:absolute;left:-999px;top:0;background:#fff;padding:.4rem}.skip:focus{left:.5rem}",
            "nav.crumbs{background:#005a70;color:#fff;padding:.5rem 1.5rem}nav.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem}",
            "nav.crumbs li+li::before{content:'/';margin-right:.3rem;color:#cfe3e8}",
            "nav.crumbs a{color:#fff;display:inline-block;min-height:24px;line-height:24px}",
            "nav.pages ul{list-style:none;padding-left:0}nav.pages a{display:block;min-height:24px;padding:3px 0}",
            "nav.crumbs [aria-current]{font-weight:bold}",
            ".site{display:flex;gap:1.5rem;max-width:78rem;margin:0 auto}.site main{flex:1;min-width:0}",
            "nav.pages{flex:0 0 15rem;padding:1.5rem 1.5rem 1.5rem 0;font-size:.92rem}",
            "nav.pages h2{font-size:1rem;border:0;margin-top:0}nav.pages [aria-current]{font-weight:bold;color:#1b1b1b}",
            ".alternates{font-size:.9rem}.badge{font-size:.8rem;border:1px solid #767676;border-radius:3px;padding:0 .3rem}",
            "details{margin:.3rem 0 1rem}summary{cursor:pointer;color:#0b4f9c}",
            ".jump{display:none;margin:0;padding:.4rem 1rem;background:#e8f0f2}.jump a{display:inline-block;min-height:24px}",
            ".hexmap{display:flex;flex-wrap:wrap;gap:.5rem 2rem}.hexgroup h3,.cluster h3{font-size:1rem;margin:.6rem 0 .3rem}",
            ".hexpair{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:flex-start}",
            "ol.wards,ol.names{margin:0;padding-left:2.4rem;font-size:.92rem}.kind{color:#555}",
            "@media (max-width:50rem){.site{display:block}nav.pages{padding:1rem}.jump{display:block}",
            "main{padding:1rem}nav.crumbs{padding:.5rem 1rem}h1{font-size:1.5rem}",
            "table{font-size:.85rem}th,td{padding:.25rem .3rem;overflow-wrap:anywhere}}",
            "@page{size:A4;margin:15mm}",
            "@media print{main{max-width:none;padding:0}h2{break-after:avoid}figure,dl.figures{break-inside:avoid}",
            "thead{display:table-header-group}tr{break-inside:avoid}nav,.skip,.jump,.alternates,details{display:none}",
            ".site{display:block;max-width:none}",
            "a{color:inherit;text-decoration:none}header{border-color:#000}body{font-size:11pt}}");

    /** Creates the format. */
    public HtmlFormat() {
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /** {@return the text escaped for HTML element content and quoted attribute values} */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    void write(Report r, StringBuilder out) {
        page(r, null, out);
    }

    /**
     * Writes the report as a page; with a {@link Nav}, as a page of a site: breadcrumbs, the other reports beside it
     * and its other formats, around the same report.
     */
    static void page(Report r, Nav nav, StringBuilder out) {
        document(r.title() + " - " + r.subject(), nav, content(r, nav), out);
    }

    /**
     * Writes the report as a page of a site to the stream, as {@link #page(Report, Nav, StringBuilder)} would write
     * it, without holding the page whole: the layout around the content is written before and after it, the content
     * in chunks (a national body's asset map is a page of 50 MB).
     */
    static void page(Report r, Nav nav, OutputStream out) throws IOException {
        StringBuilder content = content(r, nav);
        StringBuilder around = new StringBuilder(16 * 1024);
        head(r.title() + " - " + r.subject(), nav, around);
        utf8(around, out);
        utf8(content, out);
        around.setLength(0);
        tail(nav, around);
        utf8(around, out);
    }

    /** {@return what goes inside the page's {@code main}: the report's header, its sections and its sources} */
    private static StringBuilder content(Report r, Nav nav) {
        StringBuilder body = new StringBuilder();
        body.append("<header>\n<h1>").append(escape(r.title())).append("</h1>\n")
                .append("<p class=\"meta\"><span class=\"subject\">").append(escape(r.subject())).append("</span> | ")
                .append("<span class=\"audience\">").append(escape(audience(r.audience()))).append("</span> | ")
                .append("Generated ").append(escape(GENERATED.format(r.generatedAt()))).append("</p>\n");
        if (nav != null && !nav.alternates().isEmpty()) {
            body.append("<p class=\"alternates\">Also as: ");
            for (int i = 0; i < nav.alternates().size(); i++) {
                Nav.Link l = nav.alternates().get(i);
                body.append(i == 0 ? "" : ", ").append("<a href=\"").append(escape(l.href())).append("\">")
                        .append(escape(l.text())).append("</a>");
            }
            body.append("</p>\n");
        }
        body.append("</header>\n");
        Block.Visitor<Void> blocks = new Blocks(body);
        for (Section s : r.sections()) {
            body.append("<section>\n<h2>").append(escape(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                b.accept(blocks);
            }
            body.append("</section>\n");
        }
        if (!r.sources().isEmpty()) {
            body.append("<footer>Sources: ").append(escape(String.join("; ", r.sources()))).append("</footer>\n");
        }
        return body;
    }

    /** Writes key figures as a definition list. */
    static void figures(KeyFigures k, StringBuilder out) {
        out.append("<dl class=\"figures\">\n");
        k.figures().forEach(f -> out.append("<div><dt>").append(escape(f.label())).append("</dt><dd>")
                .append(escape(f.value())).append("</dd></div>\n"));
        out.append("</dl>\n");
    }

    /**
     * Writes a whole HTML document: the page's title, its content inside {@code main}, and, with a {@link Nav}, a
     * skip link, the breadcrumb trail and the list of pages beside it. Every page of a site has this one layout.
     */
    static void document(String title, Nav nav, CharSequence content, StringBuilder out) {
        head(title, nav, out);
        out.append(content);
        tail(nav, out);
    }

    /** Writes the document up to where its content starts, inside {@code main}. */
    private static void head(String title, Nav nav, StringBuilder out) {
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        if (nav == null) {
            out.append("<main>\n");
            return;
        }
        out.append("<a class=\"skip\" href=\"#content\">Skip to content</a>\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\">\n<ol>\n");
        for (Nav.Link l : nav.breadcrumbs()) {
            out.append("<li>").append(link(l)).append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
        // the title comes first on every screen: the pages beside this one follow the content (beside it on a
        // wide screen); on a narrow one a single link under the trail jumps to them
        if (!nav.siblings().isEmpty()) {
            out.append("<p class=\"jump\"><a href=\"#pages\">").append(escape(nav.siblingsTitle())).append(" (")
                    .append(nav.siblings().size()).append(")</a></p>\n");
        }
        out.append("<div class=\"site\">\n<main id=\"content\">\n");
    }

    /** Writes the document from where its content ends. */
    private static void tail(Nav nav, StringBuilder out) {
        if (nav == null) {
            out.append("</main>\n</body>\n</html>\n");
            return;
        }
        out.append("</main>\n");
        if (!nav.siblings().isEmpty()) {
            out.append("<nav class=\"pages\" id=\"pages\" aria-label=\"").append(escape(nav.siblingsTitle())).append("\">\n<h2>")
                    .append(escape(nav.siblingsTitle())).append("</h2>\n<ul>\n");
            for (Nav.Link l : nav.siblings()) {
                out.append("<li>").append(link(l)).append("</li>\n");
            }
            out.append("</ul>\n</nav>\n");
        }
        out.append("</div>\n</body>\n</html>\n");
    }

    private static String link(Nav.Link l) {
        return l.current() ? "<a href=\"" + escape(l.href()) + "\" aria-current=\"page\">" + escape(l.text()) + "</a>"
                : "<a href=\"" + escape(l.href()) + "\">" + escape(l.text()) + "</a>";
    }

    /** Writes a table of text (the charts' and the site's own tables). */
    static void table(String caption, List<String> headers, List<List<String>> rows, StringBuilder out) {
        table(Table.of(caption, headers, rows), out);
    }

    /**
     * Writes a table: numbers, counts and money right-aligned, days as {@code <time>} with their ISO date, links
     * as links; the first cell of each row is its header.
     */
    static void table(Table t, StringBuilder out) {
        out.append("<table>\n<caption>").append(escape(t.caption())).append("</caption>\n<thead><tr>");
        t.headers().forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                boolean number = numeric(c);
                out.append(i == 0 ? "<th scope=\"row\"" : "<td").append(number ? " class=\"num\">" : ">");
                cell(c, out);
                out.append(i == 0 ? "</th>" : "</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void cell(Cell c, StringBuilder out) {
        if (c instanceof Cell.Date d) {
            out.append("<time datetime=\"").append(d.raw()).append("\">").append(escape(d.display())).append("</time>");
        } else if (c instanceof Cell.Link l) {
            out.append("<a href=\"").append(escape(l.href())).append("\">").append(escape(l.text())).append("</a>");
        } else {
            out.append(escape(c.display()));
        }
    }

    /** Each block type as HTML: a visitor, so a block type this format does not write does not compile. */
    private static final class Blocks implements Block.Visitor<Void> {
        private final StringBuilder body;
        private int chart;

        Blocks(StringBuilder body) {
            this.body = body;
        }

        @Override
        public Void keyFigures(KeyFigures k) {
            figures(k, body);
            return null;
        }

        @Override
        public Void table(Table t) {
            HtmlFormat.table(t, body);
            return null;
        }

        @Override
        public Void barChart(BarChart c) {
            Svg.barChart(c, "chart-" + ++chart, body);
            return null;
        }

        @Override
        public Void pointMap(PointMap m) {
            Svg.pointMap(m, "map-" + ++chart, body);
            return null;
        }

        @Override
        public Void wardMap(WardMap m) {
            Svg.wardMap(m, "wards-" + ++chart, body);
            return null;
        }

        @Override
        public Void networkDiagram(NetworkDiagram n) {
            Svg.network(n, "network-" + ++chart, body);
            return null;
        }

        @Override
        public Void note(Note n) {
            body.append("<p class=\"note ").append(n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .append("\"><strong>").append(noteLabel(n.kind())).append("</strong> ")
                    .append(escape(n.text())).append("</p>\n");
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            body.append("<p>").append(escape(p.text())).append("</p>\n");
            return null;
        }
    }
}
