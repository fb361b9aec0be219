package org.localityworking.reporting.format;

import java.util.List;
import java.util.Locale;
import org.localityworking.reporting.BarChart;

/** Horizontal bar charts as inline SVG (grouped or stacked), with a title, value labels and a legend. */
final class Svg {
    private static final String[] PALETTE = {"#005a70", "#e07b00", "#4f8a10", "#8e3b91", "#b00020", "#5c6bc0",
        "#00897b", "#6d4c41"};
    private static final int WIDTH = 760;
    private static final int LABEL = 230;
    private static final int PLOT = 420;
    private static final int BAR = 18;
    private static final int GAP = 8;

    private Svg() {
    }

    static String color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static void barChart(BarChart c, String id, StringBuilder out) {
        List<String> cats = c.categories();
        int n = c.series().size();
        int barsPerCategory = c.stacked() ? 1 : n;
        int rowHeight = barsPerCategory * BAR + GAP;
        double max = 0;
        for (int i = 0; i < cats.size(); i++) {
            double sum = 0;
            for (BarChart.Series s : c.series()) {
                double v = s.values().get(i);
                sum += v;
                max = Math.max(max, v);
            }
            if (c.stacked()) {
                max = Math.max(max, sum);
            }
        }
        double scale = max > 0 ? PLOT / max : 0;
        int legendRows = n > 1 ? (n + 2) / 3 : 0;
        int height = 10 + cats.size() * rowHeight + legendRows * 20 + 10;
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(c.title()))
                .append(" (").append(HtmlFormat.escape(c.unit())).append(")</figcaption>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" font-size=\"12\">\n");
        int y = 10;
        for (int i = 0; i < cats.size(); i++) {
            out.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + BAR - 5)
                    .append("\" text-anchor=\"end\">").append(HtmlFormat.escape(shorten(cats.get(i)))).append("</text>\n");
            double x = LABEL;
            double total = 0;
            for (int k = 0; k < n; k++) {
                double v = c.series().get(k).values().get(i);
                double w = v * scale;
                int by = c.stacked() ? y : y + k * BAR;
                if (w > 0) {
                    out.append("<rect x=\"").append(fmt(c.stacked() ? x : LABEL)).append("\" y=\"").append(by)
                            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR - 2)
                            .append("\" fill=\"").append(color(k)).append("\"><title>")
                            .append(HtmlFormat.escape(c.series().get(k).name() + ": " + TextFormat.number(v)))
                            .append("</title></rect>\n");
                }
                if (!c.stacked()) {
                    out.append("<text x=\"").append(fmt(LABEL + w + 4)).append("\" y=\"").append(by + BAR - 5)
                            .append("\">").append(TextFormat.number(v)).append("</text>\n");
                }
                x += w;
                total += v;
            }
            if (c.stacked()) {
                out.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + BAR - 5).append("\">")
                        .append(TextFormat.number(total)).append("</text>\n");
            }
            y += rowHeight;
        }
        if (n > 1) {
            for (int k = 0; k < n; k++) {
                int lx = LABEL + (k % 3) * 175;
                int ly = y + 6 + (k / 3) * 20;
                out.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(color(k)).append("\"/>\n<text x=\"").append(lx + 16).append("\" y=\"").append(ly + 10)
                        .append("\">").append(HtmlFormat.escape(shorten(c.series().get(k).name()))).append("</text>\n");
            }
        }
        out.append("</svg>\n</figure>\n");
    }

    /**
     * Points on an equirectangular projection fitted to their bounding box (longitude scaled by the cosine of the
     * mean latitude), coloured by group, each with a tooltip title.
     */
    static void pointMap(org.localityworking.reporting.PointMap m, String id, StringBuilder out) {
        List<org.localityworking.reporting.PointMap.Point> pts = m.points();
        double minLat = pts.stream().mapToDouble(p -> p.latitude()).min().orElse(0);
        double maxLat = pts.stream().mapToDouble(p -> p.latitude()).max().orElse(0);
        double minLon = pts.stream().mapToDouble(p -> p.longitude()).min().orElse(0);
        double maxLon = pts.stream().mapToDouble(p -> p.longitude()).max().orElse(0);
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * k, 1e-4);
        double spanY = Math.max(maxLat - minLat, 1e-4);
        double scale = Math.min(640 / spanX, 400 / spanY);
        int w = (int) Math.ceil(spanX * scale) + 40;
        int h = (int) Math.ceil(spanY * scale) + 40;
        List<String> groups = pts.stream().map(p -> p.group()).distinct().sorted().toList();
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(m.title()))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title\" width=\"").append(Math.max(w, 320)).append("\" height=\"")
                .append(h + 20 * groups.size()).append("\" font-size=\"12\">\n<rect x=\"0\" y=\"0\" width=\"")
                .append(w).append("\" height=\"").append(h).append("\" fill=\"#f3f7f8\" stroke=\"#ccc\"/>\n");
        for (org.localityworking.reporting.PointMap.Point p : pts) {
            double x = 20 + (p.longitude() - minLon) * k * scale;
            double y = 20 + (maxLat - p.latitude()) * scale;
            out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"6\" fill=\"")
                    .append(color(groups.indexOf(p.group()))).append("\"><title>")
                    .append(HtmlFormat.escape(p.label() + " (" + p.group() + ")")).append("</title></circle>\n");
        }
        for (int g = 0; g < groups.size(); g++) {
            int ly = h + 6 + g * 20;
            out.append("<circle cx=\"12\" cy=\"").append(ly + 6).append("\" r=\"6\" fill=\"").append(color(g))
                    .append("\"/>\n<text x=\"24\" y=\"").append(ly + 10).append("\">")
                    .append(HtmlFormat.escape(groups.get(g))).append("</text>\n");
        }
        out.append("</svg>\n</figure>\n");
    }

    private static String shorten(String s) {
        return s.length() <= 34 ? s : s.substring(0, 32) + "\u2026";
    }
}
