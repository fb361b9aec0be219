package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * How to reach a person. Personal data: never shown in PUBLIC outputs.
 *
 * @param email   an e-mail address, if given (must contain one {@code @} with text either side)
 * @param phone   a telephone number, if given (digits, spaces, {@code + ( ) -}; 6 to 30 characters)
 * @param address a postal address, if given
 */
@API(status = STABLE, since = "1.0")
public record ContactDetails(Optional<String> email, Optional<String> phone, Optional<String> address) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{6,30}");

    public ContactDetails {
        Checks.optional("ContactDetails.email", email).ifPresent(
                v -> Checks.matches("ContactDetails.email", v, EMAIL, "must look like name@domain"));
        Checks.optional("ContactDetails.phone", phone).ifPresent(
                v -> Checks.matches("ContactDetails.phone", v, PHONE,
                        "must be 6 to 30 digits, spaces or + ( ) -"));
        Checks.optionalText("ContactDetails.address", address);
    }

    /** No contact details. */
    public static ContactDetails none() {
        return new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@return whether no detail is held} */
    public boolean isEmpty() {
        return email.isEmpty() && phone.isEmpty() && address.isEmpty();
    }
}
