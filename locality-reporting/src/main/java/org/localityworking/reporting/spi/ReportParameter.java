package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A parameter a report takes, for help texts and user interfaces.
 *
 * @param name        its name, as in {@link org.localityworking.reporting.ReportRequest} (locality, period, asOf ...)
 * @param description what it does
 * @param required    whether the report needs it
 */
@API(status = STABLE, since = "1.0")
public record ReportParameter(String name, String description, boolean required) {
    /** The locality: one locality, or the whole council when absent. */
    public static final ReportParameter LOCALITY = new ReportParameter("locality",
            "one locality; the whole council when absent", false);
    /** The period limiting dated records. */
    public static final ReportParameter PERIOD = new ReportParameter("period",
            "first and last day of dated records to include", false);
    /** The day the report describes. */
    public static final ReportParameter AS_OF = new ReportParameter("asOf",
            "the day consents and deadlines are judged on", false);
}
