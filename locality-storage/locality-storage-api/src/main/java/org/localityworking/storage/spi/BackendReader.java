package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Versioned;

/** Reads committed records with their versions: a backend, or a backend's view inside its commit. */
@API(status = STABLE, since = "1.0")
public interface BackendReader {
    /**
     * {@return the record with its version, if stored}
     *
     * @param kind the kind
     * @param id   the record's id
     * @param <T>  the record type
     */
    <T> Optional<Versioned<T>> read(Kind<T> kind, String id);

    /**
     * The versions of those of the records that are stored, for checking a unit of work's expected versions in one
     * step. The default reads each record; a backend where a read is a round trip (a database server) should
     * override it to ask once for many ids, and MUST answer as {@link #read} would.
     *
     * @param kind the kind
     * @param ids  the records' ids, each once
     * @return each stored record's version by id; an id not stored is absent
     */
    default Map<String, Long> versions(Kind<?> kind, Collection<String> ids) {
        Map<String, Long> versions = new HashMap<>();
        for (String id : ids) {
            read(kind, id).ifPresent(v -> versions.put(id, v.version()));
        }
        return versions;
    }
}
