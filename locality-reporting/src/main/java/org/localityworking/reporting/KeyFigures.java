package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * Headline figures, label and value.
 *
 * @param figures the figures, in order
 */
@API(status = STABLE, since = "1.0")
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

    /**
     * {@return whether every figure is a zero ({@code 0}, {@code £0.00}, {@code 0 of 6}): figures that count
     *         nothing recorded, which on their own are no data}
     */
    public boolean allZero() {
        return figures.stream().allMatch(f -> ZERO.matcher(f.value()).matches());
    }

    private static final java.util.regex.Pattern ZERO = java.util.regex.Pattern.compile("£?0(\\.0+)?( of .*)?");

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.keyFigures(this);
    }
}
