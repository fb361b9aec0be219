package org.localityworking.interop.builtin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.WardLayout;
import org.localityworking.reporting.builtin.AssetMapReport;
import org.localityworking.reporting.builtin.Scope;

/**
 * The council's (or a locality's) wards as HexJSON ({@code wards.hexjson}): the same hex layout the asset map
 * draws, one hex per ward, each locality's together, in {@code odd-r} offset coordinates, with each ward's name
 * and locality, for HexJSON tools and a council's own maps.
 */
public final class HexJsonExport implements DataExporter {
    /** Creates the exporter. */
    public HexJsonExport() {
    }

    @Override
    public String id() {
        return "hexjson";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "The wards as a HexJSON hex layout (wards.hexjson), each locality's wards together, as the asset map draws them";
    }

    @Override
    public List<String> export(ExportContext context, ExportTarget target) throws IOException {
        ExportRequest request = context.request();
        Scope scope = Exports.scope(context.view().forPublic(), request.forPublic());
        WardLayout layout = AssetMapReport.layout(scope, AssetMapReport.wardNames(scope), Exports.assets(scope));
        try (OutputStream out = target.file("wards.hexjson")) {
            out.write(layout.toHexJson().getBytes(StandardCharsets.UTF_8));
        }
        return Exports.manifest(target, id(), request.forPublic(), List.of("wards.hexjson"), List.of());
    }
}
