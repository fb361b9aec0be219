package org.localityworking.reporting;

/** One piece of a section's content. Formats render each kind in their own way. */
public sealed interface Block permits KeyFigures, Table, BarChart, PointMap, WardMap, NetworkDiagram, Note,
        Paragraph {
}
