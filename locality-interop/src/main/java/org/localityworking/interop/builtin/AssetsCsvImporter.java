package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.AcvDecision;
import org.localityworking.core.model.AcvListing;
import org.localityworking.core.model.AcvOutcome;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.GeoPoint;
import org.localityworking.core.model.PartyRef;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * Imports an asset map from CSV, as councils keep them in spreadsheets. Columns: {@code id, locality,
 * name, description, category} (required) and {@code ward, tangibility, owner, sensitive, transfer,
 * latitude, longitude} and the Asset of Community Value columns {@code acv_nominated_by, acv_nominated_on,
 * acv_decision, acv_decided_on, acv_notice_on, acv_bid_request_on}: the columns the {@code csv} export writes. Every row is checked first, against the record rules and against the store (the
 * locality, ward and owner must exist); one bad row and nothing is written. Good files are saved updating
 * assets that already exist: in one unit of work, or, beyond the {@code batchSize} option's 10,000 changed rows,
 * in batches, streaming, so that memory does not grow with the file (see {@link CsvImport}). An update changes only what the file has columns for: a
 * file without, say, the {@code owner} or the ACV columns leaves those of an existing asset as they are (a
 * column that is there but blank clears an optional value).
 */
public final class AssetsCsvImporter implements DataImporter {
    static final List<String> COLUMNS = CsvColumns.ASSETS;
    private static final Set<String> REQUIRED = Set.of("id", "locality", "name", "description", "category");

    /** Creates the importer. */
    public AssetsCsvImporter() {
    }

    @Override
    public String id() {
        return "assets";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "An asset map from CSV: id, locality, name, description, category and optionally ward, tangibility,"
                + " owner, sensitive, transfer, latitude, longitude and the acv_ columns (the csv export's assets.csv)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        CouncilInStore.requireAny(store); // every asset lies in a locality of a council
        return CsvImport.run(store, StandardKinds.ASSET, request, source, REQUIRED, Set.copyOf(COLUMNS), new CsvImport.Rows<>() {
            @Override
            public Asset parse(CsvRows.Row row, Optional<Asset> stored, List<ImportException.RowError> errors) {
                return AssetsCsvImporter.parse(row, stored, errors);
            }
        });
    }

    /** The row as an asset: over the stored asset where there is one, so a column the file lacks changes nothing. */
    private static Asset parse(CsvRows.Row row, Optional<Asset> stored, List<ImportException.RowError> errors) {
        try {
            Asset.Builder asset = stored.map(Asset::toBuilder).orElseGet(Asset::builder).id(row.get("id"))
                    .localityId(row.get("locality")).name(row.get("name")).description(row.get("description"))
                    .category(category(row.get("category")));
            if (row.has("tangibility") || stored.isEmpty()) {
                asset.tangibility(Cells.enumValue("tangibility", row.get("tangibility"), Tangibility.class,
                        Tangibility.TANGIBLE));
            }
            if (row.has("sensitive") || stored.isEmpty()) {
                asset.sensitive(Cells.bool("sensitive", row.get("sensitive")));
            }
            if (row.has("transfer") || stored.isEmpty()) {
                asset.transfer(Cells.enumValue("transfer", row.get("transfer"), TransferStatus.class,
                        TransferStatus.NOT_APPLICABLE));
            }
            if (row.has("ward")) {
                optional(row.get("ward")).ifPresentOrElse(asset::wardId, asset::noWardId);
            }
            if (row.has("owner")) {
                owner(row.get("owner")).ifPresentOrElse(asset::owner, asset::noOwner);
            }
            if (ACV_COLUMNS.stream().anyMatch(row::has)) {
                acv(row).ifPresentOrElse(asset::acv, asset::noAcv);
            }
            if (row.has("latitude") || row.has("longitude")) {
                if (!row.get("latitude").isEmpty() || !row.get("longitude").isEmpty()) {
                    asset.location(new GeoPoint(number(row, "latitude"), number(row, "longitude")));
                } else {
                    asset.noLocation();
                }
            }
            return asset.build();
        } catch (ValidationException e) {
            errors.add(new ImportException.RowError(row.line(), Cells.column(e.field()), e.value(), e.rule()));
            return null;
        }
    }

    private static final List<String> ACV_COLUMNS = List.of("acv_nominated_by", "acv_nominated_on", "acv_decision",
            "acv_decided_on", "acv_notice_on", "acv_bid_request_on");

    /** The Asset of Community Value columns: all empty, or at least who nominated and when. */
    private static Optional<AcvListing> acv(CsvRows.Row row) {
        if (row.get("acv_nominated_by").isEmpty() && row.get("acv_nominated_on").isEmpty()) {
            return Optional.empty();
        }
        Optional<AcvDecision> decision = row.get("acv_decision").isEmpty() ? Optional.empty()
                : Optional.of(new AcvDecision(Cells.enumValue("acv_decision", row.get("acv_decision"), AcvOutcome.class, null),
                        Cells.date("acv_decided_on", row.get("acv_decided_on"))));
        return Optional.of(new AcvListing(row.get("acv_nominated_by"), Cells.date("acv_nominated_on", row.get("acv_nominated_on")),
                decision, Cells.optionalDate("acv_notice_on", row.get("acv_notice_on")),
                Cells.optionalDate("acv_bid_request_on", row.get("acv_bid_request_on"))));
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static double number(CsvRows.Row row, String column) {
        try {
            return Double.parseDouble(row.get(column));
        } catch (NumberFormatException e) {
            throw new ValidationException(column, row.get(column), "must be a number in degrees");
        }
    }

    /** Accepts the enum name or the label a spreadsheet would use ("Stories and culture"). */
    static AssetCategory category(String s) {
        String key = s.strip().toUpperCase(Locale.ROOT).replace(" AND ", "_").replace('/', '_').replace(' ', '_')
                .replace('-', '_');
        for (AssetCategory c : AssetCategory.values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        throw new ValidationException("category", s, "must be one of Individuals, Associations, Institutions,"
                + " Physical, Economic exchange, Stories and culture");
    }

    private static Optional<PartyRef> owner(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String[] kv = s.split(":", 2);
        if (kv.length != 2 || !(kv[0].equals("person") || kv[0].equals("organisation"))) {
            throw new ValidationException("owner", s, "must be person:ID or organisation:ID, or empty");
        }
        return Optional.of(kv[0].equals("person") ? PartyRef.person(kv[1]) : PartyRef.organisation(kv[1]));
    }
}
