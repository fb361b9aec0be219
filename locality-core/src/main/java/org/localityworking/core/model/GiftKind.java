package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a gift is, as the ABCD capacity inventory asks: what someone knows, can do, or cares about. */
@API(status = STABLE, since = "1.0")
public enum GiftKind {
    /** Gifts of the head: what someone knows (a trade, a language, how to run a meeting). */
    HEAD,
    /** Gifts of the hands: what someone can do (cook, garden, drive, mend). */
    HANDS,
    /** Gifts of the heart: what someone cares about (older neighbours, the park, young people). */
    HEART
}
