package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * An organisation: a public body, a business or a VCSE group. Its id may be its org-id as the 360Giving and
 * Open Referral standards publish it (such as {@code GB-CHC-1164859}, the charity of that number in England and
 * Wales): an import keeps the id a file gives it.
 *
 * @param id            identifier
 * @param name          name, non-blank
 * @param sector        public, private or VCSE
 * @param kind          what kind of body it is
 * @param localityId    the locality it is based in, if it is local
 * @param description   what it does, in its own words, if known
 * @param charityNumber its registered charity number, if it is a registered charity
 * @param companyNumber its Companies House number, if it is a company
 * @param postcode      the postcode of its address, if known
 * @param website       its web address ({@code http} or {@code https}), if known
 */
@API(status = STABLE, since = "1.0")
public record Organisation(String id, String name, Sector sector, OrganisationKind kind, Optional<String> localityId,
                           Optional<String> description, Optional<String> charityNumber, Optional<String> companyNumber,
                           Optional<String> postcode, Optional<String> website) {
    private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /-]{0,31}");

    /**
     * Checks every value. An organisation stored before the description, numbers, postcode and website existed
     * (record format 2 and earlier) reads them as absent.
     */
    public Organisation {
        Checks.id("Organisation.id", id);
        Checks.name("Organisation.name", name);
        Checks.present("Organisation.sector", sector);
        Checks.present("Organisation.kind", kind);
        Checks.optionalId("Organisation.localityId", localityId);
        description = Checks.optionalText("Organisation.description", absentIfNull(description));
        charityNumber = number("Organisation.charityNumber", absentIfNull(charityNumber));
        companyNumber = number("Organisation.companyNumber", absentIfNull(companyNumber));
        postcode = absentIfNull(postcode);
        postcode.ifPresent(p -> Checks.matches("Organisation.postcode", p, Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ]{1,9}"),
                "must be a postcode: 2 to 10 letters, digits and spaces, such as M32 0TH"));
        website = absentIfNull(website);
        website.ifPresent(w -> Checks.matches("Organisation.website", w, WEB,
                "must be a web address starting http:// or https://, with no spaces"));
    }

    /**
     * An organisation with only the values every organisation has (no description, numbers, postcode or website).
     *
     * @param id         identifier
     * @param name       name, non-blank
     * @param sector     public, private or VCSE
     * @param kind       what kind of body it is
     * @param localityId the locality it is based in, if it is local
     */
    public Organisation(String id, String name, Sector sector, OrganisationKind kind, Optional<String> localityId) {
        this(id, name, sector, kind, localityId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @SuppressWarnings("OptionalAssignedToNull") // format 2 and earlier records hold no such component: read as absent
    private static Optional<String> absentIfNull(Optional<String> value) {
        return value == null ? Optional.empty() : value;
    }

    private static Optional<String> number(String field, Optional<String> value) {
        value.ifPresent(v -> Checks.matches(field, v, NUMBER,
                "must be a registration number: 1 to 32 letters, digits, spaces, / or -, starting with a letter or digit"));
        return value;
    }

    /** {@return an Organisation builder with nothing set: optional values empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.sector = sector;
        b.kind = kind;
        b.localityId = localityId;
        b.description = description;
        b.charityNumber = charityNumber;
        b.companyNumber = companyNumber;
        b.postcode = postcode;
        b.website = website;
        return b;
    }

    /**
     * Builds an {@link Organisation} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id},
     * {@code name}, {@code sector}, {@code kind}.
     */
    public static final class Builder {
        private String id;
        private String name;
        private Sector sector;
        private OrganisationKind kind;
        private Optional<String> localityId = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> charityNumber = Optional.empty();
        private Optional<String> companyNumber = Optional.empty();
        private Optional<String> postcode = Optional.empty();
        private Optional<String> website = Optional.empty();

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
         * @param name name, non-blank
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param sector public, private or VCSE
         */
        public Builder sector(Sector sector) {
            this.sector = sector;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param kind what kind of body it is
         */
        public Builder kind(OrganisationKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityId the locality it is based in
         */
        public Builder localityId(String localityId) {
            this.localityId = Optional.of(Checks.present("Organisation.localityId", localityId));
            return this;
        }

        /** {@return this builder, with no localityId (as when it was never set)} */
        public Builder noLocalityId() {
            this.localityId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param description what it does, in its own words
         */
        public Builder description(String description) {
            this.description = Optional.of(Checks.present("Organisation.description", description));
            return this;
        }

        /** {@return this builder, with no description (as when it was never set)} */
        public Builder noDescription() {
            this.description = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param charityNumber its registered charity number
         */
        public Builder charityNumber(String charityNumber) {
            this.charityNumber = Optional.of(Checks.present("Organisation.charityNumber", charityNumber));
            return this;
        }

        /** {@return this builder, with no charityNumber (as when it was never set)} */
        public Builder noCharityNumber() {
            this.charityNumber = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param companyNumber its Companies House number
         */
        public Builder companyNumber(String companyNumber) {
            this.companyNumber = Optional.of(Checks.present("Organisation.companyNumber", companyNumber));
            return this;
        }

        /** {@return this builder, with no companyNumber (as when it was never set)} */
        public Builder noCompanyNumber() {
            this.companyNumber = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param postcode the postcode of its address
         */
        public Builder postcode(String postcode) {
            this.postcode = Optional.of(Checks.present("Organisation.postcode", postcode));
            return this;
        }

        /** {@return this builder, with no postcode (as when it was never set)} */
        public Builder noPostcode() {
            this.postcode = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param website its web address
         */
        public Builder website(String website) {
            this.website = Optional.of(Checks.present("Organisation.website", website));
            return this;
        }

        /** {@return this builder, with no website (as when it was never set)} */
        public Builder noWebsite() {
            this.website = Optional.empty();
            return this;
        }

        /** {@return the record, checked} */
        public Organisation build() {
            return new Organisation(id, name, sector, kind, localityId, description, charityNumber, companyNumber,
                    postcode, website);
        }
    }
}
