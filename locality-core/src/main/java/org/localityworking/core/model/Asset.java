package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
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
 * @param venue       the place it is held at, as a directory names it (an Open Referral location), if one does
 */
@API(status = STABLE, since = "1.0")
public record Asset(String id, String localityId, Optional<String> wardId, String name, String description,
                    AssetCategory category, Tangibility tangibility, Optional<PartyRef> owner, boolean sensitive,
                    TransferStatus transfer, Optional<AcvListing> acv, Optional<GeoPoint> location,
                    Optional<Venue> venue) {
    /**
     * Checks every value. An asset stored before {@code venue} existed (record format 2 and earlier) reads it as
     * absent.
     */
    @SuppressWarnings("OptionalAssignedToNull") // an older record holds no venue: read as absent
    public Asset {
        venue = venue == null ? Optional.empty() : venue;
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

    /**
     * An asset held at no named venue.
     *
     * @param id          identifier
     * @param localityId  the locality
     * @param wardId      the ward it is in, if known
     * @param name        name
     * @param description what it is and what it offers
     * @param category    one of the six ABCD categories
     * @param tangibility tangible or intangible
     * @param owner       who owns or holds it, if anyone in particular
     * @param sensitive   whether it must be left out of PUBLIC outputs
     * @param transfer    where it stands in Community Asset Transfer
     * @param acv         its Assets of Community Value history, if nominated
     * @param location    where it is, if it has a place
     */
    public Asset(String id, String localityId, Optional<String> wardId, String name, String description,
                 AssetCategory category, Tangibility tangibility, Optional<PartyRef> owner, boolean sensitive,
                 TransferStatus transfer, Optional<AcvListing> acv, Optional<GeoPoint> location) {
        this(id, localityId, wardId, name, description, category, tangibility, owner, sensitive, transfer, acv, location,
                Optional.empty());
    }

    /** A simple asset: no owner, not sensitive, no transfer or ACV history, no location. */
    public static Asset of(String id, String localityId, String wardId, String name, String description,
                           AssetCategory category, Tangibility tangibility) {
        return new Asset(id, localityId, Optional.of(wardId), name, description, category, tangibility,
                Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty());
    }

    /** {@return an Asset builder with nothing set: optional values empty, collections empty, transfer NOT_APPLICABLE} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.wardId = wardId;
        b.name = name;
        b.description = description;
        b.category = category;
        b.tangibility = tangibility;
        b.owner = owner;
        b.sensitive = sensitive;
        b.transfer = transfer;
        b.acv = acv;
        b.location = location;
        b.venue = venue;
        return b;
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param name name
     */
    public Asset withName(String name) {
        return toBuilder().name(name).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param description what it is and what it offers
     */
    public Asset withDescription(String description) {
        return toBuilder().description(description).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param category one of the six ABCD categories
     */
    public Asset withCategory(AssetCategory category) {
        return toBuilder().category(category).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param owner who owns or holds it, if anyone in particular
     */
    public Asset withOwner(PartyRef owner) {
        return toBuilder().owner(owner).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param sensitive whether it must be left out of PUBLIC outputs (for example a refuge, or a person's gift)
     */
    public Asset withSensitive(boolean sensitive) {
        return toBuilder().sensitive(sensitive).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param transfer where it stands in Community Asset Transfer
     */
    public Asset withTransfer(TransferStatus transfer) {
        return toBuilder().transfer(transfer).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param acv its Assets of Community Value history, if nominated
     */
    public Asset withAcv(AcvListing acv) {
        return toBuilder().acv(acv).build();
    }

    /**
     * {@return a copy of this Asset with the new value, checked as a new one is}
     *
     * @param location where it is, if it has a place
     */
    public Asset withLocation(GeoPoint location) {
        return toBuilder().location(location).build();
    }

    /**
     * Builds an {@link Asset} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code localityId},
     * {@code name}, {@code description}, {@code category}, {@code tangibility}.
     */
    public static final class Builder {
        private String id;
        private String localityId;
        private Optional<String> wardId = Optional.empty();
        private String name;
        private String description;
        private AssetCategory category;
        private Tangibility tangibility;
        private Optional<PartyRef> owner = Optional.empty();
        private boolean sensitive;
        private TransferStatus transfer = TransferStatus.NOT_APPLICABLE;
        private Optional<AcvListing> acv = Optional.empty();
        private Optional<GeoPoint> location = Optional.empty();
        private Optional<Venue> venue = Optional.empty();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param id identifier
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityId the locality
         */
        public Builder localityId(String localityId) {
            this.localityId = localityId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param wardId the ward it is in, if known
         */
        public Builder wardId(String wardId) {
            this.wardId = Optional.of(Checks.present("Asset.wardId", wardId));
            return this;
        }

        /**
         * {@return this builder, with no wardId (as when it was never set)}
         */
        public Builder noWardId() {
            this.wardId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name name
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param description what it is and what it offers
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param category one of the six ABCD categories
         */
        public Builder category(AssetCategory category) {
            this.category = category;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param tangibility tangible or intangible
         */
        public Builder tangibility(Tangibility tangibility) {
            this.tangibility = tangibility;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param owner who owns or holds it, if anyone in particular
         */
        public Builder owner(PartyRef owner) {
            this.owner = Optional.of(Checks.present("Asset.owner", owner));
            return this;
        }

        /**
         * {@return this builder, with no owner (as when it was never set)}
         */
        public Builder noOwner() {
            this.owner = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param sensitive whether it must be left out of PUBLIC outputs (for example a refuge, or a person's gift)
         */
        public Builder sensitive(boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param transfer where it stands in Community Asset Transfer
         */
        public Builder transfer(TransferStatus transfer) {
            this.transfer = transfer;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param acv its Assets of Community Value history, if nominated
         */
        public Builder acv(AcvListing acv) {
            this.acv = Optional.of(Checks.present("Asset.acv", acv));
            return this;
        }

        /**
         * {@return this builder, with no acv (as when it was never set)}
         */
        public Builder noAcv() {
            this.acv = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param location where it is, if it has a place
         */
        public Builder location(GeoPoint location) {
            this.location = Optional.of(Checks.present("Asset.location", location));
            return this;
        }

        /**
         * {@return this builder, with no location (as when it was never set)}
         */
        public Builder noLocation() {
            this.location = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param venue the place it is held at, as a directory names it
         */
        public Builder venue(Venue venue) {
            this.venue = Optional.of(Checks.present("Asset.venue", venue));
            return this;
        }

        /** {@return this builder, with no venue (as when it was never set)} */
        public Builder noVenue() {
            this.venue = Optional.empty();
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Asset build() {
            return new Asset(id, localityId, wardId, name, description, category, tangibility, owner, sensitive, transfer, acv, location,
                    venue);
        }
    }

    /**
     * {@return this asset once the person is erased: an asset that belongs to them loses its name, description and
     *         location and venue (each {@link Erasure#MARK} or gone); any other asset is as it is}
     *
     * @param personId the person being erased
     */
    public Asset erasedFor(String personId) {
        return owner.filter(o -> o.kind() == PartyKind.PERSON && o.id().equals(personId)).isPresent()
                ? toBuilder().name(Erasure.MARK).description(Erasure.MARK).noLocation().noVenue().build()
                : this;
    }
}
