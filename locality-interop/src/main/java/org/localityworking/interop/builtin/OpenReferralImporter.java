package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.storage.StandardKinds;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;

/**
 * Loads Open Referral (HSDS 3.0) and Open Referral UK data into one council's store, in any shape the standard
 * publishes ({@link OpenReferralTables}): the {@code tabular.json} shape ({@code openreferral.json}, as the
 * {@code openreferral} exporter writes it, or anyone's), a record with its records nested as the API returns it, a
 * paginated list of them, or a tabular data package ({@code datapackage.json} beside its CSV files). Each service
 * and each place of its own becomes an asset, each organisation that runs a service an organisation.
 *
 * <ul>
 * <li>The file's ids are UUIDs, kept as the records' ids (and given back by an export); a {@code record-id}
 *     attribute (as this library's exporter writes) names the record's id in the store instead.</li>
 * <li>An asset's ABCD category and locality come from its attributes' taxonomy terms (the exporter's
 *     {@code abcd-category} and {@code locality} taxonomies). Where the file does not say: a place is PHYSICAL; a
 *     service's other taxonomy terms map to a category by the option {@code categories=CODE:CATEGORY,...} (a term's
 *     code or name), else the option {@code category}. The option {@code wardBoundaries} (a GeoJSON file of the
 *     council's ward boundaries, {@link WardBoundaries}) places a service or place by its coordinates, in a ward
 *     and that ward's locality, and the option {@code wardLookup} (a CSV file of postcodes and their wards,
 *     {@link WardLookup}) by its address's postcode; the option {@code locality} places the rest (a file that is all one place). A
 *     service or place still unplaced is refused by name. A service's location (through
 *     {@code service_at_location}) gives its latitude and longitude.</li>
 * <li>A service's organisation is the asset's owner, except the council's own community directory, which owns
 *     nothing (and an organisation the file does not hold, counted as not kept). An organisation keeps the file's
 *     description and website; its sector and kind come from its attributes; a new one without them is VCSE,
 *     kind OTHER.</li>
 * <li>Every field, table and nested list the store has no place for (phones, schedules, a service's fees, a
 *     place's address) is listed in {@link ImportResult#notKept()} with the number of records that carry it.</li>
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
        return "Organisations, services and places from Open Referral (HSDS 3.0) JSON, an API record or page, or a"
                + " datapackage.json, as assets (--council ID; options wardBoundaries=FILE.geojson, wardLookup=FILE.csv,"
                + " locality=ID, category=C, categories=TERM:C,...)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        String councilId = request.requireCouncil(id());
        CouncilInStore.require(store, "ImportRequest.councilId", councilId);
        int batchSize = Batches.batchSize(request);
        // read several times: the encoding is checked on the first only
        ImportSource checked = InputFile.checked(source);
        OpenReferralRead read = new OpenReferralRead(store, councilId, checked, OpenReferralTables.open(checked, source),
                placing(store, councilId, request), OpenReferralRead.partitionSize(request));
        ImportResult result = read.run(request.dryRun(), batchSize);
        List<String> notKept = new ArrayList<>();
        read.notKept.forEach((field, n) -> notKept.add(field + ": " + n + (n == 1 ? " record" : " records")));
        return result.notKeeping(notKept);
    }

    /**
     * The options that place what the file does not: {@code wardBoundaries}, {@code locality}, {@code category},
     * {@code categories}.
     */
    private static OpenReferralRead.Placing placing(LocalityStore store, String councilId, ImportRequest request) {
        Optional<String> locality = Optional.of(request.option("locality", "")).filter(l -> !l.isEmpty());
        locality.ifPresent(l -> {
            if (store.get(StandardKinds.LOCALITY, l).isEmpty()) {
                throw new ValidationException("ImportRequest.options.locality", l, "must be a locality in the store");
            }
        });
        Optional<AssetCategory> category = Optional.of(request.option("category", "")).filter(c -> !c.isEmpty())
                .map(c -> category("ImportRequest.options.category", c));
        Map<String, AssetCategory> byTerm = new HashMap<>();
        String mapping = request.option("categories", "");
        if (!mapping.isBlank()) {
            for (String pair : mapping.split(",")) {
                int colon = pair.lastIndexOf(':');
                if (colon < 1) {
                    throw new ValidationException("ImportRequest.options.categories", pair, "must be TERM:CATEGORY pairs"
                            + " separated by commas, a taxonomy term's code or name and an ABCD category, such as"
                            + " sports:ASSOCIATIONS,libraries:INSTITUTIONS");
                }
                byTerm.put(pair.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        category("ImportRequest.options.categories", pair.substring(colon + 1).strip()));
            }
        }
        Optional<WardBoundaries> wards = Optional.of(request.option("wardBoundaries", "")).filter(w -> !w.isEmpty())
                .map(w -> WardBoundaries.read(store, councilId, "ImportRequest.options.wardBoundaries",
                        java.nio.file.Path.of(w)));
        String lookup = request.option("wardLookup", "");
        Optional<WardLookup> postcodes = Optional.empty();
        if (!lookup.isEmpty()) {
            try {
                postcodes = Optional.of(WardLookup.read(store, councilId, "ImportRequest.options.wardLookup",
                        java.nio.file.Path.of(lookup)));
            } catch (java.io.IOException e) {
                throw new ValidationException("ImportRequest.options.wardLookup", lookup, "must be a CSV file that can be"
                        + " read (" + e.getMessage() + ")");
            }
        }
        return new OpenReferralRead.Placing(locality, category, Map.copyOf(byTerm), wards, postcodes);
    }

    private static AssetCategory category(String field, String value) {
        try {
            return AssetCategory.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, value, "must be an ABCD category: " + java.util.Arrays.toString(
                    AssetCategory.values()));
        }
    }
}
