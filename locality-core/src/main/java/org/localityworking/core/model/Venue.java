package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * The place an asset is held at, as a directory names it: an Open Referral location a service is delivered at (a
 * community centre where a group meets), kept so that the place's own id, name and description come back when the
 * asset is published again. Its coordinates are the asset's {@link Asset#location()}.
 *
 * @param id          the place's id in the directory it came from (an Open Referral location's UUID)
 * @param name        the place's name
 * @param description what the place is, if the directory says
 */
@API(status = STABLE, since = "1.1")
public record Venue(String id, String name, Optional<String> description) {
    /** Checks every value. */
    public Venue {
        Checks.id("Venue.id", id);
        Checks.name("Venue.name", name);
        Checks.optionalText("Venue.description", description);
    }
}
