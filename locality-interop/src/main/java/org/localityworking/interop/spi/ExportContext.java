package org.localityworking.interop.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.interop.ExportRequest;
import org.localityworking.reporting.spi.LocalityView;

/**
 * What an exporter reads: the request and the council's records as the request's audience may see them. The
 * library makes it ({@link org.localityworking.interop.run.Exporting#export}); an exporter never receives the store,
 * so the audience's rules hold whatever the exporter does. An exporter that publishes in an open standard reads
 * {@code view().forPublic()}.
 */
@API(status = STABLE, since = "1.0")
public interface ExportContext {
    /** {@return what is asked for: council, locality, audience, options, when} */
    ExportRequest request();

    /** {@return the council's records, read-only, as the request's audience may see them} */
    LocalityView view();
}
