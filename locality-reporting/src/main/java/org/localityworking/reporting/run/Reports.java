package org.localityworking.reporting.run;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;

import java.time.LocalDate;
import org.localityworking.core.ValidationException;
import org.localityworking.reporting.internal.AudienceView;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.reporting.spi.ReportContext;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;

/**
 * Where reports are built: the library makes the read-only view of one council's records for the request's
 * audience and hands the report only that, so the audience's rules hold for every report, built-in or plug-in.
 *
 * <pre>{@code
 * Report r = Reports.build(store, ReportRegistry.discover().byId("asset-map"), request);
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class Reports {
    private Reports() {
    }

    /**
     * {@return the view; one view may serve many builds of the same council, audience and day}
     *
     * @param store     the store
     * @param councilId the council whose records the view shows
     * @param audience  the audience it shows them to
     * @param asOf      the day it speaks of (consents in force on it apply)
     */
    public static LocalityView view(LocalityStore store, String councilId, Audience audience, LocalDate asOf) {
        return new AudienceView(store, councilId, audience, asOf);
    }

    /**
     * Builds a report from a store, through a view for the request's council, audience and day.
     *
     * @throws ValidationException when the request names a council or locality the store lacks
     */
    public static Report build(LocalityStore store, ReportDefinition definition, ReportRequest request) {
        return build(view(store, request.councilId(), request.audience(), request.asOf()), definition, request);
    }

    /**
     * Builds a report through a view made for the request's council, audience and day.
     *
     * @throws ValidationException when the view was made for another council, audience or day than the request's,
     *                             or the request names a council or locality the store lacks
     */
    public static Report build(LocalityView view, ReportDefinition definition, ReportRequest request) {
        if (!view.councilId().equals(request.councilId()) || view.audience() != request.audience()
                || !view.asOf().equals(request.asOf())) {
            throw new ValidationException("ReportRequest", request.councilId() + " " + request.audience() + " "
                    + request.asOf(), "must be the council, audience and day the view was made for: "
                    + view.councilId() + " " + view.audience() + " " + view.asOf());
        }
        ReportContext context = new Context(request, view);
        return definition.build(context);
    }

    private record Context(ReportRequest request, LocalityView view) implements ReportContext {
    }
}
