package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A titled part of a report.
 *
 * @param title  its heading
 * @param blocks its content, in order
 */
@API(status = STABLE, since = "1.0")
public record Section(String title, List<Block> blocks) {
    public Section {
        Checks.name("Section.title", title);
        blocks = Checks.list("Section.blocks", blocks);
    }
}
