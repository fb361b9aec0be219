package org.localityworking.examples.data;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.UnitOfWork;

/**
 * One council's example data: records of every kind, in an order in which references point backwards,
 * with notes on where each fact comes from.
 *
 * @param councilId the council
 * @param entries   the records and their kinds
 * @param notes     sources and what is illustrative
 */
@API(status = MAINTAINED, since = "1.0")
public record Dataset(String councilId, List<Entry<?>> entries, List<String> notes) {
    public Dataset {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    /**
     * A record and its kind.
     *
     * @param kind  the kind
     * @param value the record
     * @param <T>   the record type
     */
    public record Entry<T>(Kind<T> kind, T value) {
        /** Creates the record in the unit of work. */
        public void saveIn(UnitOfWork unit) {
            unit.save(kind, value, 0);
        }
    }

    /** Saves every record in one unit of work. */
    public void loadInto(LocalityStore store) {
        store.runInTransaction(u -> entries.forEach(e -> e.saveIn(u)));
    }

    /** {@return the records of the kind, in order} */
    public <T> List<T> all(Kind<T> kind) {
        List<T> values = new ArrayList<>();
        for (Entry<?> e : entries) {
            if (e.kind() == kind) {
                values.add(kind.type().cast(e.value()));
            }
        }
        return values;
    }
}
