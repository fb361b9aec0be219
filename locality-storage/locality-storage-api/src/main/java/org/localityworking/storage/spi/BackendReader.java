package org.localityworking.storage.spi;

import java.util.Optional;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Versioned;

/** Reads committed records with their versions: a backend, or a backend's view inside its commit. */
public interface BackendReader {
    /**
     * @param kind the kind
     * @param id   the record's id
     * @param <T>  the record type
     * @return the record with its version, if stored
     */
    <T> Optional<Versioned<T>> read(Kind<T> kind, String id);
}
