package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * Imports organisations from CSV. Columns: {@code id, name} (required) and {@code sector} ({@code PUBLIC},
 * {@code PRIVATE} or {@code VCSE}; default VCSE for a new organisation), {@code kind} (an
 * {@code OrganisationKind}; default OTHER) and {@code locality} (where it is based; blank: council-wide or
 * beyond). An organisation already in the store changes only what the file has columns for. One bad row and
 * nothing is written. Streams, and writes in batches beyond the {@code batchSize} option's 10,000 changed rows
 * ({@link CsvImport}).
 */
public final class OrganisationsCsvImporter implements DataImporter {
    /** Creates the importer. */
    public OrganisationsCsvImporter() {
    }

    @Override
    public String id() {
        return "organisations";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "Organisations from CSV: id, name and optionally sector, kind, locality (the csv export's organisations.csv)";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        return CsvImport.run(store, StandardKinds.ORGANISATION, request, source, Set.of("id", "name"),
                Set.copyOf(CsvColumns.ORGANISATIONS), new CsvImport.Rows<>() {
                    @Override
                    public Organisation parse(CsvRows.Row row, Optional<Organisation> stored,
                                              List<ImportException.RowError> errors) {
                        return OrganisationsCsvImporter.parse(row, stored, errors);
                    }
                });
    }

    private static void detail(CsvRows.Row row, String column, java.util.function.Consumer<String> set, Runnable clear) {
        if (row.has(column)) {
            if (row.get(column).isEmpty()) {
                clear.run();
            } else {
                set.accept(row.get(column));
            }
        }
    }

    private static Organisation parse(CsvRows.Row row, Optional<Organisation> stored,
                                      List<ImportException.RowError> errors) {
        try {
            Sector sector = row.has("sector") || stored.isEmpty()
                    ? Cells.enumValue("sector", row.get("sector"), Sector.class, Sector.VCSE) : stored.get().sector();
            OrganisationKind kind = row.has("kind") || stored.isEmpty()
                    ? Cells.enumValue("kind", row.get("kind"), OrganisationKind.class, OrganisationKind.OTHER)
                    : stored.get().kind();
            Optional<String> locality = row.has("locality")
                    ? Optional.of(row.get("locality")).filter(l -> !l.isEmpty())
                    : stored.flatMap(Organisation::localityId);
            // a detail the file has no column for keeps the stored value; an empty cell clears it
            Organisation.Builder b = stored.map(Organisation::toBuilder).orElseGet(Organisation::builder)
                    .id(row.get("id")).name(row.get("name")).sector(sector).kind(kind);
            locality.ifPresentOrElse(b::localityId, b::noLocalityId);
            detail(row, "description", b::description, b::noDescription);
            detail(row, "charityNumber", b::charityNumber, b::noCharityNumber);
            detail(row, "companyNumber", b::companyNumber, b::noCompanyNumber);
            detail(row, "postcode", b::postcode, b::noPostcode);
            detail(row, "website", b::website, b::noWebsite);
            return b.build();
        } catch (ValidationException e) {
            errors.add(new ImportException.RowError(row.line(), Cells.column(e.field()), e.value(), e.rule()));
            return null;
        }
    }
}
