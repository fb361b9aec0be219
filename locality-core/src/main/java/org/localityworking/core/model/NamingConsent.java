package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A person's consent to be named in a council's public outputs (PUBLIC reports), and its withdrawal. A PUBLIC
 * report names a person who holds no public office only while such a consent is in force; a withdrawal takes
 * effect from the day it is recorded, in the next report made.
 *
 * @param id          the consent's id
 * @param councilId   the council it was given to
 * @param personId    who consented
 * @param givenOn     when they consented
 * @param withdrawnOn when they withdrew it (on or after {@code givenOn}), if they did
 */
@API(status = STABLE, since = "1.0")
public record NamingConsent(String id, String councilId, String personId, LocalDate givenOn,
                            Optional<LocalDate> withdrawnOn) {
    /** Checks every value. */
    public NamingConsent {
        Checks.id("NamingConsent.id", id);
        Checks.id("NamingConsent.councilId", councilId);
        Checks.id("NamingConsent.personId", personId);
        Checks.present("NamingConsent.givenOn", givenOn);
        Checks.optional("NamingConsent.withdrawnOn", withdrawnOn)
                .ifPresent(w -> Checks.notBefore("NamingConsent.withdrawnOn", w, "NamingConsent.givenOn", givenOn));
    }

    /** {@return whether the consent was in force on the day} */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(givenOn) && withdrawnOn.map(day::isBefore).orElse(true);
    }

    /** {@return this consent withdrawn on the given day} */
    public NamingConsent withdraw(LocalDate on) {
        return new NamingConsent(id, councilId, personId, givenOn, Optional.of(on));
    }
}
