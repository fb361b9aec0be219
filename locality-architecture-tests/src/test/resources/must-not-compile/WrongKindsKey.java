import org.localityworking.core.model.AssetCategory;
import org.localityworking.storage.Keys;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** An event query that asks an asset's key: the key belongs to another kind. */
class WrongKindsKey {
    static Object run(LocalityStore store) {
        return store.query(StandardKinds.EVENT, Query.of(StandardKinds.EVENT).where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL)); // error
    }
}
