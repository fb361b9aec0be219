import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.NetworkDiagram;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.PointMap;
import org.localityworking.reporting.Table;

/**
 * A format's block renderer written before the ward map existed: it has no wardMap method. When a block type is
 * added to the sealed Block, its method is added to Block.Visitor, and every format that misses it stops compiling.
 */
class FormatMissingABlock implements Block.Visitor<String> { // error
    public String keyFigures(KeyFigures b) { return "figures"; }
    public String table(Table b) { return "table"; }
    public String barChart(BarChart b) { return "chart"; }
    public String pointMap(PointMap b) { return "map"; }
    public String networkDiagram(NetworkDiagram b) { return "network"; }
    public String note(Note b) { return "note"; }
    public String paragraph(Paragraph b) { return "paragraph"; }
}
