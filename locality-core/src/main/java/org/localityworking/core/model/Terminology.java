package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * The words a council uses, so that reports speak its language: every body, role, post and campaign a report
 * names is named here, or in the council's data, or in neutral words. Words added after record format 2
 * ({@code enablingGroup}, {@code communityBuilder}, {@code councillor}, {@code programme}) read as absent from
 * older files, and the {@code ...Term()} methods give the library's default word for an absent one.
 *
 * @param locality         what a locality is called (for example "Locality")
 * @param localityBody     what the locality's body is called ("Locality Partnership", "Locality Network")
 * @param leadOfficer      what the officer responsible for a locality is called ("Lead Locality Officer")
 * @param storyCampaign    the name of the council's campaign that collects residents' stories, if it has one (the stories report is titled with it); a terminology stored before it existed (record format 1) reads it as absent
 * @param enablingGroup    what the council calls the core group that enables a locality's work, where it has one (rules.enablingGroup); absent: "Enabling Group"
 * @param communityBuilder what the council calls a community builder (the role COMMUNITY_BUILDER); absent: "Community builder"
 * @param councillor       what the council calls an elected member (the role and sector COUNCILLOR); absent: "Councillor"
 * @param programme        the name of the council's programme of locality working (it heads the council's report site); absent: "Locality Working"
 */
