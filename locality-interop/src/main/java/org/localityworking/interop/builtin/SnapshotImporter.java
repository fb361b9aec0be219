package org.localityworking.interop.builtin;

import java.io.IOException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;

/**
 * Loads a snapshot the {@code snapshot} exporter wrote, streaming (one record held at a time), in one unit of work
 * or, beyond the {@code batchSize} option's 10,000 changed records, in batches as the CSV imports are written. A
 * record the store holds in a newer
 * version than the snapshot's (edited since the export), or that differs at the same version, is not overwritten:
 * the whole import is refused, naming them, unless the request says {@code replace}. A bad record is named by its
 * line and column in the file.
 */
public final class SnapshotImporter implements DataImporter {
    /** Creates the importer. */
    public SnapshotImporter() {
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
        return "A JSON snapshot written by the snapshot exporter (refused if it would overwrite newer records, unless replace)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        return Snapshot.importInto(store, source, request.replace(), request.dryRun(), Batches.batchSize(request));
    }
}
