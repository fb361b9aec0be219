package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What erasing a person changed. Records that others own stay; the person's personal fields in them
 * are replaced by {@link Kind#ERASED} and ids that point at the person remain, marking their place.
 *
 * @param personId    the person erased
 * @param rewritten   the records whose personal fields or free text were changed, as {@code kind/id}
 * @param referring   the records that still point at the person's (erased) record, as {@code kind/id}
 * @param needsReview the records of other people or bodies whose free text named the person (their name, e-mail
 *                    address, phone number or address) and had it removed automatically, as {@code kind/id}: a
 *                    person should read each, since text around a name can identify someone too ("her husband at
 *                    number 12")
 * @param reviews     the same, field by field: each kind, id and field whose text was changed
 * @param traces      what may still hold the erased values outside the records, as the backend reports it after
 *                    the erasure committed (for example an SQLite write-ahead log another reader kept from being
 *                    emptied); empty when the backend left no trace it knows of
 * @param applied     whether the erasure was written ({@code false} for {@link LocalityStore#previewErasure})
 */
@API(status = STABLE, since = "1.0")
public record ErasureReport(String personId, List<String> rewritten, List<String> referring, List<String> needsReview,
                            List<Review> reviews, List<String> traces, boolean applied) {
    /** Copies the lists. */
    public ErasureReport {
        Objects.requireNonNull(personId, "ErasureReport.personId");
        rewritten = List.copyOf(rewritten);
        referring = List.copyOf(referring);
        needsReview = List.copyOf(needsReview);
        reviews = List.copyOf(reviews);
        traces = List.copyOf(traces);
    }

    /**
     * An erasure that was written, with no field-by-field reviews and no traces (the shape of earlier versions).
     *
     * @param personId    the person erased
     * @param rewritten   the records changed
     * @param referring   the records that still point at the person
     * @param needsReview the records to read again
     */
    public ErasureReport(String personId, List<String> rewritten, List<String> referring, List<String> needsReview) {
        this(personId, rewritten, referring, needsReview, List.of(), List.of(), true);
    }

    /** {@return the same report with the backend's traces added} */
    public ErasureReport withTraces(List<String> more) {
        List<String> all = new java.util.ArrayList<>(traces);
        all.addAll(more);
        return new ErasureReport(personId, rewritten, referring, needsReview, reviews, all, applied);
    }

    /**
     * A field of a record whose free text named the erased person and was changed automatically.
     *
     * @param kind  the record's kind
     * @param id    the record's id
     * @param field the record's component whose text changed
     */
    public record Review(String kind, String id, String field) {
        /** Checks the values. */
        public Review {
            Objects.requireNonNull(kind, "Review.kind");
            Objects.requireNonNull(id, "Review.id");
            Objects.requireNonNull(field, "Review.field");
        }

        @Override
        public String toString() {
            return kind + "/" + id + " (" + field + ")";
        }
    }
}
