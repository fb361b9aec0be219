package org.localityworking.reporting;

import java.util.List;

/**
 * The columns of the asset-map and people-list CSV files that the {@code csv} export writes and the
 * command-line {@code import} reads, so that an export imports back to the same records.
 */
public interface CsvColumns {
    /** Asset map: ids, place, what it is, who owns it, its transfer status, location and ACV history. */
    List<String> ASSETS = List.of("id", "locality", "ward", "name", "description", "category", "tangibility", "owner",
            "sensitive", "transfer", "latitude", "longitude", "acv_nominated_by", "acv_nominated_on", "acv_decision",
            "acv_decided_on", "acv_notice_on", "acv_bid_request_on");
    /** People list: roles as {@code ROLE[@locality][#organisation]}, separated by {@code ;}. */
    List<String> PEOPLE = List.of("id", "name", "email", "phone", "address", "ward", "roles");
}
