package org.localityworking.core.model;

import java.util.Optional;
import org.localityworking.core.internal.Checks;

/**
 * A community asset on a locality's asset map (ABCD: "what's strong, not what's wrong").
 *
 * @param id          identifier
 * @param localityId  the locality
 * @param wardId      the ward it is in, if known
 * @param name        name
 * @param description what it is and what it offers
 * @param category    one of the six ABCD categories
 * @param tangibility tangible or intangible
 * @param owner       who owns or holds it, if anyone in particular
 * @param sensitive   whether it must be left out of PUBLIC outputs (for example a refuge, or a person's gift)
 * @param transfer    where it stands in Community Asset Transfer
 * @param acv         its Assets of Community Value history, if nominated
 * @param location    where it is, if it has a place
 */
public record Asset(String id, String localityId, Optional<String> wardId, String name, String description,
                    AssetCategory category, Tangibility tangibility, Optional<PartyRef> owner, boolean sensitive,
                    TransferStatus transfer, Optional<AcvListing> acv, Optional<GeoPoint> location) {
    public Asset {
        Checks.id("Asset.id", id);
        Checks.id("Asset.localityId", localityId);
        Checks.optionalId("Asset.wardId", wardId);
        Checks.name("Asset.name", name);
        Checks.text("Asset.description", description);
        Checks.present("Asset.category", category);
        Checks.present("Asset.tangibility", tangibility);
        Checks.optional("Asset.owner", owner);
        Checks.present("Asset.transfer", transfer);
        Checks.optional("Asset.acv", acv);
        Checks.optional("Asset.location", location);
    }

    /** A simple asset: no owner, not sensitive, no transfer or ACV history, no location. */
    public static Asset of(String id, String localityId, String wardId, String name, String description,
                           AssetCategory category, Tangibility tangibility) {
        return new Asset(id, localityId, Optional.of(wardId), name, description, category, tangibility,
                Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty());
    }
}
