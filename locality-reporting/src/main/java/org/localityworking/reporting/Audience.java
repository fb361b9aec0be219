package org.localityworking.reporting;

/** Who a report is for. */
public enum Audience {
    /** Officers and partners: everything, including names. */
    INTERNAL,
    /**
     * The public: no person's name, contact or story without a recorded consent for publication; a grant to
     * an individual shown as "Individual Recipient" at ward level only; no asset flagged sensitive or owned by
     * a person.
     */
    PUBLIC
}
