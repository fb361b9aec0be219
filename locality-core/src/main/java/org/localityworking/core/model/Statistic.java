package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * One figure in a locality profile (population, a survey result drilled down to locality level, ...).
 *
 * @param name   what is measured
 * @param value  the figure (finite)
 * @param unit   its unit ("people", "%", ...)
 * @param source where it comes from
 * @param asOf   the date it describes
 */
@API(status = STABLE, since = "1.0")
public record Statistic(String name, double value, String unit, String source, LocalDate asOf) {
    public Statistic {
        Checks.name("Statistic.name", name);
        if (!Double.isFinite(value)) {
            throw new ValidationException("Statistic.value", Double.toString(value), "must be a finite number");
        }
        Checks.name("Statistic.unit", unit);
        Checks.name("Statistic.source", source);
        Checks.present("Statistic.asOf", asOf);
    }
}
