package org.localityworking.storage.internal;

import java.util.List;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.storage.Kind;
import org.localityworking.storage.RecordLookup;
import org.localityworking.storage.Reference;
import org.localityworking.storage.spi.PendingWrite;

/**
 * The checks the library runs on a unit of work before a backend writes any of it, so that every backend
 * refuses the same bad input with the same message. {@link BackendStore} calls {@link #check} inside the commit,
 * after the version checks, with a lookup that sees the unit's own writes over committed data.
 */
final class WriteRules {
    private WriteRules() {
    }

    /**
     * Checks every save in the unit: each record it refers to exists ({@link Kind#references}), then the
     * rules its kind declares ({@link Kind#checkRules}: for example a grant keeps its scheme's cap and
     * eligibility, an asset's ward lies within its locality).
     *
     * @throws ValidationException naming the referring field, the missing id and the rule, with the record
     */
    static void check(List<PendingWrite<?>> writes, RecordLookup lookup) {
        RecordLookup remembering = new Remembering(lookup);
        for (int i = 0, n = writes.size(); i < n; i++) { // no iterator: the unit's list is indexed
            checkOne(writes.get(i), remembering);
        }
    }

    /**
     * The lookup with its last few answers kept: a unit's records refer to the same few records over and over (a
     * thousand assets of one locality name it and its ward, and the ward's rule reads the locality again), and each
     * question otherwise goes through the unit's writes and the backend's reader. Nothing changes while a unit is
     * checked, so an answer stays true for the whole check.
     */
    private static final class Remembering implements RecordLookup {
        private static final int KEPT = 4;
        private final RecordLookup lookup;
        private final Kind<?>[] kinds = new Kind<?>[KEPT];
        private final String[] ids = new String[KEPT];
        private final Optional<?>[] found = new Optional<?>[KEPT];
        private int next;

        Remembering(RecordLookup lookup) {
            this.lookup = lookup;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> find(Kind<T> kind, String id) {
            for (int i = 0; i < KEPT; i++) {
                if (kinds[i] == kind && id.equals(ids[i])) {
                    return (Optional<T>) found[i];
                }
            }
            Optional<T> answer = lookup.find(kind, id);
            kinds[next] = kind;
            ids[next] = id;
            found[next] = answer;
            next = (next + 1) % KEPT;
            return answer;
        }

        @Override
        public boolean exists(Kind<?> kind, String id) {
            return find(kind, id).isPresent();
        }
    }

    private static <T> void checkOne(PendingWrite<T> w, RecordLookup lookup) {
        if (w.isDelete()) {
            return;
        }
        T value = w.value().orElseThrow();
        Optional<Reference> missing = w.kind().firstMissingReference(value, lookup);
        if (missing.isPresent()) {
            Reference r = missing.get();
            throw new ValidationException(r.field(), r.id(), "must name a stored " + r.target().name() + " ("
                    + w.kind().name() + " " + w.id() + " refers to it: save it first, or in the same unit of work)");
        }
        w.kind().checkRules(value, lookup);
    }
}
