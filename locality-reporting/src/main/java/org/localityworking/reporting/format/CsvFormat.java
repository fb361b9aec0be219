package org.localityworking.reporting.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.NetworkDiagram;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.WardMap;
import org.localityworking.reporting.spi.OutputFormat;

/**
 * CSV following RFC 4180 (CRLF line ends, every value quoted, quotes doubled), written by Jackson's CSV
 * module, in long form: one value per line as {@code section, block, row, column, value}, so every table,
 * figure and chart of a report fits one file that spreadsheet tools can pivot.
 *
 * <p>Every value is neutralised as {@link CsvColumns#neutralise} says (a text value that a spreadsheet could
 * run gets a leading apostrophe; numbers stay numbers); {@link #restore} undoes it.
 */
public final class CsvFormat implements OutputFormat {
    /** The header row. */
    public static final List<String> HEADER = List.of("section", "block", "row", "column", "value");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    /** Creates the format. */
    public CsvFormat() {
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8; header=present";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    /** {@return the value made safe to open in a spreadsheet: {@link CsvColumns#neutralise}} */
    public static String neutralise(String value) {
        return CsvColumns.neutralise(value);
    }

    /** {@return the original value of a neutralised cell: {@link CsvColumns#restore}} */
    public static String restore(String cell) {
        return CsvColumns.restore(cell);
    }

    @Override
    public void render(Report r, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        add(rows, "Report", "About", "title", "value", r.title());
        add(rows, "Report", "About", "subject", "value", r.subject());
        add(rows, "Report", "About", "audience", "value", r.audience().name());
        add(rows, "Report", "About", "generated", "value", r.generatedAt().toString());
        for (Section s : r.sections()) {
            Blocks blocks = new Blocks(rows, s.title());
            for (Block b : s.blocks()) {
                b.accept(blocks);
            }
        }
        try (SequenceWriter w = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            for (List<String> row : rows) {
                w.write(row.stream().map(CsvFormat::neutralise).toArray(String[]::new));
            }
        }
        out.flush();
    }

    private static void add(List<List<String>> rows, String... cells) {
        rows.add(List.of(cells));
    }

    /** {@return the rows of a CSV this format wrote, parsed back by the same library (values still neutralised)} */
    public static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).<String[]>readValues(csv)) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }

    /**
     * Each block type as rows of (section, block, row, column, value): a visitor, so no block type can be left
     * out. Table cells carry their values, not their display: {@code 3600.00}, {@code 1463}, {@code 2016-03-01}.
     */
    private static final class Blocks implements Block.Visitor<Void> {
        private final List<List<String>> rows;
        private final String section;
        private int paragraph;

        Blocks(List<List<String>> rows, String section) {
            this.rows = rows;
            this.section = section;
        }

        @Override
        public Void keyFigures(KeyFigures k) {
            k.figures().forEach(f -> add(rows, section, "Key figures", f.label(), "value", f.value()));
            return null;
        }

        @Override
        public Void table(Table t) {
            for (int i = 0; i < t.rows().size(); i++) {
                for (int j = 0; j < t.headers().size(); j++) {
                    add(rows, section, t.caption(), Integer.toString(i + 1), t.headers().get(j), t.rows().get(i).get(j).raw());
                }
            }
            return null;
        }

        @Override
        public Void barChart(BarChart c) {
            for (int i = 0; i < c.categories().size(); i++) {
                for (BarChart.Series ser : c.series()) {
                    add(rows, section, c.title(), c.categories().get(i), ser.name(), TextFormat.number(ser.values().get(i)));
                }
            }
            return null;
        }

        @Override
        public Void pointMap(PointMap m) {
            for (PointMap.Point pt : m.points()) {
                add(rows, section, m.title(), pt.label(), "group", pt.group());
                add(rows, section, m.title(), pt.label(), "latitude", Double.toString(pt.latitude()));
                add(rows, section, m.title(), pt.label(), "longitude", Double.toString(pt.longitude()));
            }
            return null;
        }

        @Override
        public Void wardMap(WardMap m) {
            for (WardMap.Tile t : m.tiles()) {
                add(rows, section, m.title(), t.hex().name(), "locality", t.locality());
                add(rows, section, m.title(), t.hex().name(), "q", Integer.toString(t.hex().q()));
                add(rows, section, m.title(), t.hex().name(), "r", Integer.toString(t.hex().r()));
                add(rows, section, m.title(), t.hex().name(), "assets", Integer.toString(t.markers().size()));
            }
            return null;
        }

        @Override
        public Void networkDiagram(NetworkDiagram n) {
            for (NetworkDiagram.Node x : n.nodes()) {
                add(rows, section, n.title(), x.label(), "kind", x.group());
                add(rows, section, n.title(), x.label(), "cluster", Integer.toString(x.cluster() + 1));
            }
            for (NetworkDiagram.Edge e : n.edges()) {
                add(rows, section, n.title(), e.from() + " - " + e.to(), "weight", Integer.toString(e.weight()));
            }
            return null;
        }

        @Override
        public Void note(Note n) {
            add(rows, section, "Note", n.kind().name(), "text", n.text());
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            add(rows, section, "Text", Integer.toString(++paragraph), "text", p.text());
            return null;
        }
    }
}
