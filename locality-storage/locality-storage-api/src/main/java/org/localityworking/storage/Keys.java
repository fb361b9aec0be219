package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.Gift;
import org.localityworking.core.model.GiftKind;
import org.localityworking.core.model.GovernanceBody;
import org.localityworking.core.model.GovernanceBodyKind;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Need;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.ProjectStatus;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Source;
import org.localityworking.core.model.TransferStatus;

/**
 * The typed keys of the standard kinds, one constant per thing a query can ask of a kind's records beyond its
 * council, locality, ward, parent, person and dates (which {@link Query} asks directly). Each key belongs to one
 * kind, so {@code Query.of(StandardKinds.EVENT).where(Keys.ASSET_CATEGORY, ...)} does not compile.
 */
@API(status = STABLE, since = "1.0")
public final class Keys {
    private Keys() {
    }

    /** An asset's category (physical, individuals, associations, ...). */
    public static final Key<Asset, AssetCategory> ASSET_CATEGORY =
            Key.ofEnum(StandardKinds.ASSET, "category", Dimension.CATEGORY, AssetCategory.class);
    /** Where an asset stands in a community asset transfer. */
    public static final Key<Asset, TransferStatus> ASSET_TRANSFER =
            Key.ofEnum(StandardKinds.ASSET, "transfer", Dimension.STATUS, TransferStatus.class);
    /** A role a person holds (any of their roles matches). */
    public static final Key<Person, Role> PERSON_ROLE = Key.ofEnum(StandardKinds.PERSON, "role", Dimension.CATEGORY, Role.class);
    /** An organisation's sector. */
    public static final Key<Organisation, Sector> ORGANISATION_SECTOR =
            Key.ofEnum(StandardKinds.ORGANISATION, "sector", Dimension.CATEGORY, Sector.class);
    /** An organisation's kind (charity, business, ...). */
    public static final Key<Organisation, OrganisationKind> ORGANISATION_KIND =
            Key.ofEnum(StandardKinds.ORGANISATION, "kind", Dimension.CATEGORY, OrganisationKind.class);
    /** A locality project's status. */
    public static final Key<LocalityProject, ProjectStatus> PROJECT_STATUS =
            Key.ofEnum(StandardKinds.PROJECT, "status", Dimension.STATUS, ProjectStatus.class);
    /** Whom a grant went to: a group, an organisation or an individual. */
    public static final Key<Grant, RecipientKind> GRANT_RECIPIENT_KIND =
            Key.ofEnum(StandardKinds.GRANT, "recipientKind", Dimension.CATEGORY, RecipientKind.class);
    /** An engagement event's kind. */
    public static final Key<EngagementEvent, EventKind> EVENT_KIND =
            Key.ofEnum(StandardKinds.EVENT, "kind", Dimension.CATEGORY, EventKind.class);
    /** A governance body's kind. */
    public static final Key<GovernanceBody, GovernanceBodyKind> GOVERNANCE_BODY_KIND =
            Key.ofEnum(StandardKinds.GOVERNANCE_BODY, "kind", Dimension.CATEGORY, GovernanceBodyKind.class);
    /** A gift's kind: head, hands or heart. */
    public static final Key<Gift, GiftKind> GIFT_KIND = Key.ofEnum(StandardKinds.GIFT, "kind", Dimension.CATEGORY, GiftKind.class);
    /** The kind of gift that would meet a need. */
    public static final Key<Need, GiftKind> NEED_KIND = Key.ofEnum(StandardKinds.NEED, "kind", Dimension.CATEGORY, GiftKind.class);
    /** A kind of record a source supports, by the kind's name (for example {@code grant}). */
    public static final Key<Source, String> SOURCE_SUPPORTS = Key.of(StandardKinds.SOURCE, "supports", Dimension.CATEGORY, s -> s);
}
