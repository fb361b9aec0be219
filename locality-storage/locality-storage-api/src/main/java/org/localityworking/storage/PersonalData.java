package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Everything a store holds about one person (a subject access request): every record that refers to them.
 *
 * @param personId the person
 * @param records  each record that refers to them, with its kind; the person's own record first
 */
@API(status = STABLE, since = "1.0")
public record PersonalData(String personId, List<Entry> records) {
    public PersonalData {
        records = List.copyOf(records);
    }

    /**
     * One record about the person.
     *
     * @param kind    the kind's name
     * @param id      the record's id
     * @param version the record's version as it was read
     * @param record  the record
     */
    public record Entry(String kind, String id, long version, Record record) {
    }

    /** {@return whether the store holds nothing about the person} */
    public boolean isEmpty() {
        return records.isEmpty();
    }
}
