package org.localityworking.storage;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * What a kind's {@link PublicRule} may know when it decides what the public may see of a record: the day of the
 * publication and whom it may name. The library makes one for each public view it builds; a rule never sees the
 * store.
 */
@API(status = STABLE, since = "1.0")
public interface Publication {
    /** The text that stands in the public's view for a person who may not be named. */
    String WITHHELD = "(name withheld)";

    /** {@return the council the publication is for} */
    String councilId();

    /** {@return the day the publication speaks of: consents in force on it apply} */
    LocalDate asOf();

    /**
     * {@return whether the publication may name the person: they hold a public office in the council's
     *         configuration, or their consent to be named by the council is in force on {@link #asOf()}}
     *
     * @param personId a person's id
     */
    boolean mayName(String personId);
}
