package org.localityworking.reporting.format;

import java.util.List;

/**
 * Where a page sits in a report site: the trail from the home page to it, the pages beside it (the other reports
 * of its council or locality), and the same report in other formats. Internal to the library's site writer.
 *
 * @param breadcrumbs the trail, home first, this page last
 * @param siblings    the pages beside it, this one marked current
 * @param alternates  this report in other formats
 * @param siblingsTitle what the pages beside it are, as a heading
 */
public record Nav(List<Link> breadcrumbs, List<Link> siblings, List<Link> alternates, String siblingsTitle) {
    /** Copies the lists. */
    public Nav {
        breadcrumbs = List.copyOf(breadcrumbs);
        siblings = List.copyOf(siblings);
        alternates = List.copyOf(alternates);
    }

    /**
     * A link.
     *
     * @param text    what it says
     * @param href    where it goes, relative to the page
     * @param current whether it is the page itself
     */
    public record Link(String text, String href, boolean current) {
    }
}
