package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
}
