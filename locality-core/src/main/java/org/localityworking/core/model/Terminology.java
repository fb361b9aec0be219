package org.localityworking.core.model;

import org.localityworking.core.internal.Checks;

/**
 * The words a council uses, so that reports speak its language.
 *
 * @param locality     what a locality is called (for example "Locality")
 * @param localityBody what the locality's body is called ("Locality Partnership", "Locality Network")
 * @param leadOfficer  what the officer responsible for a locality is called ("Lead Locality Officer")
 */
public record Terminology(String locality, String localityBody, String leadOfficer) {
    public Terminology {
        Checks.name("Terminology.locality", locality);
        Checks.name("Terminology.localityBody", localityBody);
        Checks.name("Terminology.leadOfficer", leadOfficer);
    }
}
