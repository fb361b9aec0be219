import org.localityworking.core.model.AssetCategory;
import org.localityworking.storage.Keys;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;

/** A query built for assets, run on events. */
class QueryOfAnotherKind {
    static Object run(LocalityStore store) {
        Query<org.localityworking.core.model.Asset> physical = Query.all().where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL);
        return store.query(StandardKinds.EVENT, physical); // error
    }
}
