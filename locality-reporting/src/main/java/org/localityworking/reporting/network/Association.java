package org.localityworking.reporting.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * One association in the network.
 *
 * @param id         its id in the network: its kind and its record's id ({@code organisation:friends-of-x})
 * @param kind       what it is: organisation, partnership, network, enabling group or project
 * @param name       its name
 * @param localityId the locality it belongs to, where it has one
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record Association(String id, String kind, String name, Optional<String> localityId) {
    public Association {
        Checks.name("Association.id", id);
        Checks.name("Association.kind", kind);
        Checks.name("Association.name", name);
        Checks.optionalId("Association.localityId", localityId);
    }
}
