package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A recorded consent: who agreed, to what use, when; and when they withdrew it, if they did.
 *
 * @param personId    who agreed
 * @param use         what they agreed to
 * @param givenOn     when they agreed
 * @param withdrawnOn when they withdrew (on or after {@code givenOn}), if they did
 */
@API(status = STABLE, since = "1.0")
public record Consent(String personId, ConsentUse use, LocalDate givenOn, Optional<LocalDate> withdrawnOn) {
    public Consent {
        Checks.id("Consent.personId", personId);
        Checks.present("Consent.use", use);
        Checks.present("Consent.givenOn", givenOn);
        Checks.optional("Consent.withdrawnOn", withdrawnOn)
                .ifPresent(w -> Checks.notBefore("Consent.withdrawnOn", w, "Consent.givenOn", givenOn));
    }

    /** {@return whether the consent was in force on the day} */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(givenOn) && withdrawnOn.map(day::isBefore).orElse(true);
    }

    /** {@return this consent withdrawn on the given day} */
    public Consent withdraw(LocalDate on) {
        return new Consent(personId, use, givenOn, Optional.of(on));
    }
}
