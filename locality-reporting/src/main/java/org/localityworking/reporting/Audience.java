package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who a report is for. */
@API(status = STABLE, since = "1.0")
public enum Audience {
    /** Officers and partners: everything, including names. */
    INTERNAL,
    /**
     * The public: no person's contact details; no person's name, except a holder of a public office (the
     * council configuration's {@code publicOfficeRoles}: councillors by default) named in that role; no story
     * without a recorded consent for publication from everyone it names; a grant to an individual shown as
     * "Individual Recipient" at ward level only; no asset flagged sensitive or owned by a person.
     */
    PUBLIC
}
