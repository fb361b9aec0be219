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

    /** The width every chart is drawn at: it fits a phone (390 px) with its text at 11 px or more, never cut. */
    static final int CHART_WIDTH = 360;
    /** The size of a chart's text, in the chart's units: at a phone's width it shows at 11 px or more. */
    private static final int TEXT = 13;
    private static final int LINE = 16;
    /** The most characters of a label on one line of a chart; a longer label wraps onto more lines, never cut. */
    static final int LINE_CHARS = 44;

    /**
     * A horizontal bar chart drawn for any screen: each bar's label whole on the line(s) above it, the bar and its
     * value (in the chart's unit: money as {@code £1,234.00}) beneath, a legend of one entry per row.
     */
    static void barChart(BarChart c, String id, StringBuilder out) {
        List<String> cats = c.categories();
        int n = c.series().size();
        // one series over the ABCD categories: each bar in its category's style
        boolean byCategory = n == 1 && cats.stream().allMatch(CATEGORIES::containsKey);
        int barsPerCategory = c.stacked() ? 1 : n;
        double max = 0;
        int valueChars = 1;
        for (int i = 0; i < cats.size(); i++) {
            double sum = 0;
            for (BarChart.Series s : c.series()) {
                double v = s.values().get(i);
                sum += v;
                max = Math.max(max, v);
                valueChars = Math.max(valueChars, c.cell(v).display().length());
            }
            if (c.stacked()) {
                max = Math.max(max, sum);
                valueChars = Math.max(valueChars, c.cell(sum).display().length());
            }
        }
        int plot = CHART_WIDTH - 8 - (int) Math.ceil(valueChars * TEXT * 0.62);
        double scale = max > 0 ? plot / max : 0;
        List<Style> styles = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            styles.add(style(c.series().get(k).name(), k));
        }
        if (byCategory) {
            cats.forEach(x -> styles.add(CATEGORIES.get(x)));
        }
        List<List<String>> labels = cats.stream().map(Svg::lines).toList();
        int height = 6;
        for (List<String> l : labels) {
            height += l.size() * LINE + barsPerCategory * BAR + GAP + 4;
        }
        int legendRows = n > 1 ? n : 0;
        height += legendRows > 0 ? 8 + legendRows * LEGEND_ROW : 0;
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(c.title()))
                .append(" (").append(HtmlFormat.escape(c.unitLabel())).append(")</figcaption>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" aria-describedby=\"").append(id).append("-table\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
                .append(height).append("\" font-size=\"").append(TEXT).append("\">\n");
        patterns(styles, id, out);
        int y = 6;
        for (int i = 0; i < cats.size(); i++) {
            for (String line : labels.get(i)) {
                out.append("<text x=\"0\" y=\"").append(y + LINE - 4).append("\">").append(HtmlFormat.escape(line))
                        .append("</text>\n");
                y += LINE;
            }
            double x = 0;
            double total = 0;
            for (int k = 0; k < n; k++) {
                double v = c.series().get(k).values().get(i);
                double w = v * scale;
                int by = c.stacked() ? y : y + k * BAR;
                Style s = byCategory ? CATEGORIES.get(cats.get(i)) : styles.get(k);
                if (w > 0) {
                    out.append("<rect x=\"").append(fmt(c.stacked() ? x : 0)).append("\" y=\"").append(by)
                            .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(BAR - 2)
                            .append("\" fill=\"").append(fill(s, id)).append("\" stroke=\"").append(OUTLINE)
                            .append("\" stroke-width=\"0.8\"><title>")
                            .append(HtmlFormat.escape((byCategory ? cats.get(i) : c.series().get(k).name()) + ": "
                                    + c.cell(v).display()))
                            .append("</title></rect>\n");
                }
                if (!c.stacked()) {
                    out.append("<text x=\"").append(fmt(w + 4)).append("\" y=\"").append(by + BAR - 4)
                            .append("\">").append(HtmlFormat.escape(c.cell(v).display())).append("</text>\n");
                }
                x += w;
                total += v;
            }
            if (c.stacked()) {
                out.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + BAR - 4).append("\">")
                        .append(HtmlFormat.escape(c.cell(total).display())).append("</text>\n");
            }
            y += barsPerCategory * BAR + GAP + 4;
        }
        if (n > 1) {
            y += 8;
            for (int k = 0; k < n; k++) {
                int ly = y + k * LEGEND_ROW;
                out.append("<rect x=\"0\" y=\"").append(ly).append("\" width=\"14\" height=\"14\" fill=\"")
                        .append(fill(styles.get(k), id)).append("\" stroke=\"").append(OUTLINE)
                        .append("\" stroke-width=\"0.8\"/>\n<text x=\"20\" y=\"").append(ly + 12)
                        .append("\">").append(HtmlFormat.escape(shorten(c.series().get(k).name()))).append("</text>\n");
            }
        }
        out.append("</svg>\n");
        dataTable(c, id, out);
        out.append("</figure>\n");
    }

    /**
     * {@return a label as the lines a chart shows it on: broken between words, each line at most
     *         {@value #LINE_CHARS} characters (a longer word broken between grapheme clusters), nothing cut}
     */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            while (graphemes(word) > LINE_CHARS) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = cut(word, LINE_CHARS);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (!line.isEmpty() && graphemes(line + " " + word) > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int graphemes(CharSequence s) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s.toString());
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** @return the index after the first {@code n} grapheme clusters of {@code s} */
    private static int cut(String s, int n) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        int at = 0;
        for (int i = 0; i < n && it.next() != BreakIterator.DONE; i++) {
            at = it.current();
        }
        return at;
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
        // the map's extent: its points and the outlines beneath them
        List<double[]> all = new ArrayList<>();
        pts.forEach(p -> all.add(new double[] {p.latitude(), p.longitude()}));
        m.areas().forEach(a -> a.rings().forEach(r -> r.forEach(g -> all.add(new double[] {g.latitude(), g.longitude()}))));
        double minLat = all.stream().mapToDouble(a -> a[0]).min().orElse(0);
        double maxLat = all.stream().mapToDouble(a -> a[0]).max().orElse(0);
        double minLon = all.stream().mapToDouble(a -> a[1]).min().orElse(0);
        double maxLon = all.stream().mapToDouble(a -> a[1]).max().orElse(0);
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * k, 1e-4);
        double spanY = Math.max(maxLat - minLat, 1e-4);
        double scale = Math.min((CHART_WIDTH - 40) / spanX, 320 / spanY);
        int w = (int) Math.ceil(spanX * scale) + 40;
        int h = (int) Math.ceil(spanY * scale) + 40;
        List<String> groups = pts.stream().map(PointMap.Point::group).distinct().sorted().toList();
        int height = h + 8 + LEGEND_ROW * groups.size();
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(m.title()))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title\" aria-describedby=\"").append(id).append("-table\" width=\"")
                .append(CHART_WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH)
                .append(' ').append(height).append("\" font-size=\"").append(TEXT).append("\">\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" fill=\"#f3f7f8\" stroke=\"#767676\"/>\n");
        for (PointMap.Area a : m.areas()) {
            StringBuilder d = new StringBuilder();
            for (List<org.localityworking.core.model.GeoPoint> ring : a.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    d.append(i == 0 ? "M" : " L").append(fmt(20 + (ring.get(i).longitude() - minLon) * k * scale))
                            .append(',').append(fmt(20 + (maxLat - ring.get(i).latitude()) * scale));
                }
                d.append(" Z ");
            }
            out.append("<path d=\"").append(d.toString().strip()).append("\" fill=\"#ffffff\" stroke=\"#767676\""
                    + " stroke-width=\"1\"><title>").append(HtmlFormat.escape(a.label())).append("</title></path>\n");
        }
        int number = 0;
        for (PointMap.Point p : pts) {
            double x = 20 + (p.longitude() - minLon) * k * scale;
            double y = 20 + (maxLat - p.latitude()) * scale;
            Style s = style(p.group(), groups.indexOf(p.group()));
            out.append("<g><title>").append(++number).append(". ").append(HtmlFormat.escape(p.label() + " (" + p.group() + ")"))
                    .append("</title>");
            marker(s, x, y, out);
            out.append("<text x=\"").append(fmt(x + 8)).append("\" y=\"").append(fmt(y - 6)).append("\" font-size=\"12\">")
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
     * The wards as hexes (their {@link org.localityworking.reporting.WardLayout} place, north up), a small map for
     * each locality that fits a phone's width, in its own light tint, with the numbered list of its wards' names
     * and asset counts beside it (below it on a narrow screen); each ward's assets drawn in it in their category's
     * colour and shape (at most nine, then a count); one key, and a table of the wards beneath.
     */
    static void wardMap(org.localityworking.reporting.WardMap m, String id, StringBuilder out) {
        double size = 26;
        double w = Math.sqrt(3) * size;
        List<org.localityworking.reporting.WardMap.Tile> tiles = m.tiles();
        List<String> localities = tiles.stream().map(t -> t.locality()).distinct().toList();
        List<String> groups = tiles.stream().flatMap(t -> t.markers().stream()).map(x -> x.group()).distinct().sorted().toList();
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(m.title()))
                .append("</figcaption>\n<div class=\"hexmap\">\n");
        java.util.Map<org.localityworking.reporting.WardMap.Tile, Integer> numbers = new java.util.HashMap<>();
        int number = 0;
        for (org.localityworking.reporting.WardMap.Tile t : tiles) {
            numbers.put(t, ++number);
        }
        for (int li = 0; li < localities.size(); li++) {
            String locality = localities.get(li);
            List<org.localityworking.reporting.WardMap.Tile> mine = tiles.stream().filter(t -> t.locality().equals(locality))
                    .toList();
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (org.localityworking.reporting.WardMap.Tile t : mine) {
                double x = w * (t.hex().q() + 0.5 * (t.hex().r() & 1));
                double y = -1.5 * size * t.hex().r();
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            double ox = 4 + w / 2 - minX;
            double oy = 4 + size - minY;
            int width = (int) Math.ceil(maxX - minX + w + 8);
            int height = (int) Math.ceil(maxY - minY + 2 * size + 8);
            String gid = id + "-l" + (li + 1);
            out.append("<div class=\"hexgroup\">\n<h3 id=\"").append(gid).append("\">").append(HtmlFormat.escape(locality))
                    .append("</h3>\n<div class=\"hexpair\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                    .append(gid).append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-size=\"12\">\n");
            String tint = LOCALITY_TINTS[li % LOCALITY_TINTS.length];
            for (org.localityworking.reporting.WardMap.Tile t : mine) {
                double cx = ox + w * (t.hex().q() + 0.5 * (t.hex().r() & 1));
                double cy = oy - 1.5 * size * t.hex().r();
                StringBuilder d = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    double a = Math.toRadians(60 * i - 30);
                    d.append(i == 0 ? "M" : " L").append(fmt(cx + size * Math.cos(a))).append(',')
                            .append(fmt(cy + size * Math.sin(a)));
                }
                int n = numbers.get(t);
                out.append("<g><title>").append(n).append(". ").append(HtmlFormat.escape(t.hex().name() + " ("
                        + t.locality() + "): " + t.markers().size() + (t.markers().size() == 1 ? " asset" : " assets")))
                        .append("</title><path d=\"").append(d).append(" Z\" fill=\"").append(tint)
                        .append("\" stroke=\"#767676\" stroke-width=\"1\"/>")
                        .append("<text x=\"").append(fmt(cx)).append("\" y=\"").append(fmt(cy - size * 0.42))
                        .append("\" text-anchor=\"middle\">").append(n).append("</text>");
                List<org.localityworking.reporting.WardMap.Marker> markers = t.markers();
                int shown = Math.min(markers.size(), markers.size() > 6 ? 5 : 6);
                for (int i = 0; i < shown; i++) {
                    double mx = cx + ((i % 3) - 1) * 11;
                    double my = cy + 3 + (i / 3) * 10;
                    org.localityworking.reporting.WardMap.Marker mk = markers.get(i);
                    out.append("<g transform=\"translate(").append(fmt(mx)).append(',').append(fmt(my))
                            .append(") scale(0.58)\"><title>").append(HtmlFormat.escape(mk.label() + " (" + mk.group() + ")"))
                            .append("</title>");
                    marker(style(mk.group(), groups.indexOf(mk.group())), 0, 0, out);
                    out.append("</g>");
                }
                if (markers.size() > shown) {
                    out.append("<text x=\"").append(fmt(cx + 11)).append("\" y=\"").append(fmt(cy + 18))
                            .append("\" text-anchor=\"middle\">+").append(markers.size() - shown).append("</text>");
                }
                out.append("</g>\n");
            }
            out.append("</svg>\n<ol class=\"wards\">\n");
            for (org.localityworking.reporting.WardMap.Tile t : mine) {
                int count = t.markers().size();
                out.append("<li value=\"").append(numbers.get(t)).append("\">").append(HtmlFormat.escape(t.hex().name()))
                        .append(": ").append(count == 0 ? "none mapped" : count + (count == 1 ? " asset" : " assets"))
                        .append("</li>\n");
            }
            out.append("</ol>\n</div>\n</div>\n");
        }
        out.append("</div>\n");
        if (!groups.isEmpty()) {
            int keyHeight = LEGEND_ROW * groups.size() + 4;
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Key: the categories' marker shapes\" width=\"")
                    .append(CHART_WIDTH).append("\" height=\"").append(keyHeight).append("\" viewBox=\"0 0 ")
                    .append(CHART_WIDTH).append(' ').append(keyHeight).append("\" font-size=\"").append(TEXT).append("\">\n");
            markerKey(groups, 2, out);
            out.append("</svg>\n");
        }
        out.append("<details id=\"").append(id).append("-table\"><summary>The wards on this map and their assets, as a"
                + " table</summary>\n");
        List<List<String>> rows = new ArrayList<>();
        for (org.localityworking.reporting.WardMap.Tile t : tiles) {
            rows.add(List.of(Integer.toString(numbers.get(t)), t.hex().name(), t.locality(),
                    t.markers().isEmpty() ? "none mapped" : String.join("; ", t.markers().stream()
                            .map(x -> x.label() + " (" + x.group() + ")").toList())));
        }
        HtmlFormat.table(m.title(), List.of("Number", "Ward", "Locality", "Assets"), rows, out);
        out.append("</details>\n</figure>\n");
    }

    /** The marker shapes of a network's kinds of node, in the order the kinds first appear. */
    private static final String[] NODE_SHAPES = {"circle", "square", "triangle", "diamond", "star", "triangle-down"};

    /**
     * A network drawn so that a committee can read it at any width: each cluster of linked associations a small
     * drawing of its own (nodes on a circle, numbered, shaped and coloured by kind, links as wide as their weight,
     * bridges dashed and dark) with its associations named beside it, each bridge called out by name; the
     * associations that work alone named in a list beneath; one key; and the whole network as a table.
     */
    static void network(org.localityworking.reporting.NetworkDiagram n, String id, StringBuilder out) {
        List<org.localityworking.reporting.NetworkDiagram.Node> nodes = n.nodes();
        java.util.Map<String, Integer> degree = new java.util.HashMap<>();
        n.edges().forEach(e -> {
            degree.merge(e.from(), 1, Integer::sum);
            degree.merge(e.to(), 1, Integer::sum);
        });
        java.util.Map<Integer, List<org.localityworking.reporting.NetworkDiagram.Node>> clusters = new java.util.TreeMap<>();
        List<org.localityworking.reporting.NetworkDiagram.Node> alone = new ArrayList<>();
        for (org.localityworking.reporting.NetworkDiagram.Node node : nodes) {
            if (degree.getOrDefault(node.id(), 0) == 0) {
                alone.add(node);
            } else {
                clusters.computeIfAbsent(node.cluster(), k -> new ArrayList<>()).add(node);
            }
        }
        List<List<org.localityworking.reporting.NetworkDiagram.Node>> ordered = new ArrayList<>(clusters.values());
        ordered.sort(java.util.Comparator.comparingInt(c -> -c.size()));
        List<String> groups = nodes.stream().map(x -> x.group()).distinct().toList();
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        int number = 0;
        for (List<org.localityworking.reporting.NetworkDiagram.Node> c : ordered) {
            for (org.localityworking.reporting.NetworkDiagram.Node node : c) {
                numbers.put(node.id(), ++number);
            }
        }
        for (org.localityworking.reporting.NetworkDiagram.Node node : alone) {
            numbers.put(node.id(), ++number);
        }
        nodes.forEach(node -> labels.put(node.id(), node.label()));
        long bridges = n.edges().stream().filter(org.localityworking.reporting.NetworkDiagram.Edge::bridge).count();
        out.append("<figure>\n<figcaption id=\"").append(id).append("-title\">").append(HtmlFormat.escape(n.title()))
                .append("</figcaption>\n<p>").append(ordered.size()).append(ordered.size() == 1 ? " cluster" : " clusters")
                .append(" of linked associations; ").append(bridges).append(bridges == 1 ? " bridge" : " bridges")
                .append(" (dashed: the network would split without it); ").append(alone.size())
                .append(alone.size() == 1 ? " association works" : " associations work").append(" alone.</p>\n");
        // each cluster's links, in the diagram's order, found in one pass (not one pass over every link per cluster)
        java.util.Map<String, Integer> clusterIndex = new java.util.HashMap<>();
        List<List<org.localityworking.reporting.NetworkDiagram.Edge>> edgesOf = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (org.localityworking.reporting.NetworkDiagram.Node node : ordered.get(i)) {
                clusterIndex.put(node.id(), i);
            }
            edgesOf.add(new ArrayList<>());
        }
        for (org.localityworking.reporting.NetworkDiagram.Edge e : n.edges()) {
            Integer from = clusterIndex.get(e.from());
            if (from != null && from.equals(clusterIndex.get(e.to()))) {
                edgesOf.get(from).add(e);
            }
        }
        // each association's bridges, the other end's label in the links' order
        java.util.Map<String, List<String>> bridgeTo = new java.util.HashMap<>();
        for (org.localityworking.reporting.NetworkDiagram.Edge e : n.edges()) {
            if (e.bridge()) {
                bridgeTo.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(labels.get(e.to()));
                if (!e.to().equals(e.from())) {
                    bridgeTo.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(labels.get(e.from()));
                }
            }
        }
        int ci = 0;
        for (List<org.localityworking.reporting.NetworkDiagram.Node> c : ordered) {
            ci++;
            double r = Math.min(140, Math.max(34, c.size() * 26 / (2 * Math.PI)));
            int d = (int) Math.ceil(2 * r + 48);
            double cx = d / 2.0;
            double cy = d / 2.0;
            java.util.Map<String, double[]> at = new java.util.HashMap<>();
            for (int i = 0; i < c.size(); i++) {
                double a = 2 * Math.PI * i / c.size() - Math.PI / 2;
                at.put(c.get(i).id(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a),
                    cx + (r + 15) * Math.cos(a), cy + (r + 15) * Math.sin(a) + 4});
            }
            String gid = id + "-c" + ci;
            out.append("<div class=\"cluster\">\n<h3 id=\"").append(gid).append("\">Cluster ").append(ci).append(": ")
                    .append(c.size()).append(" associations</h3>\n<div class=\"hexpair\">\n")
                    .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(gid)
                    .append("\" width=\"").append(d).append("\" height=\"").append(d).append("\" viewBox=\"0 0 ")
                    .append(d).append(' ').append(d).append("\" font-size=\"12\">\n");
            for (org.localityworking.reporting.NetworkDiagram.Edge e : edgesOf.get(ci - 1)) {
                double[] a = at.get(e.from());
                double[] b = at.get(e.to());
                if (a == null || b == null) {
                    continue;
                }
                out.append("<line x1=\"").append(fmt(a[0])).append("\" y1=\"").append(fmt(a[1])).append("\" x2=\"")
                        .append(fmt(b[0])).append("\" y2=\"").append(fmt(b[1])).append("\" stroke=\"")
                        .append(e.bridge() ? OUTLINE + "\" stroke-dasharray=\"5 3" : "#767676").append("\" stroke-width=\"")
                        .append(fmt(Math.min(6, 0.8 + e.weight() * 0.7))).append("\"/>\n");
            }
            for (org.localityworking.reporting.NetworkDiagram.Node node : c) {
                double[] p = at.get(node.id());
                int g = groups.indexOf(node.group());
                out.append("<g><title>").append(numbers.get(node.id())).append(". ")
                        .append(HtmlFormat.escape(node.label() + " (" + node.group() + ")")).append("</title>");
                marker(new Style(OTHER[g % OTHER.length], "none", NODE_SHAPES[g % NODE_SHAPES.length]), p[0], p[1], out);
                out.append("<text x=\"").append(fmt(p[2])).append("\" y=\"").append(fmt(p[3]))
                        .append("\" text-anchor=\"middle\">").append(numbers.get(node.id())).append("</text></g>\n");
            }
            out.append("</svg>\n<ol class=\"names\">\n");
            for (org.localityworking.reporting.NetworkDiagram.Node node : c) {
                List<String> across = bridgeTo.getOrDefault(node.id(), List.of());
                out.append("<li value=\"").append(numbers.get(node.id())).append("\">")
                        .append(HtmlFormat.escape(node.label())).append(" <span class=\"kind\">(")
                        .append(HtmlFormat.escape(node.group())).append(")</span>");
                if (!across.isEmpty()) {
                    out.append(" <strong>bridge to ").append(HtmlFormat.escape(String.join(", ", across))).append("</strong>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n</div>\n</div>\n");
        }
        if (!alone.isEmpty()) {
            out.append("<div class=\"cluster\">\n<h3>Working alone: ").append(alone.size())
                    .append(alone.size() == 1 ? " association" : " associations").append("</h3>\n<ol class=\"names alone\">\n");
            for (org.localityworking.reporting.NetworkDiagram.Node node : alone) {
                out.append("<li value=\"").append(numbers.get(node.id())).append("\">").append(HtmlFormat.escape(node.label()))
                        .append(" <span class=\"kind\">(").append(HtmlFormat.escape(node.group())).append(")</span></li>\n");
            }
            out.append("</ol>\n</div>\n");
        }
        int keyHeight = LEGEND_ROW * (groups.size() + 1) + 4;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Key: the kinds of association and"
                + " a bridge\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(keyHeight)
                .append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(keyHeight).append("\" font-size=\"")
                .append(TEXT).append("\">\n");
        for (int g = 0; g < groups.size(); g++) {
            double ly = 2 + g * LEGEND_ROW;
            marker(new Style(OTHER[g % OTHER.length], "none", NODE_SHAPES[g % NODE_SHAPES.length]), 12, ly + 7, out);
            out.append("<text x=\"26\" y=\"").append(fmt(ly + 12)).append("\">")
                    .append(HtmlFormat.escape(shorten(groups.get(g)))).append("</text>\n");
        }
        double ly = 2 + groups.size() * LEGEND_ROW;
        out.append("<line x1=\"4\" y1=\"").append(fmt(ly + 7)).append("\" x2=\"20\" y2=\"").append(fmt(ly + 7))
                .append("\" stroke=\"").append(OUTLINE).append("\" stroke-dasharray=\"5 3\" stroke-width=\"2\"/>")
                .append("<text x=\"26\" y=\"").append(fmt(ly + 12)).append("\">A bridge: the network would split"
                        + " without it</text>\n</svg>\n");
        out.append("<details id=\"").append(id).append("-table\"><summary>The network, as a table</summary>\n");
        List<List<String>> rows = new ArrayList<>();
        List<org.localityworking.reporting.NetworkDiagram.Node> byNumber = new ArrayList<>(nodes);
        byNumber.sort(java.util.Comparator.comparingInt(x -> numbers.get(x.id())));
        java.util.Map<String, List<String>> linkedWith = new java.util.HashMap<>(); // in the links' order
        for (org.localityworking.reporting.NetworkDiagram.Edge e : n.edges()) {
            String bridge = e.bridge() ? " (bridge)" : "";
            linkedWith.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(labels.get(e.to()) + bridge);
            if (!e.to().equals(e.from())) {
                linkedWith.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(labels.get(e.from()) + bridge);
            }
        }
        for (org.localityworking.reporting.NetworkDiagram.Node node : byNumber) {
            List<String> linked = linkedWith.getOrDefault(node.id(), List.of());
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
        return graphemes(s) <= LABEL_CHARS ? s : s.substring(0, cut(s, LABEL_CHARS - 1)) + "\u2026";
    }
}
