package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A person: resident, volunteer, councillor or member of staff. Personal data: the name and contact
 * details are shown in PUBLIC outputs only with a recorded consent for publication.
 *
 * @param id         identifier (not personal: must not be derived from the name)
 * @param name       the person's name
 * @param contact    how to reach them
 * @param homeWardId the ward they live in, if known
 * @param roles      the roles they hold
 */
@API(status = STABLE, since = "1.0")
public record Person(String id, String name, ContactDetails contact, Optional<String> homeWardId,
                     List<RoleAssignment> roles) {
    public Person {
        Checks.id("Person.id", id);
        Checks.name("Person.name", name);
        Checks.present("Person.contact", contact);
        Checks.optionalId("Person.homeWardId", homeWardId);
        roles = Checks.list("Person.roles", roles);
    }

    /** {@return whether the person holds the role anywhere} */
    public boolean holds(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role);
    }

    /**
     * {@return this record once the person is erased: for the person themselves, their name replaced by
     *         {@link Erasure#MARK}, their contact details, home ward and roles gone; anyone else's record as it is}
     *
     * @param personId the person being erased
     */
    public Person erasedFor(String personId) {
        return id.equals(personId) ? new Person(id, Erasure.MARK, ContactDetails.none(), Optional.empty(), List.of())
                : this;
    }
}
