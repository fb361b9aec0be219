package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A paragraph of text.
 *
 * @param text the text
 */
@API(status = STABLE, since = "1.0")
public record Paragraph(String text) implements Block {
    public Paragraph {
        Checks.text("Paragraph.text", text);
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.paragraph(this);
    }
}
