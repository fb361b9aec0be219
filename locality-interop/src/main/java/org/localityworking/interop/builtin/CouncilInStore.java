package org.localityworking.interop.builtin;

import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Council;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * The one refusal of an import into a store that does not hold the file's council, saying how to set one up:
 * a file can only go into a store that holds its council, wards and localities.
 */
final class CouncilInStore {
    /** How a council is set up, as every such refusal says it. */
    static final String HOW = "set the council up first from its configuration file (the CLI's"
            + " `setup FILE.properties`, or CouncilConfigurations.read and save its council, wards and localities)";

    private CouncilInStore() {
    }

    /**
     * {@return the council the store holds}
     *
     * @throws ValidationException when it holds none of that id, naming the field, the id and how to set it up
     */
    static Council require(LocalityStore store, String field, String councilId) {
        return store.get(StandardKinds.COUNCIL, councilId).map(Versioned::value).orElseThrow(() ->
                new ValidationException(field, councilId, "must name a council in the store: " + HOW));
    }

    /** Refuses a store that holds no council at all (a CSV file names localities, which belong to one). */
    static void requireAny(LocalityStore store) {
        if (store.count(StandardKinds.COUNCIL, Query.all()) == 0) {
            throw new ValidationException("store", "no council", "must hold the council the file belongs to: " + HOW);
        }
    }
}
