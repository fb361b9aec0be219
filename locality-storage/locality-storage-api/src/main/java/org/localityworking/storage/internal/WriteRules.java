package org.localityworking.storage.internal;

import java.util.List;
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
        for (PendingWrite<?> w : writes) {
            checkOne(w, lookup);
        }
    }

    private static <T> void checkOne(PendingWrite<T> w, RecordLookup lookup) {
        if (w.isDelete()) {
            return;
        }
        T value = w.value().orElseThrow();
        for (Reference r : w.kind().references(value)) {
            if (!lookup.exists(r.target(), r.id())) {
                throw new ValidationException(r.field(), r.id(), "must name a stored " + r.target().name() + " ("
                        + w.kind().name() + " " + w.id() + " refers to it: save it first, or in the same unit of work)");
            }
        }
        w.kind().checkRules(value, lookup);
    }
}
