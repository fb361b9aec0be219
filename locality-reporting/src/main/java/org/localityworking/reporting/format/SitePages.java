package org.localityworking.reporting.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Report;

/**
 * The HTML of a report site's pages, in the one layout every page has (internal: used by
 * {@code org.localityworking.reporting.site.ReportSite}).
 */
public final class SitePages {
    private SitePages() {
    }

    /**
     * Writes the report as a page of the site to the stream in UTF-8, without holding the page whole: the report's
     * HTML rendering with the site's breadcrumbs, the reports beside it and its other formats around it.
     */
    public static void report(Report report, Nav nav, OutputStream out) throws IOException {
        HtmlFormat.page(report, nav, out);
    }

    /** Writes the text to the stream in UTF-8, a chunk at a time. */
    public static void utf8(CharSequence text, OutputStream out) throws IOException {
        TextFormat.utf8(text, out);
    }

    /** {@return a page of the site around the given content (already HTML)} */
    public static String page(String title, Nav nav, CharSequence content) {
        StringBuilder out = new StringBuilder(content.length() + 8 * 1024);
        HtmlFormat.document(title, nav, content, out);
        return out.toString();
    }

    /** {@return text escaped for HTML} */
    public static String escape(String text) {
        return HtmlFormat.escape(text);
    }

    /** {@return key figures as HTML} */
    public static String figures(KeyFigures figures) {
        StringBuilder out = new StringBuilder();
        HtmlFormat.figures(figures, out);
        return out.toString();
    }

    /** {@return a table as HTML: caption, header row, the first cell of each row its header} */
    public static String table(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        HtmlFormat.table(caption, headers, rows, out);
        return out.toString();
    }

    /** {@return a bar chart as inline SVG with its table} */
    public static String chart(BarChart chart, String id) {
        StringBuilder out = new StringBuilder();
        Svg.barChart(chart, id, out);
        return out.toString();
    }
}
