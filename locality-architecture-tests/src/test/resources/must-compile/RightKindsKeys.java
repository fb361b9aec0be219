import java.util.List;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.storage.Keys;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/** The same queries, each with its own kind's key and value: these compile (the control for the others). */
class RightKindsKeys {
    static void run(LocalityStore store) {
        List<Versioned<Asset>> assets = store.query(StandardKinds.ASSET,
                Query.all().locality("sale").where(Keys.ASSET_CATEGORY, AssetCategory.PHYSICAL).limit(10));
        List<Versioned<EngagementEvent>> events = store.query(StandardKinds.EVENT,
                Query.of(StandardKinds.EVENT).where(Keys.EVENT_KIND, EventKind.STAKEHOLDER_WORKSHOP));
        long all = store.count(StandardKinds.EVENT, Query.all().locality("sale"));
    }
}
