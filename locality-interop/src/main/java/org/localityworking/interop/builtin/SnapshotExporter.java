package org.localityworking.interop.builtin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.localityworking.interop.ExportRequest;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.interop.spi.ExportContext;
import org.localityworking.interop.spi.ExportTarget;

/**
 * A JSON snapshot of one council's whole data ({@code snapshot.json}): every record that belongs to it and every
 * person and organisation they refer to, with their versions, so that the {@code snapshot} importer loads it
 * back. It holds personal data: it is for moving a council between stores, never for publishing, so only an
 * INTERNAL request is served. It always
 * covers the whole council (a locality in the request is refused) and leaves nothing of it out, which its
 * {@code manifest.json} says, as every export's does.
 */
public final class SnapshotExporter implements DataExporter {
    /** Creates the exporter. */
    public SnapshotExporter() {
    }

    @Override
    public String id() {
        return "snapshot";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Everything of one council as a JSON snapshot (snapshot.json), with versions; holds personal data";
    }

    @Override
    public List<String> export(ExportContext context, ExportTarget target) throws IOException {
        ExportRequest request = context.request();
        if (request.audience() != org.localityworking.reporting.Audience.INTERNAL) {
            throw new org.localityworking.core.ValidationException("ExportRequest.audience", request.audience().name(),
                    "must be INTERNAL for a snapshot: it holds people's names, contacts and stories, so it is never public");
        }
        if (request.localityId().isPresent()) {
            throw new org.localityworking.core.ValidationException("ExportRequest.localityId", request.localityId().get(),
                    "must be empty for a snapshot: a snapshot is always of the whole council");
        }
        var snapshot = Snapshot.export(context.view(), request.councilId(), request.asOf());
        try (OutputStream out = target.file(Snapshot.FILE)) {
            RecordJson.MAPPER.writeValue(out, snapshot);
        }
        // every record of the council is in it; what the store cannot place in any council is listed as left out
        java.util.Set<String> organisations = new java.util.HashSet<>();
        snapshot.path("records").path(org.localityworking.storage.StandardKinds.ORGANISATION.name())
                .forEach(o -> organisations.add(o.path("id").asText()));
        java.util.Set<String> people = new java.util.HashSet<>();
        snapshot.path("records").path(org.localityworking.storage.StandardKinds.PERSON.name())
                .forEach(o -> people.add(o.path("id").asText()));
        List<Exports.LeftOut> left = new java.util.ArrayList<>(Exports.unplaced(context.view(), organisations, people, true));
        // a council's own kind the store holds but was not opened with cannot be read, so it cannot be exported
        context.view().undeclaredKinds().forEach((kind, count) -> left.add(new Exports.LeftOut("records of the council's own"
                + " kind " + kind + " (the store holds them, but was not opened with the kind)", count, "a store reads"
                + " only the kinds it was opened with: open it with " + kind + " declared to export them")));
        return Exports.manifest(target, id(), request, List.of(Snapshot.FILE), left);
    }
}
