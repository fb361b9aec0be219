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
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
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
                ObjectNode bn = blocks.addObject();
                if (b instanceof KeyFigures k) {
                    bn.put("type", "keyFigures");
                    ArrayNode figures = bn.putArray("figures");
                    k.figures().forEach(f -> figures.addObject().put("label", f.label()).put("value", f.value()));
                } else if (b instanceof Table t) {
                    bn.put("type", "table").put("caption", t.caption());
                    ArrayNode headers = bn.putArray("headers");
                    t.headers().forEach(headers::add);
                    ArrayNode rows = bn.putArray("rows");
                    t.rows().forEach(row -> {
                        ArrayNode rn = rows.addArray();
                        row.forEach(rn::add);
                    });
                } else if (b instanceof BarChart c) {
                    bn.put("type", "barChart").put("title", c.title()).put("unit", c.unit()).put("stacked", c.stacked());
                    ArrayNode cats = bn.putArray("categories");
                    c.categories().forEach(cats::add);
                    ArrayNode series = bn.putArray("series");
                    c.series().forEach(ser -> {
                        ObjectNode sr = series.addObject().put("name", ser.name());
                        ArrayNode values = sr.putArray("values");
                        ser.values().forEach(values::add);
                    });
                } else if (b instanceof PointMap m) {
                    bn.put("type", "pointMap").put("title", m.title());
                    ArrayNode points = bn.putArray("points");
                    m.points().forEach(pt -> points.addObject().put("label", pt.label()).put("group", pt.group())
                            .put("latitude", pt.latitude()).put("longitude", pt.longitude()));
                } else if (b instanceof org.localityworking.reporting.WardMap m) {
                    bn.put("type", "wardMap").put("title", m.title()).put("layout", "odd-r");
                    ArrayNode tiles = bn.putArray("tiles");
                    m.tiles().forEach(t -> {
                        ObjectNode tn = tiles.addObject().put("ward", t.hex().wardId()).put("name", t.hex().name())
                                .put("locality", t.locality()).put("q", t.hex().q()).put("r", t.hex().r());
                        ArrayNode markers = tn.putArray("markers");
                        t.markers().forEach(x -> markers.addObject().put("label", x.label()).put("group", x.group()));
                    });
                } else if (b instanceof org.localityworking.reporting.NetworkDiagram n) {
                    bn.put("type", "network").put("title", n.title());
                    ArrayNode ns = bn.putArray("nodes");
                    n.nodes().forEach(x -> ns.addObject().put("id", x.id()).put("label", x.label()).put("kind", x.group())
                            .put("cluster", x.cluster()));
                    ArrayNode es = bn.putArray("edges");
                    n.edges().forEach(e -> es.addObject().put("from", e.from()).put("to", e.to()).put("weight", e.weight())
                            .put("bridge", e.bridge()));
                } else if (b instanceof Note n) {
                    bn.put("type", "note").put("kind", n.kind().name()).put("text", n.text());
                } else if (b instanceof Paragraph p) {
                    bn.put("type", "paragraph").put("text", p.text());
                }
            }
        }
        MAPPER.writeValue(out, root);
        out.flush();
    }
}
