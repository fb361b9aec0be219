package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.List;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;

/**
 * Loads Open Referral UK (HSDS 3.0) JSON ({@code openreferral.json}, as the {@code openreferral} exporter writes
 * it) into one council's store: each service and each location of its own becomes an asset, each organisation
 * that runs a service an organisation.
 *
 * <ul>
 * <li>The file's ids are UUIDs; a {@code record-id} attribute (its value the record's id in the store) says
 *     which record each service, location and organisation is. One without it is given the UUID as its id.</li>
 * <li>An asset's ABCD category and locality come from its attributes' taxonomy terms (the exporter's
 *     {@code abcd-category} and {@code locality} taxonomies, whose term codes are the category and the locality's
 *     id); both are required, and the locality must be in the store. A service's location (through
 *     {@code service_at_location}) gives its latitude and longitude.</li>
 * <li>A service's organisation is the asset's owner, except the council's own community directory, which owns
 *     nothing. An organisation's sector and kind come from its attributes; a new one without them is VCSE,
 *     kind OTHER.</li>
 * <li>An asset or organisation already in the store keeps what the file has no place for (ward, tangibility,
 *     transfer status, ACV listing; an organisation's locality; a place's owner).</li>
 * </ul>
 *
 * <p>The import streams: the file is never held whole. Its taxonomy terms and organisations are held; its
 * services and places are read in partitions of about the {@code partitionSize} option's number (two reads of the
 * file for each, joining each service to its attributes and its location), once to check the whole file and once
 * to write. By default a partition is what a third of the heap holds (about 1 KB each), at least 10,000: a
 * directory of 100,000 services and places is one partition in a heap of 300 MB, and in a 48 MB heap ten
 * partitions, read twenty times over. Nothing is written
 * unless the whole file is good; then the organisations, then the assets are written in one unit of work or,
 * beyond the {@code batchSize} option's changed records (default 10,000; {@code all} for one unit), in batches;
 * a batch the store refuses after others landed stops with an
 * {@link org.localityworking.interop.ImportInterruptedException} counting what was written (not a line: the
 * order is not the file's), and a run again finishes.
 */
public final class OpenReferralImporter implements DataImporter {
    /** Creates the importer. */
    public OpenReferralImporter() {
    }

    @Override
    public String id() {
        return "openreferral";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Organisations, services and places from Open Referral UK (HSDS 3.0) JSON, as assets (--council ID)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        String councilId = request.requireCouncil(id());
        CouncilInStore.require(store, "ImportRequest.councilId", councilId);
        int batchSize = Batches.batchSize(request);
        // read several times: the encoding is checked on the first only
        OpenReferralRead read = new OpenReferralRead(store, councilId, InputFile.checked(source),
                OpenReferralRead.partitionSize(request));
        return read.run(request.dryRun(), batchSize).notKeeping(List.copyOf(read.notKept));
    }
}
