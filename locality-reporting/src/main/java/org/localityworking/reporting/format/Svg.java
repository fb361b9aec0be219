package org.localityworking.reporting.format;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.PointMap;

/**
 * Charts as inline SVG: horizontal bar charts (grouped or stacked) and point maps, each with a title, a legend of
 * one entry per row (so entries never overlap), and a table of the same numbers as its text alternative.
 *
 * <p>Each ABCD asset category has one colour on every page of every report (the Okabe-Ito colour-blind safe
 * palette), and also a pattern (bars) and a marker shape (maps), with a dark outline, so that colour is never the
 * only cue. Other series take colours from a second palette that none of the categories uses.
 */
final class Svg {
    /** One style per ABCD category, by its label: colour, pattern and marker shape. */
    record Style(String colour, String pattern, String shape) {
    }

    /** The ABCD categories' styles, by the labels the reports use for them. */
    static final Map<String, Style> CATEGORIES = Map.of(
            "Individuals", new Style("#E69F00", "none", "circle"),
            "Associations", new Style("#56B4E9", "diagonal", "square"),
            "Institutions", new Style("#009E73", "horizontal", "triangle"),
            "Physical", new Style("#0072B2", "dots", "diamond"),
            "Economic exchange", new Style("#D55E00", "cross", "triangle-down"),
            "Stories and culture", new Style("#CC79A7", "vertical", "star"));
    /** Colours for series that are not ABCD categories: none of the categories' colours. */
    private static final String[] OTHER = {"#005a70", "#6d4c41", "#5c6bc0", "#7a7a00", "#8e3b91", "#3a3a3a"};
    private static final String OUTLINE = "#1b1b1b";
    private static final int WIDTH = 760;
    private static final int LABEL = 230;
    private static final int PLOT = 420;
    private static final int BAR = 18;
    private static final int GAP = 8;
    private static final int LEGEND_ROW = 20;
    /** The most characters (grapheme clusters) of a label the chart shows before cutting it with an ellipsis. */
    static final int LABEL_CHARS = 34;

    private Svg() {
    }

