package org.localityworking.reporting.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.reporting.format.Nav;
import org.localityworking.reporting.format.SitePages;

/**
 * A page in the report site's own shell, for an application that adds pages of its own beside the site (a sign-in
 * form, a confirmation), and the site's HTML escaping, so that such pages escape what they show exactly as the
 * reports do. Every value from a request or a store goes through {@link #escape(String)} before it is put in HTML.
 */
@API(status = EXPERIMENTAL, since = "1.1")
public final class SitePage {
    private SitePage() {
    }

    /**
     * {@return the text escaped for HTML text and attribute values}
     *
     * @param text any text, hostile or not
     */
    public static String escape(String text) {
        return SitePages.escape(text);
    }

    /**
     * {@return a whole HTML page in the site's shell: its styles, the title as the page's heading, no script}
     *
     * @param title   the page's title (plain text: it is escaped here)
     * @param home    the link back to the site's home page, for example {@code "/"}
     * @param content the page's content, already HTML (escape every value in it with {@link #escape(String)})
     */
    public static String page(String title, String home, String content) {
        Nav nav = new Nav(List.of(new Nav.Link("All councils", home, false), new Nav.Link(title, "#content", true)),
                List.of(), List.of(), "");
        return SitePages.page(title, nav, "<h1>" + escape(title) + "</h1>\n" + content);
    }
}
