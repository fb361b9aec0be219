package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A record an audience may not see, as a report may count it: why, where and when, never what.
 *
 * @param reason     why, in words that count it, for example {@code "assets flagged sensitive"}
 * @param localityIds the localities the record belongs to
 * @param date       its date, where its kind has one
 */
@API(status = STABLE, since = "1.0")
public record Withheld(String reason, List<String> localityIds, Optional<LocalDate> date) {
    /** Copies the list. */
    public Withheld {
        localityIds = List.copyOf(localityIds);
    }
}
