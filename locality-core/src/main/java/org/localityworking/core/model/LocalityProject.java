package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A locality project, with partners as equal assets and pooled contributions (seed 000: M16
 * Environmental Action; seed 002: Urmston Meadows, Sale Art Trail).
 *
 * @param id            identifier
 * @param localityId    the locality
 * @param name          name
 * @param description   what it is for
 * @param status        where it stands
 * @param leadPersonId  the project lead, if named
 * @param partners      partners and their roles, each party once
 * @param contributions what partners put in
 * @param outcomes      outcomes achieved or sought
 * @param monitoring    dated monitoring notes, oldest first (the Enabling Group supports and challenges delivery)
 */
@API(status = STABLE, since = "1.0")
public record LocalityProject(String id, String localityId, String name, String description, ProjectStatus status,
                              Optional<String> leadPersonId, List<Partner> partners, List<Contribution> contributions,
                              List<String> outcomes, List<MonitoringNote> monitoring) {
    public LocalityProject {
        Checks.id("LocalityProject.id", id);
        Checks.id("LocalityProject.localityId", localityId);
        Checks.name("LocalityProject.name", name);
        Checks.text("LocalityProject.description", description);
        Checks.present("LocalityProject.status", status);
        Checks.optionalId("LocalityProject.leadPersonId", leadPersonId);
        partners = Checks.list("LocalityProject.partners", partners);
        Checks.unique("LocalityProject.partners", partners, p -> p.party().kind() + ":" + p.party().id());
        contributions = Checks.list("LocalityProject.contributions", contributions);
        outcomes = Checks.texts("LocalityProject.outcomes", outcomes);
        monitoring = Checks.list("LocalityProject.monitoring", monitoring);
        for (int i = 1; i < monitoring.size(); i++) {
            Checks.notBefore("LocalityProject.monitoring[" + i + "].on", monitoring.get(i).on(),
                    "LocalityProject.monitoring[" + (i - 1) + "].on", monitoring.get(i - 1).on());
        }
    }

    /**
     * A partner in the project.
     *
     * @param party the person or organisation
     * @param role  what they do in the project
     */
    public record Partner(PartyRef party, String role) {
        public Partner {
            Checks.present("Partner.party", party);
            Checks.name("Partner.role", role);
        }
    }

    /**
     * What a partner put in: money, time, a venue, skills.
     *
     * @param from        the partner
     * @param description what it was
     * @param value       its money value, if counted
     */
    public record Contribution(PartyRef from, String description, Optional<Money> value) {
        public Contribution {
            Checks.present("Contribution.from", from);
            Checks.text("Contribution.description", description);
            Checks.optional("Contribution.value", value);
        }
    }

    /**
     * A dated monitoring note.
     *
     * @param on   the date
     * @param note what was found
     */
    public record MonitoringNote(LocalDate on, String note) {
        public MonitoringNote {
            Checks.present("MonitoringNote.on", on);
            Checks.text("MonitoringNote.note", note);
        }
    }

    /** {@return a LocalityProject builder with nothing set: optional values empty, collections empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this record's values, to change some of them and build a new record} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.localityId = localityId;
        b.name = name;
        b.description = description;
        b.status = status;
        b.leadPersonId = leadPersonId;
        b.partners = partners;
        b.contributions = contributions;
        b.outcomes = outcomes;
        b.monitoring = monitoring;
        return b;
    }

    /**
     * {@return a copy of this LocalityProject with the new value, checked as a new one is}
     *
     * @param status where it stands
     */
    public LocalityProject withStatus(ProjectStatus status) {
        return toBuilder().status(status).build();
    }

    /**
     * {@return a copy of this LocalityProject with the new value, checked as a new one is}
     *
     * @param description what it is for
     */
    public LocalityProject withDescription(String description) {
        return toBuilder().description(description).build();
    }

    /**
     * {@return a copy of this LocalityProject with the new value, checked as a new one is}
     *
     * @param leadPersonId the project lead, if named
     */
    public LocalityProject withLeadPersonId(String leadPersonId) {
        return toBuilder().leadPersonId(leadPersonId).build();
    }

    /**
     * {@return a copy of this LocalityProject with the new value, checked as a new one is}
     *
     * @param monitoring dated monitoring notes, oldest first (the Enabling Group supports and challenges delivery)
     */
    public LocalityProject withMonitoring(List<MonitoringNote> monitoring) {
        return toBuilder().monitoring(monitoring).build();
    }

    /**
     * Builds a {@link LocalityProject} with named setters: plain values in (an optional value is simply left
     * unset), and {@link #build()} runs the record's own checks. Required: {@code id}, {@code localityId},
     * {@code name}, {@code description}, {@code status}.
     */
    public static final class Builder {
        private String id;
        private String localityId;
        private String name;
        private String description;
        private ProjectStatus status;
        private Optional<String> leadPersonId = Optional.empty();
        private List<Partner> partners = List.of();
        private List<Contribution> contributions = List.of();
        private List<String> outcomes = List.of();
        private List<MonitoringNote> monitoring = List.of();

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
         * @param name name
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param description what it is for
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param status where it stands
         */
        public Builder status(ProjectStatus status) {
            this.status = status;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param leadPersonId the project lead, if named
         */
        public Builder leadPersonId(String leadPersonId) {
            this.leadPersonId = Optional.of(Checks.present("LocalityProject.leadPersonId", leadPersonId));
            return this;
        }

        /**
         * {@return this builder, with no leadPersonId (as when it was never set)}
         */
        public Builder noLeadPersonId() {
            this.leadPersonId = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param partners partners and their roles, each party once
         */
        public Builder partners(List<Partner> partners) {
            this.partners = partners;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param contributions what partners put in
         */
        public Builder contributions(List<Contribution> contributions) {
            this.contributions = contributions;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param outcomes outcomes achieved or sought
         */
        public Builder outcomes(List<String> outcomes) {
            this.outcomes = outcomes;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param monitoring dated monitoring notes, oldest first (the Enabling Group supports and challenges delivery)
         */
        public Builder monitoring(List<MonitoringNote> monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /**
         * {@return the record}
         *
         * @throws org.localityworking.core.ValidationException naming the field, the value and the rule, when a
         *                                                      required value is missing or a value breaks a rule
         */
        public LocalityProject build() {
            return new LocalityProject(id, localityId, name, description, status, leadPersonId, partners, contributions, outcomes, monitoring);
        }
    }
}
