package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A gift a person or an organisation offers (the ABCD capacity inventory: head, hands and heart), in a locality
 * and perhaps a ward. A person's gift is personal data: it is matched to needs only while they have agreed to be
 * contacted about it, and PUBLIC outputs never show whose it is.
 *
 * @param id              identifier
 * @param localityId      the locality it is offered in
 * @param wardId          the ward, if known
 * @param giver           the person or organisation offering it
 * @param kind            head, hands or heart
 * @param description     what it is, in the giver's words
 * @param tags            words it can be matched by (lower case, for example {@code gardening})
 * @param contactConsentOn when the giver agreed to be contacted about it, if they did
 */
@API(status = STABLE, since = "1.0")
public record Gift(String id, String localityId, Optional<String> wardId, PartyRef giver, GiftKind kind,
                   String description, Set<String> tags, Optional<LocalDate> contactConsentOn) {
    /** Checks every value; tags are kept in lower case, sorted. */
    public Gift {
        Checks.id("Gift.id", id);
        Checks.id("Gift.localityId", localityId);
        Checks.optionalId("Gift.wardId", wardId);
        Checks.present("Gift.giver", giver);
        Checks.present("Gift.kind", kind);
        Checks.text("Gift.description", description);
        tags = tags(Checks.present("Gift.tags", tags), "Gift.tags");
        Checks.optional("Gift.contactConsentOn", contactConsentOn);
    }

    /** {@return whether the giver may be contacted about it on the day} */
    public boolean mayContactOn(LocalDate day) {
        return contactConsentOn.filter(d -> !day.isBefore(d)).isPresent();
    }

    /** {@return the tags, each a non-blank word or phrase, lower case, sorted} */
    static Set<String> tags(Set<String> tags, String field) {
        Set<String> out = new TreeSet<>();
        for (String t : tags) {
            Checks.name(field, t);
            out.add(t.strip().toLowerCase(Locale.ROOT));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** {@return a Gift builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.wardId = wardId;
        b.giver = giver;
        b.kind = kind;
        b.description = description;
        b.tags = tags;
        b.contactConsentOn = contactConsentOn;
        return b;
    }

    /** Builds a {@link Gift} with named setters; {@link #build()} runs the record's own checks. */
    public static final class Builder {
        private String id;
        private String localityId;
        private Optional<String> wardId = Optional.empty();
        private PartyRef giver;
        private GiftKind kind;
        private String description;
        private Set<String> tags = Set.of();
        private Optional<LocalDate> contactConsentOn = Optional.empty();

        private Builder() {
        }

        /** {@return this builder, with id} */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** {@return this builder, with localityId} */
        public Builder localityId(String localityId) {
            this.localityId = localityId;
            return this;
        }

        /** {@return this builder, with wardId} */
        public Builder wardId(String wardId) {
            this.wardId = Optional.of(wardId);
            return this;
        }

        /** {@return this builder, with no wardId} */
        public Builder noWardId() {
            this.wardId = Optional.empty();
            return this;
        }

        /** {@return this builder, with giver} */
        public Builder giver(PartyRef giver) {
            this.giver = giver;
            return this;
        }

        /** {@return this builder, with kind} */
        public Builder kind(GiftKind kind) {
            this.kind = kind;
            return this;
        }

        /** {@return this builder, with description} */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** {@return this builder, with tags} */
        public Builder tags(Set<String> tags) {
            this.tags = tags;
            return this;
        }

        /** {@return this builder, with contactConsentOn} */
        public Builder contactConsentOn(LocalDate contactConsentOn) {
            this.contactConsentOn = Optional.of(contactConsentOn);
            return this;
        }

        /** {@return this builder, with no contactConsentOn} */
        public Builder noContactConsentOn() {
            this.contactConsentOn = Optional.empty();
            return this;
        }

        /** {@return the record, checked} */
        public Gift build() {
            return new Gift(id, localityId, wardId, giver, kind, description, tags, contactConsentOn);
        }
    }

    /**
     * {@return this gift once the person is erased: a gift they gave loses its description ({@link Erasure#MARK}),
     *         its tags and their consent to be contacted; any other gift is as it is}
     *
     * @param personId the person being erased
     */
    public Gift erasedFor(String personId) {
        return giver.kind() == PartyKind.PERSON && giver.id().equals(personId)
                ? new Gift(id, localityId, wardId, giver, kind, Erasure.MARK, java.util.Set.of(), Optional.empty())
                : this;
    }
}
