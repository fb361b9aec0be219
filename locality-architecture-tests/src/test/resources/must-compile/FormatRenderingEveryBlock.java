import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.NetworkDiagram;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.WardMap;

/** The control: a block renderer with a method for every block type compiles. */
class FormatRenderingEveryBlock implements Block.Visitor<String> {
    public String keyFigures(KeyFigures b) { return "figures"; }
    public String table(Table b) { return "table"; }
    public String barChart(BarChart b) { return "chart"; }
    public String pointMap(PointMap b) { return "map"; }
    public String wardMap(WardMap b) { return "wards"; }
    public String networkDiagram(NetworkDiagram b) { return "network"; }
    public String note(Note b) { return "note"; }
    public String paragraph(Paragraph b) { return "paragraph"; }
}
