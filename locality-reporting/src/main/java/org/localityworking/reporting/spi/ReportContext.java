package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.reporting.ReportRequest;

/**
 * What a report reads when it is built: the request and the council's records as the request's audience may see
 * them. The library makes it ({@link org.localityworking.reporting.run.Reports#build}); a report never receives the
 * store, so the audience's rules hold whatever the report does.
 */
@API(status = STABLE, since = "1.0")
public interface ReportContext {
    /** {@return what is asked for: council, locality, audience, period, the day} */
    ReportRequest request();

    /** {@return the council's records, read-only, as the request's audience may see them} */
    LocalityView view();
}
