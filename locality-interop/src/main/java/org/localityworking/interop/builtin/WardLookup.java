package org.localityworking.interop.builtin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;

/**
 * A council's postcodes and their wards, from a CSV file: a column of postcodes ({@code postcode}, or the ONS
 * postcode directories' {@code pcds}, {@code pcd}, {@code pcd7}, {@code pcd8}) and a column of wards ({@code ward}, or
 * the ONS's {@code wd23cd} and its like), each ward the id or GSS code of one of the council's wards in the store.
 * Rows of other councils' wards are skipped, so the whole of a national postcode directory may be given. A
 * postcode is matched in any case and spacing ({@code m32 0th} is {@code M32 0TH}).
 */
final class WardLookup {
    private static final List<String> POSTCODE = List.of("postcode", "pcds", "pcd", "pcd7", "pcd8", "postal_code");

    private final Map<String, WardBoundaries.Placed> byPostcode;

    private WardLookup(Map<String, WardBoundaries.Placed> byPostcode) {
        this.byPostcode = byPostcode;
    }

    /**
     * {@return the council's postcodes in the file, with their wards and those wards' localities}
     *
     * @param option the option's name, for messages
     * @throws ValidationException when the file lacks a postcode or a ward column, or names none of the council's wards
     * @throws ImportException     when the file is not readable CSV
     */
    static WardLookup read(LocalityStore store, String councilId, String option, Path file) throws IOException {
        Map<String, String> wardOf = WardBoundaries.wardIds(store, councilId);
        Map<String, String> localityOf = WardBoundaries.localityOfWard(store, councilId);
        Map<String, WardBoundaries.Placed> byPostcode = new HashMap<>();
        String[] columns = new String[2];
        CsvRows.forEach(ImportSource.file(file), Set.of(), CsvRows.ANY_COLUMN, n -> { }, row -> {
            if (columns[0] == null) {
                for (String c : row.values().keySet()) {
                    String lower = c.strip().toLowerCase(Locale.ROOT);
                    if (columns[0] == null && POSTCODE.contains(lower)) {
                        columns[0] = c;
                    }
                    if (columns[1] == null && (lower.equals("ward") || lower.matches("wd\\d{2}cd"))) {
                        columns[1] = c;
                    }
                }
                if (columns[0] == null || columns[1] == null) {
                    throw new ValidationException(option, file.toString(), "must be a CSV file with a postcode column"
                            + " (postcode, or the ONS's pcds) and a ward column (ward, or the ONS's wd23cd); its columns are "
                            + row.values().keySet());
                }
            }
            String ward = wardOf.get(row.get(columns[1]).strip());
            if (ward != null && localityOf.containsKey(ward)) {
                byPostcode.put(normal(row.get(columns[0])), new WardBoundaries.Placed(ward, localityOf.get(ward)));
            }
            return true;
        });
        if (byPostcode.isEmpty()) {
            throw new ValidationException(option, file.toString(), "must map postcodes to the council's wards (each"
                    + " ward by its id or GSS code, as in the store); it names none of them");
        }
        return new WardLookup(Map.copyOf(byPostcode));
    }

    /** {@return a postcode as it is matched: upper case, no spaces} */
    private static String normal(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** {@return the ward and locality of the postcode, if the file names it} */
    Optional<WardBoundaries.Placed> place(String postcode) {
        return Optional.ofNullable(byPostcode.get(normal(postcode)));
    }
}
