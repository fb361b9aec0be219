package org.localityworking.reporting.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A link between two associations: the people who belong to both, and the formal ties between them (a network's
 * member organisation, a project's partner, a member who represents an organisation).
 *
 * @param from   one association's id (the lesser, so a link is the same whichever way it was found)
 * @param to     the other's
 * @param people the ids of the people who belong to both
 * @param ties   the formal ties, in words
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Link(String from, String to, SortedSet<String> people, SortedSet<String> ties) {
    public Link {
        Checks.name("Link.from", from);
        Checks.name("Link.to", to);
        if (from.compareTo(to) >= 0) {
            throw new org.localityworking.core.ValidationException("Link.to", to, "must come after Link.from (" + from
                    + ") and differ from it");
        }
        people = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Checks.present("Link.people", people)));
        ties = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Checks.present("Link.ties", ties)));
        if (people.isEmpty() && ties.isEmpty()) {
            throw new org.localityworking.core.ValidationException("Link", from + " - " + to,
                    "must be held by at least one person or tie");
        }
    }

    /** {@return a link between the two, in either order} */
    public static Link between(String a, String b, Set<String> people, Set<String> ties) {
        return a.compareTo(b) < 0 ? new Link(a, b, new TreeSet<>(people), new TreeSet<>(ties))
                : new Link(b, a, new TreeSet<>(people), new TreeSet<>(ties));
    }

    /** {@return how strong it is: the people and the ties that hold it} */
    public int weight() {
        return people.size() + ties.size();
    }
}
