package org.localityworking.interop.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.ImportRequest;
import org.localityworking.interop.ImportResult;
import org.localityworking.interop.spi.DataImporter;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.reporting.CsvColumns;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * Imports a people list from CSV. Columns: {@code id, name} (required) and {@code email, phone, address,
 * ward, roles} where roles is {@code ROLE[@locality][#organisation]} separated by {@code ;} (for example
 * {@code COUNCILLOR@sale;COMMUNITY_BUILDER@sale#trafford-council}). An update changes only what the file has
 * columns for: a file of {@code id,name} renames people and leaves their contacts, ward and roles as they are (a
 * column that is there but blank clears the value). One bad row and nothing is written. Streams, and
 * writes in batches beyond the {@code batchSize} option's 10,000 changed rows ({@link CsvImport}).
 */
public final class PeopleCsvImporter implements DataImporter {
    static final List<String> COLUMNS = CsvColumns.PEOPLE;

    /** Creates the importer. */
    public PeopleCsvImporter() {
    }

    @Override
    public String id() {
        return "people";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public String description() {
        return "A people list from CSV: id, name and optionally email, phone, address, ward, roles"
                + " (ROLE[@locality][#organisation];...), as the csv export's INTERNAL people.csv";
    }

    @Override
    public ImportResult importInto(LocalityStore store, ImportRequest request, ImportSource source) throws IOException {
        return CsvImport.run(store, StandardKinds.PERSON, request, source, Set.of("id", "name"), Set.copyOf(COLUMNS),
                new CsvImport.Rows<>() {
                    @Override
                    public Person parse(CsvRows.Row row, Optional<Person> stored, List<ImportException.RowError> errors) {
                        try {
                            // as for assets: only what the file has a column for changes; a column that is there but
                            // blank clears the value
                            Optional<ContactDetails> was = stored.map(Person::contact);
                            return new Person(row.get("id"), row.get("name"), new ContactDetails(
                                    column(row, "email", was.flatMap(ContactDetails::email)),
                                    column(row, "phone", was.flatMap(ContactDetails::phone)),
                                    column(row, "address", was.flatMap(ContactDetails::address))),
                                    column(row, "ward", stored.flatMap(Person::homeWardId)),
                                    row.has("roles") || stored.isEmpty() ? roles(row.get("roles")) : stored.get().roles());
                        } catch (ValidationException e) {
                            errors.add(new ImportException.RowError(row.line(), Cells.column(e.field()), e.value(), e.rule()));
                            return null;
                        }
                    }
                });
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The row's value of an optional column, or the stored value when the file has no such column. */
    private static Optional<String> column(CsvRows.Row row, String column, Optional<String> stored) {
        return row.has(column) ? opt(row.get(column)) : stored;
    }

    private static List<RoleAssignment> roles(String s) {
        List<RoleAssignment> roles = new ArrayList<>();
        if (s.isBlank()) {
            return roles;
        }
        for (String part : s.split(";")) {
            // ROLE[@locality][#organisation]
            String text = part.strip();
            Optional<String> org = Optional.empty();
            int hash = text.indexOf('#');
            if (hash >= 0) {
                org = Optional.of(text.substring(hash + 1));
                text = text.substring(0, hash);
            }
            String[] ra = text.split("@", 2);
            Role role = Cells.enumValue("roles", ra[0], Role.class, null);
            roles.add(new RoleAssignment(role, ra.length == 2 ? Optional.of(ra[1].strip()) : Optional.empty(), org));
        }
        return roles;
    }
}
