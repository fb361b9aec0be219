package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Who a backend provider is and what its backends guarantee; the compatibility kit reads the capabilities
 * from here, so a provider cannot skip the tests its claims require. Every backend guarantees
 * read-committed isolation with atomic visibility (a commit is seen whole or not at all); the capabilities
 * say what more it guarantees.
 *
 * @param id               a short unique id, lower case, for example {@code memory}, {@code jdbc}
 * @param spiVersion       the backend SPI version the provider was built against:
 *                         {@link StorageBackendProvider#SPI_VERSION}
 * @param capabilities     what its backends guarantee beyond the contract every backend keeps
 * @param locationExamples examples of the locations it accepts, for help and error messages (at least one)
 */
@API(status = STABLE, since = "1.0")
public record ProviderInfo(String id, String spiVersion, Set<Capability> capabilities, List<String> locationExamples) {
    /** What a backend guarantees beyond every backend's contract (atomic commits seen whole by readers). */
    public enum Capability {
        /** Committed data outlives {@link StorageBackend#close()} and is there when the location is opened again. */
        PERSISTENT,
        /**
         * A commit that returned is on stable storage: a process killed at any moment after it keeps it, and a
         * commit that did not return leaves nothing behind. Only for persistent backends.
         */
        DURABLE_AT_COMMIT,
        /** Several processes may open the same location at once (a database server, for example). */
        MULTI_PROCESS,
        /**
         * Isolation beyond read-committed: a query's candidates all come from one commit point, never from
         * both sides of a commit that ran while the query read.
         */
        SNAPSHOT_QUERIES,
        /**
         * {@link StorageBackend#candidates} returns exactly the records that match the query, each once, in
         * ascending order of id, so the library returns them as they are, without matching each again or sorting
         * (the compatibility kit compares every query's answer with a filter over what was saved, order included).
         * A query by council on a kind that reaches its council through a parent is still matched by the library.
         */
        EXACT_QUERIES,
        /**
         * A write that expects no stored record (version 0) of an id its kind already holds fails the commit, inside
         * the backend's atomic step, with a {@link org.localityworking.storage.ConcurrencyConflictException} naming the
         * kind, the id, 0 and the stored version, and nothing of the unit written: the backend's own key refuses it (a
         * primary key, say), so the library does not read the versions of the records a unit creates, only of those
         * it updates or deletes (a thousand creations in one unit are a thousand fewer ids read). The compatibility
         * kit's conflict cases hold such a backend to it. Since storage SPI 2.3.
         */
        KEYED_INSERTS
    }

    /** Checks the values and copies the collections. */
    public ProviderInfo {
        Objects.requireNonNull(id, "ProviderInfo.id is required");
        Objects.requireNonNull(spiVersion, "ProviderInfo.spiVersion is required");
        if (!id.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("ProviderInfo.id must be lower case letters, digits and hyphens: " + id);
        }
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
        locationExamples = List.copyOf(locationExamples);
        if (locationExamples.isEmpty()) {
            throw new IllegalArgumentException("ProviderInfo.locationExamples must give at least one location");
        }
        if (capabilities.contains(Capability.DURABLE_AT_COMMIT) && !capabilities.contains(Capability.PERSISTENT)) {
            throw new IllegalArgumentException("ProviderInfo.capabilities: DURABLE_AT_COMMIT needs PERSISTENT");
        }
    }

    /** {@return whether its backends declare the capability} */
    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }
}
