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
 * @param hex    where the council's own hex map draws this locality's share of the ward ({@code wards.hexLayout}
 *               in its configuration), if it gave one; empty otherwise (and in a record written before record
 *               format 3), when reports lay the wards out themselves
 */
@API(status = STABLE, since = "1.0")
@SuppressWarnings("OptionalAssignedToNull")
public record WardPart(String wardId, Optional<String> part, Optional<HexPlace> hex) {
    /** Checks every value; a hex given as null (a record written before it existed) is none. */
    public WardPart {
        Checks.id("WardPart.wardId", wardId);
        Checks.optionalName("WardPart.part", part);
        hex = hex == null ? Optional.empty() : Checks.optional("WardPart.hex", hex);
    }

    /**
     * The ward, or a part of it, without a place on a hex map.
     *
     * @param wardId the ward
     * @param part   the part's name, if only part of the ward is meant
     */
    public WardPart(String wardId, Optional<String> part) {
        this(wardId, part, Optional.empty());
    }

    /**
     * {@return this ward part at a place on the council's hex map}
     *
     * @param place where the hex map draws it
     */
    public WardPart at(HexPlace place) {
        return new WardPart(wardId, part, Optional.of(place));
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
