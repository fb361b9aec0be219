package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** One piece of a section's content. Formats render each kind in their own way. */
@API(status = STABLE, since = "1.0")
public sealed interface Block permits KeyFigures, Table, BarChart, PointMap, WardMap, NetworkDiagram, Note,
        Paragraph {
}
