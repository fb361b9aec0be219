package org.localityworking.reporting;

import java.util.List;
import org.localityworking.core.internal.Checks;

/**
 * A titled part of a report.
 *
 * @param title  its heading
 * @param blocks its content, in order
 */
public record Section(String title, List<Block> blocks) {
    public Section {
        Checks.name("Section.title", title);
        blocks = Checks.list("Section.blocks", blocks);
    }
}
