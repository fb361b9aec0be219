package org.localityworking.reporting;

import java.util.List;
import org.localityworking.core.internal.Checks;

/**
 * Headline figures, label and value.
 *
 * @param figures the figures, in order
 */
public record KeyFigures(List<Figure> figures) implements Block {
    public KeyFigures {
        figures = Checks.list("KeyFigures.figures", figures);
    }

    /**
     * One figure.
     *
     * @param label what it counts
     * @param value the value as shown ("no data" where there is none)
     */
    public record Figure(String label, String value) {
        public Figure {
            Checks.name("Figure.label", label);
            Checks.present("Figure.value", value);
        }
    }
}
