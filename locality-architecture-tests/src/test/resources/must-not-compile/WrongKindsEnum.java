import org.localityworking.core.model.EventKind;
import org.localityworking.storage.Keys;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** An asset query by category, given an event's enum: the value has the wrong type for the key. */
class WrongKindsEnum {
    static Object run(LocalityStore store) {
        return store.query(StandardKinds.ASSET, Query.all().where(Keys.ASSET_CATEGORY, EventKind.STAKEHOLDER_WORKSHOP)); // error
    }
}
