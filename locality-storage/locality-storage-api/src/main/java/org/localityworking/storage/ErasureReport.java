package org.localityworking.storage;

import java.util.List;

/**
 * What erasing a person changed. Records that others own stay; the person's personal fields in them
 * are replaced by {@link Kind#ERASED} and ids that point at the person remain, marking their place.
 *
 * @param personId  the person erased
 * @param rewritten the records whose personal fields were replaced, as {@code kind/id}
 * @param referring the records that still point at the person's (erased) record, as {@code kind/id}
 */
public record ErasureReport(String personId, List<String> rewritten, List<String> referring) {
    public ErasureReport {
        rewritten = List.copyOf(rewritten);
        referring = List.copyOf(referring);
    }
}
