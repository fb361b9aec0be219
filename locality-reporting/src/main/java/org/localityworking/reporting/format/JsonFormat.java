package org.localityworking.reporting.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Cell;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.NetworkDiagram;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.WardMap;
import org.localityworking.reporting.spi.OutputFormat;

/** JSON through Jackson: the report model as a tree, each block with a {@code type}. */
public final class JsonFormat implements OutputFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Creates the format. */
    public JsonFormat() {
    }

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(Report r, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("report", r.reportId()).put("title", r.title()).put("subject", r.subject())
                .put("audience", r.audience().name()).put("generatedAt", r.generatedAt().toString());
        ArrayNode sources = root.putArray("sources");
        r.sources().forEach(sources::add);
        ArrayNode sections = root.putArray("sections");
        for (Section s : r.sections()) {
            ObjectNode sn = sections.addObject().put("title", s.title());
            ArrayNode blocks = sn.putArray("blocks");
            for (Block b : s.blocks()) {
                b.accept(new Blocks(blocks.addObject()));
            }
        }
        MAPPER.writeValue(out, root);
        out.flush();
    }

    /**
     * A table cell as JSON: text and days as strings (days in ISO form), counts and numbers as numbers, money as
     * {@code {"amount": 3600.00, "currency": "GBP"}}, a link as {@code {"text": ..., "href": ...}}.
     */
    private static void cell(Cell c, ArrayNode row) {
        if (c instanceof Cell.Count n) {
            row.add(n.value());
        } else if (c instanceof Cell.Decimal n) {
            row.add(n.value());
        } else if (c instanceof Cell.Amount m) {
            row.addObject().put("amount", m.money().amount()).put("currency", m.money().currency().getCurrencyCode());
        } else if (c instanceof Cell.Link l) {
            row.addObject().put("text", l.text()).put("href", l.href());
        } else {
            row.add(c.raw());
        }
    }

    /** Each block type as a JSON object with its {@code type}: a visitor, so no block type can be left out. */
    private static final class Blocks implements Block.Visitor<Void> {
        private final ObjectNode bn;

        Blocks(ObjectNode bn) {
            this.bn = bn;
        }

        @Override
        public Void keyFigures(KeyFigures k) {
            bn.put("type", "keyFigures");
            ArrayNode figures = bn.putArray("figures");
            k.figures().forEach(f -> figures.addObject().put("label", f.label()).put("value", f.value()));
            return null;
        }

        @Override
        public Void table(Table t) {
            bn.put("type", "table").put("caption", t.caption());
            ArrayNode headers = bn.putArray("headers");
            t.headers().forEach(headers::add);
            ArrayNode rows = bn.putArray("rows");
            t.rows().forEach(row -> {
                ArrayNode rn = rows.addArray();
                row.forEach(c -> cell(c, rn));
            });
            return null;
        }

        @Override
        public Void barChart(BarChart c) {
            bn.put("type", "barChart").put("title", c.title()).put("unit", c.unit()).put("stacked", c.stacked());
            ArrayNode cats = bn.putArray("categories");
            c.categories().forEach(cats::add);
            ArrayNode series = bn.putArray("series");
            c.series().forEach(ser -> {
                ObjectNode sr = series.addObject().put("name", ser.name());
                ArrayNode values = sr.putArray("values");
                ser.values().forEach(values::add);
            });
            return null;
        }

        @Override
        public Void pointMap(PointMap m) {
            bn.put("type", "pointMap").put("title", m.title());
            ArrayNode points = bn.putArray("points");
            m.points().forEach(pt -> points.addObject().put("label", pt.label()).put("group", pt.group())
                    .put("latitude", pt.latitude()).put("longitude", pt.longitude()));
            ArrayNode areas = bn.putArray("areas");
            m.areas().forEach(a -> {
                ArrayNode rings = areas.addObject().put("label", a.label()).putArray("rings");
                a.rings().forEach(r -> {
                    ArrayNode ring = rings.addArray();
                    r.forEach(g -> ring.addArray().add(g.longitude()).add(g.latitude()));
                });
            });
            return null;
        }

        @Override
        public Void wardMap(WardMap m) {
            bn.put("type", "wardMap").put("title", m.title()).put("layout", "odd-r");
            ArrayNode tiles = bn.putArray("tiles");
            m.tiles().forEach(t -> {
                ObjectNode tn = tiles.addObject().put("ward", t.hex().wardId()).put("name", t.hex().name())
                        .put("locality", t.locality()).put("q", t.hex().q()).put("r", t.hex().r());
                ArrayNode markers = tn.putArray("markers");
                t.markers().forEach(x -> markers.addObject().put("label", x.label()).put("group", x.group()));
            });
            return null;
        }

        @Override
        public Void networkDiagram(NetworkDiagram n) {
            bn.put("type", "network").put("title", n.title());
            ArrayNode ns = bn.putArray("nodes");
            n.nodes().forEach(x -> ns.addObject().put("id", x.id()).put("label", x.label()).put("kind", x.group())
                    .put("cluster", x.cluster()));
            ArrayNode es = bn.putArray("edges");
            n.edges().forEach(e -> es.addObject().put("from", e.from()).put("to", e.to()).put("weight", e.weight())
                    .put("bridge", e.bridge()));
            return null;
        }

        @Override
        public Void note(Note n) {
            bn.put("type", "note").put("kind", n.kind().name()).put("text", n.text());
            return null;
        }

        @Override
        public Void paragraph(Paragraph p) {
            bn.put("type", "paragraph").put("text", p.text());
            return null;
        }
    }
}
