package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.internal.Checks;

/**
 * An electoral ward. Wards change at boundary reviews (Trafford's did in 2023), so each carries the
 * dates it is valid between.
 *
 * @param id         identifier (the GSS code where there is one)
 * @param councilId  the council
 * @param name       name
 * @param gssCode    the ONS ward code, if known ({@link GssCodes#WARD})
 * @param validFrom  first day the ward exists, if known
 * @param validUntil first day the ward no longer exists (exclusive), if it has been abolished
 */
public record Ward(String id, String councilId, String name, Optional<String> gssCode,
                   Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {
    public Ward {
        Checks.id("Ward.id", id);
        Checks.id("Ward.councilId", councilId);
        Checks.name("Ward.name", name);
        Checks.optional("Ward.gssCode", gssCode).ifPresent(v -> Checks.matches("Ward.gssCode", v,
                GssCodes.WARD, "must be a ward GSS code such as E05000824"));
        Checks.optional("Ward.validFrom", validFrom);
        Checks.optional("Ward.validUntil", validUntil);
        if (validFrom.isPresent() && validUntil.isPresent() && !validUntil.get().isAfter(validFrom.get())) {
            throw new ValidationException("Ward.validUntil", validUntil.get().toString(),
                    "must be after Ward.validFrom (" + validFrom.get() + ")");
        }
    }

    /** @return whether the ward exists on the given day */
    public boolean isValidOn(LocalDate day) {
        return validFrom.map(f -> !day.isBefore(f)).orElse(true)
                && validUntil.map(u -> day.isBefore(u)).orElse(true);
    }
}
