package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StandardKinds;

/**
 * A council's own kind of record, not one of the standard kinds: a warm space (a room a group opens to
 * residents in winter), hosted by a person whose name it holds. The kit opens every store with
 * {@link #KIND} beside the standard kinds, so each backend keeps, queries, persists, exports and erases a
 * custom kind's records like any other.
 *
 * @param id           the warm space's id
 * @param councilId    its council
 * @param localityId   its locality
 * @param wardId       its ward, if known
 * @param name         its name
 * @param hostPersonId the person who hosts it, if any
 * @param hostName     the host's name, as the space shows it (personal data: erased with the host)
 * @param openedOn     when it opened
 */
@API(status = MAINTAINED, since = "1.0")
public record WarmSpace(String id, String councilId, String localityId, Optional<String> wardId, String name,
                        Optional<String> hostPersonId, String hostName, LocalDate openedOn) {
    /** Checks that every component is present. */
    public WarmSpace {
        Objects.requireNonNull(id, "WarmSpace.id");
        Objects.requireNonNull(councilId, "WarmSpace.councilId");
        Objects.requireNonNull(localityId, "WarmSpace.localityId");
        Objects.requireNonNull(wardId, "WarmSpace.wardId");
        Objects.requireNonNull(name, "WarmSpace.name");
        Objects.requireNonNull(hostPersonId, "WarmSpace.hostPersonId");
        Objects.requireNonNull(hostName, "WarmSpace.hostName");
        Objects.requireNonNull(openedOn, "WarmSpace.openedOn");
    }

    /** The kind, defined as a council would define its own, with the public builder. */
    public static final Kind<WarmSpace> KIND = Kind.builder("warm_space", WarmSpace.class, WarmSpace::id)
            .key(Dimension.COUNCIL, WarmSpace::councilId)
            .key(Dimension.LOCALITY, WarmSpace::localityId)
            .optionalKey(Dimension.WARD, WarmSpace::wardId)
            .optionalDate(w -> Optional.of(w.openedOn()))
            .reference("WarmSpace.councilId", StandardKinds.COUNCIL, WarmSpace::councilId)
            .reference("WarmSpace.localityId", StandardKinds.LOCALITY, WarmSpace::localityId)
            .optionalReference("WarmSpace.wardId", StandardKinds.WARD, WarmSpace::wardId)
            .optionalReference("WarmSpace.hostPersonId", StandardKinds.PERSON, WarmSpace::hostPersonId)
            .personalData(w -> w.hostPersonId().map(List::of).orElse(List.of()),
                    (w, personId) -> w.hostPersonId().filter(personId::equals).isPresent()
                            ? new WarmSpace(w.id(), w.councilId(), w.localityId(), w.wardId(), w.name(),
                                    w.hostPersonId(), Kind.ERASED, w.openedOn())
                            : w)
            .build();
}
