package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The columns of the asset-map, organisations and people-list CSV files that the {@code csv} export writes and
 * the {@code assets}, {@code organisations} and {@code people} importers read, so that an export imports back to
 * the same records.
 */
@API(status = STABLE, since = "1.0")
public interface CsvColumns {
    /** Asset map: ids, place, what it is, who owns it, its transfer status, location and ACV history. */
    List<String> ASSETS = List.of("id", "locality", "ward", "name", "description", "category", "tangibility", "owner",
            "sensitive", "transfer", "latitude", "longitude", "acv_nominated_by", "acv_nominated_on", "acv_decision",
            "acv_decided_on", "acv_notice_on", "acv_bid_request_on");
    /** Organisations: sector ({@code PUBLIC}, {@code PRIVATE}, {@code VCSE}), kind, and the locality they are based in. */
    List<String> ORGANISATIONS = List.of("id", "name", "sector", "kind", "locality", "description", "charityNumber",
            "companyNumber", "postcode", "website");
    /** People list: roles as {@code ROLE[@locality][#organisation]}, separated by {@code ;}. */
    List<String> PEOPLE = List.of("id", "name", "email", "phone", "address", "ward", "roles");

    /**
     * Makes a cell safe to open in a spreadsheet, for every CSV the library writes: a text cell that a spreadsheet
     * could run as a formula gets a leading apostrophe. That is a cell whose first character is {@code = + - @}
     * (or their fullwidth forms {@code ＝ ＋ － ＠}), a tab or a carriage return, also after leading spaces, line
     * breaks and quote marks ({@code " '}), which some spreadsheets skip. A cell that starts with an apostrophe
     * the reader would take for the guard gets one too, so that {@link #restore} gives back exactly what was
     * written. A number ({@code -2.27}, {@code 1e-3}) stays as it is, so numeric columns stay numbers; an empty
     * cell stays empty.
     *
     * @param value the cell's text
     * @return the cell to write
     */
    static String neutralise(String value) {
        return guarded(value) ? "'" + value : value;
    }

    /**
     * The reverse of {@link #neutralise}: removes the one apostrophe it added, and nothing else, so a cell that
     * starts with an apostrophe of its own ({@code 'Tis}, or a lone {@code '}) is kept as it is.
     *
     * @param cell a cell of a CSV the library wrote, or of any CSV
     * @return the value that was neutralised
     */
    static String restore(String cell) {
        return cell.startsWith("'") && guarded(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** @return whether {@link #neutralise} puts an apostrophe before the value */
    private static boolean guarded(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return false;
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' || c == '\u3000' || c == '"' || c == '\'') {
                continue;
            }
            return c == '=' || c == '+' || c == '-' || c == '@'
                    || c == '\uff1d' || c == '\uff0b' || c == '\uff0d' || c == '\uff20';
        }
        return false;
    }

    /** A plain decimal number, which a spreadsheet reads as a number and never runs. */
    java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
}
