package org.localityworking.reporting;

import org.localityworking.core.internal.Checks;

/**
 * A paragraph of text.
 *
 * @param text the text
 */
public record Paragraph(String text) implements Block {
    public Paragraph {
        Checks.text("Paragraph.text", text);
    }
}
