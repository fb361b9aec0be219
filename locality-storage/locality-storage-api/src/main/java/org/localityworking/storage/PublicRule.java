package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the public may see of a kind's records, declared on the kind ({@link Kind.Builder#inPublic}) so that the
 * rule is the library's, applied in the one public view every report and exporter reads through, never each
 * plug-in's duty. After the rule, the view replaces in the kind's {@link Kind#freeText() free text} the name of
 * every person the publication may not name, and every e-mail address and phone number.
 *
 * @param <T> the record type
 */
@API(status = STABLE, since = "1.0")
public interface PublicRule<T> {
    /**
     * {@return why the public may not see the record at all, in words that count it ("assets flagged sensitive"),
     *         or empty when it may see it as {@link #shown} makes it}
     *
     * @param value       the record as stored
     * @param publication the day and whom it may name
     */
    Optional<String> withheld(T value, Publication publication);

    /**
     * {@return the record as the public sees it (for example with a person's contact details removed); the same
     *         record when nothing changes. Its id, keys and references must not change}
     *
     * @param value       a record the public may see
     * @param publication the day and whom it may name
     */
    T shown(T value, Publication publication);

    /**
     * {@return the rule of a kind that declares none: every record shown as it is (its free text still redacted)}
     *
     * @param <T> the record type
     */
    static <T> PublicRule<T> asStored() {
        return new PublicRule<>() {
            @Override
            public Optional<String> withheld(T value, Publication publication) {
                return Optional.empty();
            }

            @Override
            public T shown(T value, Publication publication) {
                return value;
            }
        };
    }
}
