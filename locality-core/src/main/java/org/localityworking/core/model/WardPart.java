package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A ward, or a named part of one, that makes up a locality. A ward is not always wholly in one
 * locality: Trafford's Bucklow-St Martins is split between Sale and Urmston &amp; Partington (seed 003).
 *
 * @param wardId the ward
 * @param part   the part's name when only part of the ward is in the locality (for example "Partington");
 *               empty when the whole ward is
 */
@API(status = STABLE, since = "1.0")
public record WardPart(String wardId, Optional<String> part) {
    public WardPart {
        Checks.id("WardPart.wardId", wardId);
        Checks.optionalName("WardPart.part", part);
    }

    /** The whole ward. */
    public static WardPart whole(String wardId) {
        return new WardPart(wardId, Optional.empty());
    }

    /** A named part of the ward. */
    public static WardPart part(String wardId, String part) {
        return new WardPart(wardId, Optional.of(part));
    }

    /** {@return whether the whole ward is meant} */
    public boolean isWhole() {
        return part.isEmpty();
    }
}
