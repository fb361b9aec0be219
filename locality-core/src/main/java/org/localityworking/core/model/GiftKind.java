package org.localityworking.core.model;

/** What a gift is, as the ABCD capacity inventory asks: what someone knows, can do, or cares about. */
public enum GiftKind {
    /** Gifts of the head: what someone knows (a trade, a language, how to run a meeting). */
    HEAD,
    /** Gifts of the hands: what someone can do (cook, garden, drive, mend). */
    HANDS,
    /** Gifts of the heart: what someone cares about (older neighbours, the park, young people). */
    HEART
}
