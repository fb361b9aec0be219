package org.localityworking.interop.run;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.interop.ExportRequest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.run.Reports;
import org.localityworking.reporting.spi.LocalityView;
import org.localityworking.storage.LocalityStore;

/**
 * Where exports are made: the library makes the read-only view of the council's records for the request's
 * audience (on the day of its {@code asOf}, in UTC) and hands the exporter only that.
 *
 * <pre>{@code
 * List<String> files = Exporting.export(store, ExporterRegistry.discover().byId("360giving"), request,
 *         ExportTarget.folder(Path.of("out")));
 * }</pre>
 */
@API(status = STABLE, since = "1.0")
public final class Exporting {
    private Exporting() {
    }

    /**
     * {@return the names of the files written, in order}
     *
     * @throws org.localityworking.core.ValidationException when the request names an unknown council or lacks an option
     * @throws IOException when a file cannot be written
     */
    public static List<String> export(LocalityStore store, DataExporter exporter, ExportRequest request,
                                      ExportTarget target) throws IOException {
        LocalityView view = Reports.view(store, request.councilId(), request.audience(),
                LocalDate.ofInstant(request.asOf(), ZoneOffset.UTC));
        return exporter.export(new Context(request, view), target);
    }

    private record Context(ExportRequest request, LocalityView view) implements ExportContext {
    }
}
