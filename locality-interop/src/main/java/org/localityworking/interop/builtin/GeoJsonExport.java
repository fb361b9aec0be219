package org.localityworking.interop.builtin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.localityworking.core.model.Asset;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;
import org.localityworking.reporting.builtin.AssetMapReport;
import org.localityworking.reporting.builtin.Scope;
import org.localityworking.storage.StandardKinds;

/**
 * The asset map as GeoJSON (RFC 7946): a FeatureCollection of Point features, [longitude, latitude] in WGS 84,
 * for every public asset with a location; properties carry the category, ward and locality.
 */
public final class GeoJsonExport implements DataExporter {
    /** Creates the exporter. */
    public GeoJsonExport() {
    }

    @Override
    public String id() {
        return "geojson";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Located assets as an RFC 7946 GeoJSON FeatureCollection (assets.geojson)";
    }

    @Override
    public List<String> export(ExportContext context, ExportTarget target) throws IOException {
        ExportRequest request = context.request();
        Scope scope = Exports.scope(context.view().forPublic(), request.forPublic());
        ObjectNode root = Exports.JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        long unlocated = 0;
        for (Asset a : Exports.assets(scope)) {
            if (a.location().isEmpty()) {
                unlocated++;
                continue;
            }
            ObjectNode f = features.addObject().put("type", "Feature").put("id", a.id());
            ArrayNode coordinates = f.putObject("geometry").put("type", "Point").putArray("coordinates");
            coordinates.add(a.location().get().longitude()).add(a.location().get().latitude());
            ObjectNode p = f.putObject("properties");
            p.put("name", a.name()).put("category", a.category().name())
                    .put("categoryLabel", AssetMapReport.label(a.category()))
                    .put("locality", scope.localityName(a.localityId())).put("localityId", a.localityId());
            a.wardId().ifPresentOrElse(w -> {
                p.put("ward", scope.wardName(w).replaceAll(" \\(.*\\)$", ""));
                scope.view.get(StandardKinds.WARD, w).flatMap(v -> v.value().gssCode()).ifPresentOrElse(
                        g -> p.put("wardCode", g), () -> p.putNull("wardCode"));
            }, () -> p.putNull("ward").putNull("wardCode"));
        }
        Exports.json(target, "assets.geojson", root);
        List<Exports.LeftOut> left = new java.util.ArrayList<>(Exports.assetsLeftOut(scope));
        if (unlocated > 0) {
            left.add(new Exports.LeftOut("assets with no location", unlocated, "GeoJSON holds only located features"));
        }
        return Exports.manifest(target, id(), request.forPublic(), List.of("assets.geojson"), left);
    }
}
