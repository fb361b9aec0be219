package org.localityworking.reporting.format;

import java.util.ArrayList;
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
 * Markdown (CommonMark with pipe tables). Every value from data has its punctuation backslash-escaped and
 * its line breaks folded, so it can open no link, image, HTML tag, heading, list or table cell.
 */
public final class MarkdownFormat extends TextFormat {
    private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~&\"'=:";

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

    /** @return the text escaped for Markdown: punctuation backslash-escaped, line breaks folded to spaces */
    /** Whether each ASCII character is one of {@link #SPECIAL}: a look-up, not a scan of the string per character. */
    private static final boolean[] IS_SPECIAL = new boolean[128];

    static {
        for (int i = 0; i < SPECIAL.length(); i++) {
            IS_SPECIAL[SPECIAL.charAt(i)] = true;
        }
    }

    private static boolean special(char c) {
        return c < 128 && IS_SPECIAL[c];
    }

    static String escape(String s) {
        int first = 0;
        while (first < s.length() && !special(s.charAt(first)) && !breaks(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // nothing to escape: the common case for names and figures
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (breaks(c)) {
                b.append(' ');
            } else if (special(c)) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean breaks(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    @Override
    void write(Report r, StringBuilder out) {
        out.append("# ").append(escape(r.title())).append("\n\n");
        out.append("**").append(escape(r.subject())).append("**  \n");
        out.append("Audience: ").append(escape(audience(r.audience()))).append("  \n");
        out.append("Generated: ").append(escape(GENERATED.format(r.generatedAt()))).append("  \n");
        if (!r.sources().isEmpty()) {
            out.append("Sources: ").append(escape(String.join("; ", r.sources()))).append("\n");
        }
        out.append('\n');
        for (Section s : r.sections()) {
            out.append("## ").append(escape(s.title())).append("\n\n");
            for (Block b : s.blocks()) {
                block(b, out);
                out.append('\n');
            }
        }
    }

    private static void block(Block block, StringBuilder out) {
        if (block instanceof KeyFigures k) {
            k.figures().forEach(f -> out.append("- **").append(escape(f.label())).append(":** ")
                    .append(escape(f.value())).append('\n'));
        } else if (block instanceof Table t) {
            table(t.caption(), t.headers(), t.rows(), out);
        } else if (block instanceof BarChart c) {
            List<String> headers = new ArrayList<>(List.of(c.unit()));
            c.series().forEach(s -> headers.add(s.name()));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < c.categories().size(); i++) {
                List<String> row = new ArrayList<>(List.of(c.categories().get(i)));
                for (BarChart.Series s : c.series()) {
                    row.add(number(s.values().get(i)));
                }
                rows.add(row);
            }
            table("Chart: " + c.title() + (c.stacked() ? " (stacked)" : ""), headers, rows, out);
        } else if (block instanceof PointMap m) {
            table("Map: " + m.title(), List.of("Place", "Group", "Latitude", "Longitude"), m.points().stream()
                    .map(p -> List.of(p.label(), p.group(), Double.toString(p.latitude()), Double.toString(p.longitude())))
                    .toList(), out);
        } else if (block instanceof org.localityworking.reporting.WardMap m) {
            table("Ward map: " + m.title(), List.of("Ward", "Locality", "Hex (q, r)", "Assets"), m.tiles().stream()
                    .map(t -> List.of(t.hex().name(), t.locality(), t.hex().q() + ", " + t.hex().r(),
                            Integer.toString(t.markers().size()))).toList(), out);
        } else if (block instanceof org.localityworking.reporting.NetworkDiagram n) {
            table("Network: " + n.title(), List.of("Association", "Kind", "Cluster"), n.nodes().stream()
                    .map(x -> List.of(x.label(), x.group(), Integer.toString(x.cluster() + 1))).toList(), out);
            java.util.Map<String, String> labels = new java.util.HashMap<>();
            n.nodes().forEach(x -> labels.put(x.id(), x.label()));
            table("Links: " + n.title(), List.of("Between", "And", "Weight", "Bridge"), n.edges().stream()
                    .map(e -> List.of(labels.get(e.from()), labels.get(e.to()), Integer.toString(e.weight()),
                            e.bridge() ? "yes" : "no")).toList(), out);
        } else if (block instanceof Note n) {
            out.append("> **").append(noteLabel(n.kind())).append("** ").append(escape(n.text())).append('\n');
        } else if (block instanceof Paragraph p) {
            out.append(escape(p.text())).append('\n');
        }
    }

    private static void table(String caption, List<String> headers, List<List<String>> rows, StringBuilder out) {
        out.append('*').append(escape(caption)).append("*\n\n|");
        headers.forEach(h -> out.append(' ').append(escape(h)).append(" |"));
        out.append("\n|");
        headers.forEach(h -> out.append(" --- |"));
        out.append('\n');
        for (List<String> row : rows) {
            out.append('|');
            row.forEach(c -> out.append(' ').append(escape(c)).append(" |"));
            out.append('\n');
        }
    }
}
