package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * A bar chart: one bar per category; with several series the bars are grouped, or stacked.
 *
 * @param title      what it shows
 * @param unit       the unit of the values ("assets", "stages"); {@value #POUNDS} makes them money, shown as
 *                   {@code £71,030.00} in every format
 * @param categories the bars' labels
 * @param series     the series, each with one value per category
 * @param stacked    whether the series stack into one bar per category
 */
@API(status = STABLE, since = "1.0")
public record BarChart(String title, String unit, List<String> categories, List<Series> series, boolean stacked)
        implements Block {
    public BarChart {
        Checks.name("BarChart.title", title);
        Checks.name("BarChart.unit", unit);
        categories = Checks.list("BarChart.categories", categories);
        series = Checks.list("BarChart.series", series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new ValidationException("BarChart.series[" + s.name() + "]", s.values().toString(),
                        "must have one value per category (" + categories.size() + ")");
            }
        }
    }

    /**
     * One series of values.
     *
     * @param name   its name (shown in the legend)
     * @param values one value per category, none negative
     */
    public record Series(String name, List<Double> values) {
        public Series {
            Checks.name("Series.name", name);
            values = Checks.list("Series.values", values);
            for (Double v : values) {
                if (!(v >= 0) || v.isInfinite()) {
                    throw new ValidationException("Series.values", values.toString(), "values must be finite and not negative");
                }
            }
        }
    }

    /** The unit of a chart of money in pounds sterling. */
    public static final String POUNDS = "GBP";

    /**
     * {@return a value as every format shows it, in this chart's unit: money as money ({@code £71,030.00}), whole
     *         numbers grouped ({@code 1,463}), others to two places}
     *
     * @param value one of the chart's values
     */
    public Cell cell(double value) {
        if (unit.equals(POUNDS)) {
            return Cell.of(org.localityworking.core.model.Money.pence(Math.round(value * 100)));
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? new Cell.Count((long) value)
                : Cell.of(java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    /** {@return the unit in words, as a caption shows it: {@code £} for money} */
    public String unitLabel() {
        return unit.equals(POUNDS) ? "£" : unit;
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.barChart(this);
    }
}
