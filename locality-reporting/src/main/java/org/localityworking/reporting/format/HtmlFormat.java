package org.localityworking.reporting.format;

import java.util.List;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;

/**
 * HTML as one self-contained file: no scripts, no external fonts, images or styles; charts as inline SVG;
 * tables with captions and header cells; a print layout. Every value from data is escaped ({@code & < > " '}).
 */
public final class HtmlFormat extends TextFormat {
    static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}",
            "main{max-width:60rem;margin:0 auto;padding:1.5rem}",
            "header{border-bottom:4px solid #005a70;margin-bottom:1rem}",
            "h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #ccc}",
            ".meta{color:#444;margin:.2rem 0 .8rem}.audience{font-weight:bold}",
            "dl.figures{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}",
            "dl.figures div{border:1px solid #ccd;border-radius:4px;padding:.4rem .7rem;min-width:8rem}",
            "dl.figures dt{font-size:.85rem;color:#444}dl.figures dd{margin:0;font-size:1.3rem;font-weight:bold}",
            "table{border-collapse:collapse;margin:.8rem 0;width:100%;font-size:.92rem}",
            "caption{text-align:left;font-weight:bold;padding:.3rem 0}",
            "th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}",
            "thead th{background:#e8f0f2}tbody th{font-weight:normal;background:#f7f7f7}",
            ".note{border-left:4px solid #888;padding:.3rem .7rem;background:#f4f4f4}",
            ".note.no-data{border-color:#b35c00;background:#fff4e5}.note.warning{border-color:#b00020;background:#fdecee}",
            "figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.3rem}svg{max-width:100%;height:auto}",
            "footer{margin-top:2rem;color:#555;font-size:.85rem}",
            "@media print{main{max-width:none;padding:0}h2{break-after:avoid}table,figure,dl.figures{break-inside:avoid}",
            "a{color:inherit;text-decoration:none}header{border-color:#000}}");

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

    /** @return the text escaped for HTML element content and quoted attribute values */
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
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(r.title() + " - " + r.subject())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n<header>\n")
                .append("<h1>").append(escape(r.title())).append("</h1>\n")
                .append("<p class=\"meta\"><span class=\"subject\">").append(escape(r.subject())).append("</span> | ")
                .append("<span class=\"audience\">").append(escape(audience(r.audience()))).append("</span> | ")
                .append("Generated ").append(escape(GENERATED.format(r.generatedAt()))).append("</p>\n</header>\n");
        int chart = 0;
        for (Section s : r.sections()) {
            out.append("<section>\n<h2>").append(escape(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                if (b instanceof KeyFigures k) {
                    out.append("<dl class=\"figures\">\n");
                    k.figures().forEach(f -> out.append("<div><dt>").append(escape(f.label())).append("</dt><dd>")
                            .append(escape(f.value())).append("</dd></div>\n"));
                    out.append("</dl>\n");
                } else if (b instanceof Table t) {
                    table(t.caption(), t.headers(), t.rows(), out);
                } else if (b instanceof BarChart c) {
                    Svg.barChart(c, "chart-" + (++chart), out);
                } else if (b instanceof PointMap m) {
                    Svg.pointMap(m, "map-" + (++chart), out);
                } else if (b instanceof Note n) {
                    out.append("<p class=\"note ").append(n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                            .append("\"><strong>").append(noteLabel(n.kind())).append("</strong> ")
                            .append(escape(n.text())).append("</p>\n");
                } else if (b instanceof Paragraph p) {
                    out.append("<p>").append(escape(p.text())).append("</p>\n");
                }
            }
            out.append("</section>\n");
        }
        if (!r.sources().isEmpty()) {
            out.append("<footer>Sources: ").append(escape(String.join("; ", r.sources()))).append("</footer>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    static void table(String caption, List<String> headers, List<List<String>> rows, StringBuilder out) {
        out.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
        headers.forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    out.append("<th scope=\"row\">").append(escape(row.get(i))).append("</th>");
                } else {
                    out.append("<td>").append(escape(row.get(i))).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
