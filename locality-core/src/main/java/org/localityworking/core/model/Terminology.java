package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * The words a council uses, so that reports speak its language.
 *
 * @param locality     what a locality is called (for example "Locality")
 * @param localityBody what the locality's body is called ("Locality Partnership", "Locality Network")
 * @param leadOfficer  what the officer responsible for a locality is called ("Lead Locality Officer")
 * @param storyCampaign the name of the council's campaign that collects residents' stories, if it has one (the
 *                      stories report is titled with it); a terminology stored before it existed (record
 *                      format 1) reads it as absent
 */
@API(status = STABLE, since = "1.0")
public record Terminology(String locality, String localityBody, String leadOfficer, Optional<String> storyCampaign) {
    /** Checks every value. */
    public Terminology {
        Checks.name("Terminology.locality", locality);
        Checks.name("Terminology.localityBody", localityBody);
        Checks.name("Terminology.leadOfficer", leadOfficer);
        storyCampaign = storyCampaign == null ? Optional.empty() : Checks.optional("Terminology.storyCampaign", storyCampaign);
        storyCampaign.ifPresent(c -> Checks.name("Terminology.storyCampaign", c));
    }
}