    /** {@return the style of a series or group: its category's, or one from the other palette by its position} */
    static Style style(String name, int index) {
        Style s = CATEGORIES.get(name);
        return s != null ? s : new Style(OTHER[index % OTHER.length], "none", "circle");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** @return the fill for a style: its pattern, defined in this SVG, or its plain colour */
    private static String fill(Style s, String id) {
        return s.pattern().equals("none") ? s.colour() : "url(#" + id + "-p-" + s.pattern() + "-" + s.colour().substring(1) + ")";
    }

    /** Defines, once per SVG, the patterns the styles use: the colour with dark lines or dots over it. */
    private static void patterns(List<Style> styles, String id, StringBuilder out) {
        List<String> done = new ArrayList<>();
        StringBuilder defs = new StringBuilder();
        for (Style s : styles) {
            String key = s.pattern() + "-" + s.colour().substring(1);
            if (s.pattern().equals("none") || done.contains(key)) {
                continue;
            }
            done.add(key);
            defs.append("<pattern id=\"").append(id).append("-p-").append(key)
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"")
                    .append(s.colour()).append("\"/>");
            String ink = "stroke=\"" + OUTLINE + "\" stroke-opacity=\"0.55\" stroke-width=\"1.3\"";
            switch (s.pattern()) {
                case "diagonal" -> defs.append("<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" ").append(ink).append("/>");
                case "horizontal" -> defs.append("<path d=\"M0,4 h8\" ").append(ink).append("/>");
                case "vertical" -> defs.append("<path d=\"M4,0 v8\" ").append(ink).append("/>");
                case "cross" -> defs.append("<path d=\"M0,4 h8 M4,0 v8\" ").append(ink).append("/>");
                case "dots" -> defs.append("<circle cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"").append(OUTLINE)
                        .append("\" fill-opacity=\"0.6\"/>");
                default -> {
                }
            }
            defs.append("</pattern>");
        }
        if (!defs.isEmpty()) {
            out.append("<defs>").append(defs).append("</defs>\n");
        }
    }

    static void barChart(BarChart c, String id, StringBuilder out) {
        List<String> cats = c.categories();
        int n = c.series().size();
        // one series over the ABCD categories: each bar in its category's style
        boolean byCategory = n == 1 && cats.stream().allMatch(CATEGORIES::containsKey);
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
        List<Style> styles = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            styles.add(style(c.series().get(k).name(), k));
        }
        if (byCategory) {
            cats.forEach(x -> styles.add(CATEGORIES.get(x)));
        }
        int legendRows = n > 1 ? n : 0;
        int height = 10 + cats.size() * rowHeight + (legendRows > 0 ? 8 + legendRows * LEGEND_ROW : 0) + 10;
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(c.title()))
                .append(" (").append(HtmlFormat.escape(c.unitLabel())).append(")</figcaption>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" aria-describedby=\"").append(id).append("-table\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-size=\"12\">\n");
        patterns(styles, id, out);
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
                Style s = byCategory ? CATEGORIES.get(cats.get(i)) : styles.get(k);
                if (w > 0) {
                    out.append("<rect x=\"").append(fmt(c.stacked() ? x : LABEL)).append("\" y=\"").append(by)
                            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR - 2)
                            .append("\" fill=\"").append(fill(s, id)).append("\" stroke=\"").append(OUTLINE)
                            .append("\" stroke-width=\"0.8\"><title>")
                            .append(HtmlFormat.escape((byCategory ? cats.get(i) : c.series().get(k).name()) + ": "
                                    + c.cell(v).display()))
                            .append("</title></rect>\n");
                }
                if (!c.stacked()) {
                    out.append("<text x=\"").append(fmt(LABEL + w + 4)).append("\" y=\"").append(by + BAR - 5)
                            .append("\">").append(HtmlFormat.escape(c.cell(v).display())).append("</text>\n");
                }
                x += w;
                total += v;
            }
            if (c.stacked()) {
                out.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + BAR - 5).append("\">")
                        .append(HtmlFormat.escape(c.cell(total).display())).append("</text>\n");
            }
            y += rowHeight;
        }
        if (n > 1) {
            y += 8;
            for (int k = 0; k < n; k++) {
                int ly = y + k * LEGEND_ROW;
                out.append("<rect x=\"").append(LABEL).append("\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
                        .append(fill(styles.get(k), id)).append("\" stroke=\"").append(OUTLINE)
                        .append("\" stroke-width=\"0.8\"/>\n<text x=\"").append(LABEL + 20).append("\" y=\"").append(ly + 11)
                        .append("\">").append(HtmlFormat.escape(shorten(c.series().get(k).name()))).append("</text>\n");
            }
        }
        out.append("</svg>\n");
        dataTable(c, id, out);
        out.append("</figure>\n");
    }

    /** The chart's numbers as a table, its text alternative (folded away beneath the chart). */
    private static void dataTable(BarChart c, String id, StringBuilder out) {
        List<String> headers = new ArrayList<>(List.of(""));
        c.series().forEach(s -> headers.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.categories().size(); i++) {
            List<String> row = new ArrayList<>(List.of(c.categories().get(i)));
            for (BarChart.Series s : c.series()) {
                row.add(c.cell(s.values().get(i)).display());
            }
            rows.add(row);
        }
        out.append("<details id=\"").append(id).append("-table\"><summary>The numbers in this chart, as a table</summary>\n");
        headers.set(0, "Bar");
        HtmlFormat.table(c.title() + " (" + c.unitLabel() + ")", headers, rows, out);
        out.append("</details>\n");
    }

    /**
     * Points on an equirectangular projection fitted to their bounding box (longitude scaled by the cosine of the
     * mean latitude), each drawn in its group's colour and marker shape with a tooltip title, numbered, and listed
     * by number in a table beneath.
     */
    static void pointMap(PointMap m, String id, StringBuilder out) {
        List<PointMap.Point> pts = m.points();
        double minLat = pts.stream().mapToDouble(PointMap.Point::latitude).min().orElse(0);
        double maxLat = pts.stream().mapToDouble(PointMap.Point::latitude).max().orElse(0);
        double minLon = pts.stream().mapToDouble(PointMap.Point::longitude).min().orElse(0);
        double maxLon = pts.stream().mapToDouble(PointMap.Point::longitude).max().orElse(0);
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * k, 1e-4);
        double spanY = Math.max(maxLat - minLat, 1e-4);
        double scale = Math.min(640 / spanX, 400 / spanY);
        int w = (int) Math.ceil(spanX * scale) + 40;
        int h = (int) Math.ceil(spanY * scale) + 40;
        List<String> groups = pts.stream().map(PointMap.Point::group).distinct().sorted().toList();
        int height = h + 8 + LEGEND_ROW * groups.size();
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(m.title()))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title\" aria-describedby=\"").append(id).append("-table\" width=\"")
                .append(Math.max(w, 320)).append("\" height=\"").append(height).append("\" font-size=\"12\">\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" fill=\"#f3f7f8\" stroke=\"#767676\"/>\n");
        int number = 0;
        for (PointMap.Point p : pts) {
            double x = 20 + (p.longitude() - minLon) * k * scale;
            double y = 20 + (maxLat - p.latitude()) * scale;
            Style s = style(p.group(), groups.indexOf(p.group()));
            out.append("<g><title>").append(++number).append(". ").append(HtmlFormat.escape(p.label() + " (" + p.group() + ")"))
                    .append("</title>");
            marker(s, x, y, out);
            out.append("<text x=\"").append(fmt(x + 8)).append("\" y=\"").append(fmt(y - 6)).append("\" font-size=\"10\">")
                    .append(number).append("</text></g>\n");
        }
        markerKey(groups, h + 8, out);
        out.append("</svg>\n<details id=\"").append(id).append("-table\"><summary>The places on this map, as a table</summary>\n");
        List<List<String>> rows = new ArrayList<>();
        number = 0;
        for (PointMap.Point p : pts) {
            rows.add(List.of(Integer.toString(++number), p.label(), p.group(),
                    String.format(Locale.ROOT, "%.5f", p.latitude()), String.format(Locale.ROOT, "%.5f", p.longitude())));
        }
        HtmlFormat.table(m.title(), List.of("Number", "Place", "Category", "Latitude", "Longitude"), rows, out);
        out.append("</details>\n</figure>\n");
    }

    /** Light fills for the localities of a ward map, none of them a category's colour. */
    private static final String[] LOCALITY_TINTS = {"#eef3f6", "#f6f1e7", "#eef6ec", "#f4ecf4", "#f1f1f1", "#e9f1f7",
        "#f7efe9", "#eef1e4", "#f0eaf5"};

    /**
     * The wards as hexes (their {@link org.localityworking.reporting.WardLayout} place, north up), each locality's
     * in its own light tint with its name beside them, each ward's assets drawn in it in their category's colour
     * and shape (at most nine, then a count), wards numbered, and a key and a table of the wards beneath.
     */
    static void wardMap(org.localityworking.reporting.WardMap m, String id, StringBuilder out) {
        double size = 30;
        double w = Math.sqrt(3) * size;
        List<org.localityworking.reporting.WardMap.Tile> tiles = m.tiles();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (org.localityworking.reporting.WardMap.Tile t : tiles) {
            double x = w * (t.hex().q() + 0.5 * (t.hex().r() & 1));
            double y = -1.5 * size * t.hex().r();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double ox = 20 + w / 2 - minX;
        double oy = 36 + size - minY;
        int width = (int) Math.ceil(maxX - minX + w + 40);
        int mapHeight = (int) Math.ceil(maxY - minY + 2 * size + 56);
        List<String> localities = tiles.stream().map(t -> t.locality()).distinct().toList();
        List<String> groups = tiles.stream().flatMap(t -> t.markers().stream()).map(x -> x.group()).distinct().sorted().toList();
        int height = mapHeight + 8 + LEGEND_ROW * groups.size();
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(m.title()))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title\" aria-describedby=\"").append(id).append("-table\" width=\"")
                .append(Math.max(width, 320)).append("\" height=\"").append(height).append("\" font-size=\"11\">\n");
        // each locality's name above its highest hex
        for (int li = 0; li < localities.size(); li++) {
            String locality = localities.get(li);
            double top = Double.MAX_VALUE;
            double left = Double.MAX_VALUE;
            for (org.localityworking.reporting.WardMap.Tile t : tiles) {
                if (t.locality().equals(locality)) {
                    double x = ox + w * (t.hex().q() + 0.5 * (t.hex().r() & 1));
                    double y = oy - 1.5 * size * t.hex().r();
                    top = Math.min(top, y);
                    left = Math.min(left, x);
                }
            }
            out.append("<text x=\"").append(fmt(left - w / 2)).append("\" y=\"").append(fmt(top - size - 4))
                    .append("\" font-weight=\"bold\">").append(HtmlFormat.escape(shorten(locality))).append("</text>\n");
        }
        int number = 0;
        for (org.localityworking.reporting.WardMap.Tile t : tiles) {
            number++;
            double cx = ox + w * (t.hex().q() + 0.5 * (t.hex().r() & 1));
            double cy = oy - 1.5 * size * t.hex().r();
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                double a = Math.toRadians(60 * i - 30);
                d.append(i == 0 ? "M" : " L").append(fmt(cx + size * Math.cos(a))).append(',').append(fmt(cy + size * Math.sin(a)));
            }
            out.append("<g><title>").append(number).append(". ").append(HtmlFormat.escape(t.hex().name() + " ("
                    + t.locality() + "): " + t.markers().size() + (t.markers().size() == 1 ? " asset" : " assets")))
                    .append("</title><path d=\"").append(d).append(" Z\" fill=\"")
                    .append(LOCALITY_TINTS[localities.indexOf(t.locality()) % LOCALITY_TINTS.length])
                    .append("\" stroke=\"#767676\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(cy - size * 0.55))
                    .append("\" text-anchor=\"middle\" font-size=\"9\">").append(number).append("</text>");
            List<org.localityworking.reporting.WardMap.Marker> markers = t.markers();
            int shown = Math.min(markers.size(), markers.size() > 9 ? 8 : 9);
            for (int i = 0; i < shown; i++) {
                double mx = cx + ((i % 3) - 1) * 12;
                double my = cy - 2 + (i / 3) * 11;
                org.localityworking.reporting.WardMap.Marker mk = markers.get(i);
                out.append("<g transform=\"translate(").append(fmt(mx)).append(',').append(fmt(my))
                        .append(") scale(0.62)\"><title>").append(HtmlFormat.escape(mk.label() + " (" + mk.group() + ")"))
                        .append("</title>");
                marker(style(mk.group(), groups.indexOf(mk.group())), 0, 0, out);
                out.append("</g>");
            }
            if (markers.size() > shown) {
                out.append("<text x=\"").append(fmt(cx + 12)).append("\" y=\"").append(fmt(cy + 22))
                        .append("\" text-anchor=\"middle\" font-size=\"9\">+").append(markers.size() - shown).append("</text>");
            }
            out.append("</g>\n");
        }
        markerKey(groups, mapHeight + 8, out);
        out.append("</svg>\n<details id=\"").append(id).append("-table\"><summary>The wards on this map, as a table</summary>\n");
        List<List<String>> rows = new ArrayList<>();
        number = 0;
        for (org.localityworking.reporting.WardMap.Tile t : tiles) {
            rows.add(List.of(Integer.toString(++number), t.hex().name(), t.locality(),
                    t.markers().isEmpty() ? "none mapped" : String.join("; ", t.markers().stream()
                            .map(x -> x.label() + " (" + x.group() + ")").toList())));
        }
        HtmlFormat.table(m.title(), List.of("Number", "Ward", "Locality", "Assets"), rows, out);
        out.append("</details>\n</figure>\n");
    }

    /** The marker shapes of a network's kinds of node, in the order the kinds first appear. */
    private static final String[] NODE_SHAPES = {"circle", "square", "triangle", "diamond", "star", "triangle-down"};

    /**
     * A network, laid out deterministically: each cluster of two or more nodes on its own circle, the clusters in
     * rows largest first, and the nodes without a link in a row beneath; nodes numbered (the key and the table
     * beneath name them), shaped and coloured by their kind, links drawn with their weight as their width and
     * bridges dashed and dark. Readable at a few hundred nodes: labels are numbers, never overlapping text.
     */
    static void network(org.localityworking.reporting.NetworkDiagram n, String id, StringBuilder out) {
        List<org.localityworking.reporting.NetworkDiagram.Node> nodes = n.nodes();
        java.util.Map<Integer, List<org.localityworking.reporting.NetworkDiagram.Node>> clusters = new java.util.TreeMap<>();
        java.util.Map<String, Integer> degree = new java.util.HashMap<>();
        n.edges().forEach(e -> {
            degree.merge(e.from(), 1, Integer::sum);
            degree.merge(e.to(), 1, Integer::sum);
        });
        List<org.localityworking.reporting.NetworkDiagram.Node> alone = new ArrayList<>();
        for (org.localityworking.reporting.NetworkDiagram.Node node : nodes) {
            if (degree.getOrDefault(node.id(), 0) == 0) {
                alone.add(node);
            } else {
                clusters.computeIfAbsent(node.cluster(), k -> new ArrayList<>()).add(node);
            }
        }
        List<String> groups = nodes.stream().map(x -> x.group()).distinct().toList();
        java.util.Map<String, double[]> at = new java.util.HashMap<>();
        java.util.Map<String, double[]> labelAt = new java.util.HashMap<>();
        int width = 740;
        double x = 20;
        double y = 20;
        double rowHeight = 0;
        for (List<org.localityworking.reporting.NetworkDiagram.Node> c : clusters.values()) {
            double r = Math.max(28, c.size() * 36 / (2 * Math.PI));
            double d = 2 * r + 56;
            if (x + d > width && x > 20) {
                x = 20;
                y += rowHeight;
                rowHeight = 0;
            }
            double cx = x + d / 2;
            double cy = y + d / 2;
            for (int i = 0; i < c.size(); i++) {
                double a = 2 * Math.PI * i / c.size() - Math.PI / 2;
                at.put(c.get(i).id(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)});
                // the number outside the circle, away from the links inside it
                labelAt.put(c.get(i).id(), new double[] {cx + (r + 15) * Math.cos(a), cy + (r + 15) * Math.sin(a) + 3.5});
            }
            x += d;
            rowHeight = Math.max(rowHeight, d);
        }
        y += rowHeight + (alone.isEmpty() ? 0 : 20);
        int perRow = (width - 40) / 28;
        for (int i = 0; i < alone.size(); i++) {
            at.put(alone.get(i).id(), new double[] {34 + (i % perRow) * 28, y + (i / perRow) * 28});
            labelAt.put(alone.get(i).id(), new double[] {34 + (i % perRow) * 28, y + (i / perRow) * 28 - 9});
        }
        double mapHeight = y + (alone.isEmpty() ? 0 : ((alone.size() - 1) / perRow + 1) * 28) + 10;
        int height = (int) Math.ceil(mapHeight + 8 + LEGEND_ROW * (groups.size() + 1));
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(n.title()))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title\" aria-describedby=\"").append(id).append("-table\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" font-size=\"10\">\n");
        for (org.localityworking.reporting.NetworkDiagram.Edge e : n.edges()) {
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            out.append("<line x1=\"").append(fmt(a[0])).append("\" y1=\"").append(fmt(a[1])).append("\" x2=\"")
                    .append(fmt(b[0])).append("\" y2=\"").append(fmt(b[1])).append("\" stroke=\"")
                    .append(e.bridge() ? OUTLINE + "\" stroke-dasharray=\"5 3" : "#767676").append("\" stroke-width=\"")
                    .append(fmt(Math.min(6, 0.8 + e.weight() * 0.7))).append("\"/>\n");
        }
        int number = 0;
        for (org.localityworking.reporting.NetworkDiagram.Node node : nodes) {
            double[] p = at.get(node.id());
            number++;
            int g = groups.indexOf(node.group());
            out.append("<g><title>").append(number).append(". ").append(HtmlFormat.escape(node.label() + " (" + node.group()
                    + ")")).append("</title>");
            marker(new Style(OTHER[g % OTHER.length], "none", NODE_SHAPES[g % NODE_SHAPES.length]), p[0], p[1], out);
            double[] l = labelAt.get(node.id());
            out.append("<text x=\"").append(fmt(l[0])).append("\" y=\"").append(fmt(l[1]))
                    .append("\" text-anchor=\"middle\">").append(number).append("</text></g>\n");
        }
        for (int g = 0; g < groups.size(); g++) {
            double ly = mapHeight + 8 + g * LEGEND_ROW;
            marker(new Style(OTHER[g % OTHER.length], "none", NODE_SHAPES[g % NODE_SHAPES.length]), 12, ly + 7, out);
            out.append("<text x=\"26\" y=\"").append(fmt(ly + 11)).append("\" font-size=\"12\">")
                    .append(HtmlFormat.escape(shorten(groups.get(g)))).append("</text>\n");
        }
        double ly = mapHeight + 8 + groups.size() * LEGEND_ROW;
        out.append("<line x1=\"4\" y1=\"").append(fmt(ly + 7)).append("\" x2=\"20\" y2=\"").append(fmt(ly + 7))
                .append("\" stroke=\"").append(OUTLINE).append("\" stroke-dasharray=\"5 3\" stroke-width=\"2\"/>")
                .append("<text x=\"26\" y=\"").append(fmt(ly + 11)).append("\" font-size=\"12\">A bridge: the network"
                        + " would split without it</text>\n");
        out.append("</svg>\n<details id=\"").append(id).append("-table\"><summary>The network, as a table</summary>\n");
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        number = 0;
        for (org.localityworking.reporting.NetworkDiagram.Node node : nodes) {
            numbers.put(node.id(), ++number);
        }
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        nodes.forEach(node -> labels.put(node.id(), node.label()));
        for (org.localityworking.reporting.NetworkDiagram.Node node : nodes) {
            List<String> linked = n.edges().stream().filter(e -> e.from().equals(node.id()) || e.to().equals(node.id()))
                    .map(e -> labels.get(e.from().equals(node.id()) ? e.to() : e.from()) + (e.bridge() ? " (bridge)" : ""))
                    .toList();
            rows.add(List.of(Integer.toString(numbers.get(node.id())), node.label(), node.group(),
                    linked.isEmpty() ? "none: works alone" : String.join("; ", linked)));
        }
        HtmlFormat.table(n.title(), List.of("Number", "Association", "Kind", "Linked with"), rows, out);
        out.append("</details>\n</figure>\n");
    }

    /** A map's key: each group's marker and name, one to a row from {@code top}. */
    private static void markerKey(List<String> groups, int top, StringBuilder out) {
        for (int g = 0; g < groups.size(); g++) {
            int ly = top + g * LEGEND_ROW;
            marker(style(groups.get(g), g), 12, ly + 7, out);
            out.append("<text x=\"26\" y=\"").append(ly + 11).append("\">").append(HtmlFormat.escape(shorten(groups.get(g))))
                    .append("</text>\n");
        }
    }

    /** A marker of the style's shape, filled with its colour and outlined dark, centred on the point. */
    private static void marker(Style s, double x, double y, StringBuilder out) {
        String paint = "\" fill=\"" + s.colour() + "\" stroke=\"" + OUTLINE + "\" stroke-width=\"1\"/>";
        switch (s.shape()) {
            case "square" -> out.append("<rect x=\"").append(fmt(x - 5.5)).append("\" y=\"").append(fmt(y - 5.5))
                    .append("\" width=\"11\" height=\"11").append(paint);
            case "triangle" -> out.append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y - 7)).append(" L")
                    .append(fmt(x + 7)).append(',').append(fmt(y + 5)).append(" L").append(fmt(x - 7)).append(',')
                    .append(fmt(y + 5)).append(" Z").append(paint);
            case "triangle-down" -> out.append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y + 7)).append(" L")
                    .append(fmt(x + 7)).append(',').append(fmt(y - 5)).append(" L").append(fmt(x - 7)).append(',')
                    .append(fmt(y - 5)).append(" Z").append(paint);
            case "diamond" -> out.append("<path d=\"M").append(fmt(x)).append(',').append(fmt(y - 7)).append(" L")
                    .append(fmt(x + 7)).append(',').append(fmt(y)).append(" L").append(fmt(x)).append(',')
                    .append(fmt(y + 7)).append(" L").append(fmt(x - 7)).append(',').append(fmt(y)).append(" Z").append(paint);
            case "star" -> {
                StringBuilder d = new StringBuilder("<path d=\"");
                for (int i = 0; i < 10; i++) {
                    double r = i % 2 == 0 ? 7.5 : 3.2;
                    double a = Math.toRadians(-90 + i * 36);
                    d.append(i == 0 ? "M" : " L").append(fmt(x + r * Math.cos(a))).append(',').append(fmt(y + r * Math.sin(a)));
                }
                out.append(d).append(" Z").append(paint);
            }
            default -> out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"6").append(paint);
        }
    }

    /**
     * {@return the label, or its first {@value #LABEL_CHARS} characters and an ellipsis: cut only between grapheme
     *         clusters, so never inside a character, a surrogate pair or a letter with its accents}
     */
    static String shorten(String s) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        int count = 0;
        int cut = -1;
        while (it.next() != BreakIterator.DONE) {
            count++;
            if (count == LABEL_CHARS - 1) {
                cut = it.current();
            }
        }
        return count <= LABEL_CHARS || cut < 0 ? s : s.substring(0, cut) + "\u2026";
    }
}
