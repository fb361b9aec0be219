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
 * @param unit       the unit of the values ("assets", "GBP")
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

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.barChart(this);
    }
}
