package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One piece of a section's content. The set of block types is closed (sealed), and a format renders a block
 * through a {@link Visitor}, which has one method per type: a format that misses a type does not compile.
 * Adding a block type raises {@link org.localityworking.reporting.spi.OutputFormat#SPI_VERSION}.
 */
@API(status = STABLE, since = "1.0")
public sealed interface Block permits KeyFigures, Table, BarChart, PointMap, WardMap, NetworkDiagram, Note,
        Paragraph {

    /**
     * {@return what the visitor returned for this block}
     *
     * @param visitor what to do with each type of block
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per block type, each abstract: an implementation handles every type or does not compile.
     *
     * @param <R> what a visit returns (for example {@code Void}, or a rendered fragment)
     */
    interface Visitor<R> {
        /** {@return the visit's result for headline figures} */
        R keyFigures(KeyFigures block);

        /** {@return the visit's result for a table} */
        R table(Table block);

        /** {@return the visit's result for a bar chart} */
        R barChart(BarChart block);

        /** {@return the visit's result for a map of points} */
        R pointMap(PointMap block);

        /** {@return the visit's result for a map of wards} */
        R wardMap(WardMap block);

        /** {@return the visit's result for a network diagram} */
        R networkDiagram(NetworkDiagram block);

        /** {@return the visit's result for a note} */
        R note(Note block);

        /** {@return the visit's result for a paragraph} */
        R paragraph(Paragraph block);
    }
}