@API(status = STABLE, since = "1.0")
@SuppressWarnings("OptionalAssignedToNull")
public record Terminology(String locality, String localityBody, String leadOfficer, Optional<String> storyCampaign,
                          Optional<String> enablingGroup, Optional<String> communityBuilder, Optional<String> councillor,
                          Optional<String> programme) {
    /** Checks every value; an absent optional word may be given as null (a file written before it existed). */
    public Terminology {
        Checks.name("Terminology.locality", locality);
        Checks.name("Terminology.localityBody", localityBody);
        Checks.name("Terminology.leadOfficer", leadOfficer);
        storyCampaign = storyCampaign == null ? Optional.empty() : Checks.optional("Terminology.storyCampaign", storyCampaign);
        storyCampaign.ifPresent(c -> Checks.name("Terminology.storyCampaign", c));
        enablingGroup = enablingGroup == null ? Optional.empty() : Checks.optional("Terminology.enablingGroup", enablingGroup);
        enablingGroup.ifPresent(c -> Checks.name("Terminology.enablingGroup", c));
        communityBuilder = communityBuilder == null ? Optional.empty() : Checks.optional("Terminology.communityBuilder", communityBuilder);
        communityBuilder.ifPresent(c -> Checks.name("Terminology.communityBuilder", c));
        councillor = councillor == null ? Optional.empty() : Checks.optional("Terminology.councillor", councillor);
        councillor.ifPresent(c -> Checks.name("Terminology.councillor", c));
        programme = programme == null ? Optional.empty() : Checks.optional("Terminology.programme", programme);
        programme.ifPresent(c -> Checks.name("Terminology.programme", c));
    }

    /**
     * The words of a council without the words added in record format 3 (they read as absent).
     *
     * @param locality      what a locality is called
     * @param localityBody  what the locality's body is called
     * @param leadOfficer   what the lead officer is called
     * @param storyCampaign the story campaign, if any
     */
    public Terminology(String locality, String localityBody, String leadOfficer, Optional<String> storyCampaign) {
        this(locality, localityBody, leadOfficer, storyCampaign, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** {@return what the council calls it: {@code enablingGroup}, or "Enabling Group" when it has not said} */
    public String enablingGroupTerm() {
        return enablingGroup.orElse("Enabling Group");
    }

    /** {@return what the council calls it: {@code communityBuilder}, or "Community builder" when it has not said} */
    public String communityBuilderTerm() {
        return communityBuilder.orElse("Community builder");
    }

    /** {@return what the council calls it: {@code councillor}, or "Councillor" when it has not said} */
    public String councillorTerm() {
        return councillor.orElse("Councillor");
    }

    /** {@return what the council calls it: {@code programme}, or "Locality Working" when it has not said} */
    public String programmeTerm() {
        return programme.orElse("Locality Working");
    }

    /**
     * {@return a role in this council's words: its lead officer, councillor and community builder as it names them,
     *         any other role in plain words ({@code SINGLE_POINT_OF_CONTACT}: "Single point of contact")}
     *
     * @param role the role
     */
    public String roleWord(Role role) {
        return switch (role) {
            case LEAD_LOCALITY_OFFICER -> leadOfficer;
            case COUNCILLOR -> councillorTerm();
            case COMMUNITY_BUILDER -> communityBuilderTerm();
            default -> words(role);
        };
    }

    /**
     * {@return a membership sector in this council's words: "Community", "Agency", and its word for a councillor}
     *
     * @param sector the sector
     */
    public String sectorWord(MembershipSector sector) {
        return sector == MembershipSector.COUNCILLOR ? councillorTerm() : words(sector);
    }

    /** {@return an enum value as plain words: {@code SINGLE_POINT_OF_CONTACT} as "Single point of contact"} */
    private static String words(Enum<?> value) {
        String words = value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * {@return a council's word in the plural, as reports use it: "Community builder" to "Community builders",
     *         "Locality" to "Localities", "Township Forum" to "Township Forums"}
     *
     * @param word one of the council's words (a noun or noun phrase)
     */
    public static String plural(String word) {
        String lower = word.toLowerCase(java.util.Locale.UK);
        if (lower.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return lower.matches(".*(s|x|z|ch|sh)") ? word + "es" : word + "s";
    }

    /** {@return a Terminology builder with nothing set: the optional words absent} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.locality = locality;
        b.localityBody = localityBody;
        b.leadOfficer = leadOfficer;
        b.storyCampaign = storyCampaign;
        b.enablingGroup = enablingGroup;
        b.communityBuilder = communityBuilder;
        b.councillor = councillor;
        b.programme = programme;
        return b;
    }

    /**
     * Builds a {@link Terminology} with named setters: plain values in (an optional word is simply left unset, or
     * cleared with its {@code noX()}), and {@link #build()} runs the record's own checks. Required:
     * {@code locality}, {@code localityBody}, {@code leadOfficer}.
     */
    public static final class Builder {
        private String locality;
        private String localityBody;
        private String leadOfficer;
        private Optional<String> storyCampaign = Optional.empty();
        private Optional<String> enablingGroup = Optional.empty();
        private Optional<String> communityBuilder = Optional.empty();
        private Optional<String> councillor = Optional.empty();
        private Optional<String> programme = Optional.empty();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param locality what a locality is called (for example "Locality")
         */
        public Builder locality(String locality) {
            this.locality = locality;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param localityBody what the locality's body is called ("Locality Partnership", "Locality Network")
         */
        public Builder localityBody(String localityBody) {
            this.localityBody = localityBody;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param leadOfficer what the officer responsible for a locality is called ("Lead Locality Officer")
         */
        public Builder leadOfficer(String leadOfficer) {
            this.leadOfficer = leadOfficer;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param storyCampaign the name of the council's campaign that collects residents' stories, if it has one (the stories report is titled with it); a terminology stored before it existed (record format 1) reads it as absent
         */
        public Builder storyCampaign(String storyCampaign) {
            this.storyCampaign = Optional.of(Checks.present("Terminology.storyCampaign", storyCampaign));
            return this;
        }

        /** {@return this builder, with no storyCampaign word (as when it was never set)} */
        public Builder noStoryCampaign() {
            this.storyCampaign = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param enablingGroup what the council calls the core group that enables a locality's work, where it has one (rules.enablingGroup); absent: "Enabling Group"
         */
        public Builder enablingGroup(String enablingGroup) {
            this.enablingGroup = Optional.of(Checks.present("Terminology.enablingGroup", enablingGroup));
            return this;
        }

        /** {@return this builder, with no enablingGroup word (as when it was never set)} */
        public Builder noEnablingGroup() {
            this.enablingGroup = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param communityBuilder what the council calls a community builder (the role COMMUNITY_BUILDER); absent: "Community builder"
         */
        public Builder communityBuilder(String communityBuilder) {
            this.communityBuilder = Optional.of(Checks.present("Terminology.communityBuilder", communityBuilder));
            return this;
        }

        /** {@return this builder, with no communityBuilder word (as when it was never set)} */
        public Builder noCommunityBuilder() {
            this.communityBuilder = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param councillor what the council calls an elected member (the role and sector COUNCILLOR); absent: "Councillor"
         */
        public Builder councillor(String councillor) {
            this.councillor = Optional.of(Checks.present("Terminology.councillor", councillor));
            return this;
        }

        /** {@return this builder, with no councillor word (as when it was never set)} */
        public Builder noCouncillor() {
            this.councillor = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param programme the name of the council's programme of locality working (it heads the council's report site); absent: "Locality Working"
         */
        public Builder programme(String programme) {
            this.programme = Optional.of(Checks.present("Terminology.programme", programme));
            return this;
        }

        /** {@return this builder, with no programme word (as when it was never set)} */
        public Builder noProgramme() {
            this.programme = Optional.empty();
            return this;
        }

        /** {@return the record, checked} */
        public Terminology build() {
            return new Terminology(locality, localityBody, leadOfficer, storyCampaign, enablingGroup, communityBuilder, councillor, programme);
        }
    }
}
