package org.localityworking.storage;

import java.util.List;

/**
 * What erasing a person changed. Records that others own stay; the person's personal fields in them
 * are replaced by {@link Kind#ERASED} and ids that point at the person remain, marking their place.
 *
 * @param personId    the person erased
 * @param rewritten   the records whose personal fields were replaced, as {@code kind/id}
 * @param referring   the records that still point at the person's (erased) record, as {@code kind/id}
 * @param needsReview the records whose free text named the person and had the name removed automatically, as
 *                    {@code kind/id}: a person should read each, since text around a name can identify someone
 *                    too ("her husband at number 12")
 */
public record ErasureReport(String personId, List<String> rewritten, List<String> referring, List<String> needsReview) {
    /** Copies the lists. */
    public ErasureReport {
        rewritten = List.copyOf(rewritten);
        referring = List.copyOf(referring);
        needsReview = List.copyOf(needsReview);
    }
}
