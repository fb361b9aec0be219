package org.localityworking.reporting;

import java.util.List;

/**
 * The columns of the asset-map, organisations and people-list CSV files that the {@code csv} export writes and
 * the {@code assets}, {@code organisations} and {@code people} importers read, so that an export imports back to
 * the same records.
 */
public interface CsvColumns {
    /** Asset map: ids, place, what it is, who owns it, its transfer status, location and ACV history. */
    List<String> ASSETS = List.of("id", "locality", "ward", "name", "description", "category", "tangibility", "owner",
            "sensitive", "transfer", "latitude", "longitude", "acv_nominated_by", "acv_nominated_on", "acv_decision",
            "acv_decided_on", "acv_notice_on", "acv_bid_request_on");
    /** Organisations: sector ({@code PUBLIC}, {@code PRIVATE}, {@code VCSE}), kind, and the locality they are based in. */
    List<String> ORGANISATIONS = List.of("id", "name", "sector", "kind", "locality");
    /** People list: roles as {@code ROLE[@locality][#organisation]}, separated by {@code ;}. */
    List<String> PEOPLE = List.of("id", "name", "email", "phone", "address", "ward", "roles");

    /**
     * Makes a cell safe to open in a spreadsheet, for every CSV the library writes: a text cell that starts with
     * {@code = + - @}, a tab or a carriage return (which a spreadsheet could run as a formula) gets a leading
     * apostrophe, and so does one that already starts with an apostrophe, so that {@link #restore} gives back
     * exactly what was written. A number ({@code -2.27}, {@code 1e-3}) stays as it is, so numeric columns stay
     * numbers; an empty cell stays empty.
     *
     * @param value the cell's text
     * @return the cell to write
     */
    static String neutralise(String value) {
        if (value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'') {
            return "'" + value;
        }
        return value;
    }

    /**
     * @param cell a cell of a CSV the library wrote (or of any CSV: an apostrophe leading a cell is taken as
     *             a spreadsheet's text marker)
     * @return the value that was neutralised: the cell without its one leading apostrophe, else the cell as it is
     */
    static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /** A plain decimal number, which a spreadsheet reads as a number and never runs. */
    java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
}
