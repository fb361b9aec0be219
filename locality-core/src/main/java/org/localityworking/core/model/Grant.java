package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A grant awarded under a scheme. A grant to an individual is personal data: PUBLIC outputs show the
 * recipient as "Individual Recipient" at ward level only.
 *
 * @param id                 identifier
 * @param schemeId           the scheme
 * @param recipient          the person or group funded
 * @param amount             the amount awarded
 * @param awardedOn          the award date
 * @param wardId             the ward the grant benefits, if known
 * @param title              a short title
 * @param purpose            what it pays for
 * @param firstTimeRecipient whether the recipient had never been funded before (seed 003: 28 of 45)
 * @param votingEventId      the voting event that decided it, if any
 * @param funderId           the organisation that funded it, when a body other than the council did (a grant
 *                           from another funder's 360Giving file); empty for the council's own grants
 * @param beneficiaryAreas   the places it benefits beyond its ward, as its funder named them (a country, a
 *                           region, another ward); empty for most grants
 */
@API(status = STABLE, since = "1.0")
public record Grant(String id, String schemeId, PartyRef recipient, Money amount, LocalDate awardedOn,
                    Optional<String> wardId, String title, String purpose, boolean firstTimeRecipient,
                    Optional<String> votingEventId, Optional<String> funderId, List<BeneficiaryArea> beneficiaryAreas) {
    /**
     * Checks every value. A grant stored before {@code funderId} existed (record format 2 and earlier) reads it as
     * absent: the council's own.
     */
    @SuppressWarnings("OptionalAssignedToNull") // an older record holds no funderId: read as absent
    public Grant {
        funderId = funderId == null ? Optional.empty() : funderId;
        beneficiaryAreas = beneficiaryAreas == null ? List.of()
                : List.copyOf(Checks.list("Grant.beneficiaryAreas", beneficiaryAreas));
        Checks.id("Grant.id", id);
        Checks.id("Grant.schemeId", schemeId);
        Checks.present("Grant.recipient", recipient);
        Checks.present("Grant.amount", amount);
        Checks.present("Grant.awardedOn", awardedOn);
        Checks.optionalId("Grant.wardId", wardId);
        Checks.name("Grant.title", title);
        Checks.text("Grant.purpose", purpose);
        Checks.optionalId("Grant.votingEventId", votingEventId);
        Checks.optionalId("Grant.funderId", funderId);
    }

    /**
     * A grant of the council's own (no other funder).
     *
     * @param id                 identifier
     * @param schemeId           the scheme
     * @param recipient          the person or group funded
     * @param amount             the amount awarded
     * @param awardedOn          the award date
     * @param wardId             the ward the grant benefits, if known
     * @param title              a short title
     * @param purpose            what it pays for
     * @param firstTimeRecipient whether the recipient had never been funded before
     * @param votingEventId      the voting event that decided it, if any
     */
    public Grant(String id, String schemeId, PartyRef recipient, Money amount, LocalDate awardedOn,
                 Optional<String> wardId, String title, String purpose, boolean firstTimeRecipient,
                 Optional<String> votingEventId) {
        this(id, schemeId, recipient, amount, awardedOn, wardId, title, purpose, firstTimeRecipient, votingEventId,
                Optional.empty(), List.of());
    }

    /** {@return whether the recipient is an individual or a group} */
    public RecipientKind recipientKind() {
        return RecipientKind.of(recipient);
    }

    /** {@return a Grant builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.schemeId = schemeId;
        b.recipient = recipient;
        b.amount = amount;
        b.awardedOn = awardedOn;
        b.wardId = wardId;
        b.title = title;
        b.purpose = purpose;
        b.firstTimeRecipient = firstTimeRecipient;
        b.votingEventId = votingEventId;
        b.funderId = funderId;
        b.beneficiaryAreas = beneficiaryAreas;
        return b;
    }

    /**
     * {@return a copy of this Grant with the new value, checked as a new one is}
     *
     * @param title a short title
     */
    public Grant withTitle(String title) {
        return toBuilder().title(title).build();
    }

    /**
     * {@return a copy of this Grant with the new value, checked as a new one is}
     *
     * @param purpose what it pays for
     */
    public Grant withPurpose(String purpose) {
        return toBuilder().purpose(purpose).build();
    }

    /**
     * {@return a copy of this Grant with the new value, checked as a new one is}
     *
     * @param amount the amount awarded
     */
    public Grant withAmount(Money amount) {
        return toBuilder().amount(amount).build();
    }

    /**
     * Builds a {@link Grant} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code schemeId},
     * {@code recipient}, {@code amount}, {@code awardedOn}, {@code title}, {@code purpose}.
     */
    public static final class Builder {
        private String id;
        private String schemeId;
        private PartyRef recipient;
        private Money amount;
        private LocalDate awardedOn;
        private Optional<String> wardId = Optional.empty();
        private String title;
        private String purpose;
        private boolean firstTimeRecipient;
        private Optional<String> votingEventId = Optional.empty();
        private Optional<String> funderId = Optional.empty();
        private List<BeneficiaryArea> beneficiaryAreas = List.of();

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
         * @param schemeId the scheme
         */
        public Builder schemeId(String schemeId) {
            this.schemeId = schemeId;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param recipient the person or group funded
         */
        public Builder recipient(PartyRef recipient) {
            this.recipient = recipient;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param amount the amount awarded
         */
        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param awardedOn the award date
         */
        public Builder awardedOn(LocalDate awardedOn) {
            this.awardedOn = awardedOn;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param wardId the ward the grant benefits, if known
         */
        public Builder wardId(String wardId) {
            this.wardId = Optional.of(Checks.present("Grant.wardId", wardId));
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
         * @param title a short title
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param purpose what it pays for
         */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param firstTimeRecipient whether the recipient had never been funded before (seed 003: 28 of 45)
         */
        public Builder firstTimeRecipient(boolean firstTimeRecipient) {
            this.firstTimeRecipient = firstTimeRecipient;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param votingEventId the voting event that decided it, if any
         */
        public Builder votingEventId(String votingEventId) {
            this.votingEventId = Optional.of(Checks.present("Grant.votingEventId", votingEventId));
            return this;
        }

        /**
         * {@return this builder, with no votingEventId (as when it was never set)}
         */
        public Builder noVotingEventId() {
            this.votingEventId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param funderId the organisation that funded it, when a body other than the council did
         */
        public Builder funderId(String funderId) {
            this.funderId = Optional.of(Checks.present("Grant.funderId", funderId));
            return this;
        }

        /** {@return this builder, with no funderId (as when it was never set): the council's own grant} */
        public Builder noFunderId() {
            this.funderId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param beneficiaryAreas the places it benefits beyond its ward, as its funder named them
         */
        public Builder beneficiaryAreas(List<BeneficiaryArea> beneficiaryAreas) {
            this.beneficiaryAreas = Checks.present("Grant.beneficiaryAreas", beneficiaryAreas);
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public Grant build() {
            return new Grant(id, schemeId, recipient, amount, awardedOn, wardId, title, purpose, firstTimeRecipient, votingEventId,
                    funderId, beneficiaryAreas);
        }
    }
}
