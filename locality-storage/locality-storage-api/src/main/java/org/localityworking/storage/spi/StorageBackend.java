package org.localityworking.storage.spi;

import java.util.List;
import java.util.Optional;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * What only a backend can do: read a record, find candidates for a query, commit a batch of writes
 * atomically, and close. Everything else (units of work, version checks, the write rules, exact query
 * matching and ordering by id, subject access, erasure) is the library's, so a backend is small.
 *
 * <p>A backend MUST be safe for use by several threads, and MUST show each commit whole: a reader that sees
 * one write of a commit sees all of them (on later reads too).
 */
public interface StorageBackend extends BackendReader, AutoCloseable {
    /**
     * The committed record of the kind with the id, and its version, if stored.
     *
     * @throws org.localityworking.storage.StorageException when the backend cannot be read
     */
    @Override
    <T> Optional<Versioned<T>> read(Kind<T> kind, String id);

    /**
     * Committed records that may match the query: every record that matches MUST be among them; others MAY be
     * (the library keeps only exact matches and orders them by id). Each with its committed version.
     *
     * @param kind  the kind
     * @param query a query the kind supports (the library has checked)
     * @return the candidates, in any order (for a backend that declares
     *         {@link ProviderInfo.Capability#EXACT_QUERIES}: exactly the matches, once each, in ascending id order)
     */
    <T> List<Versioned<T>> candidates(Kind<T> kind, Query query);

    /**
     * How many committed records match the query. The library asks only a backend that declares
     * {@link ProviderInfo.Capability#EXACT_QUERIES} (for others it counts what it matched itself), and the answer
     * MUST equal the size of {@link #candidates}; a backend SHOULD answer from its index without reading the
     * records where it can. The default counts the candidates.
     *
     * @param kind  the kind
     * @param query a query the kind supports (the library has checked), never by a council the kind derives
     * @return how many records match
     */
    default <T> long count(Kind<T> kind, Query query) {
        return candidates(kind, query).size();
    }

    /**
     * Commits a batch atomically: the backend MUST, in one atomic step that no other commit interleaves with,
     * call {@link Commit#verify(BackendReader)} with a reader of the committed state as of that step, and
     * then apply every write of {@link Commit#writes()} (a delete removes the record; a save stores the value
     * with {@link PendingWrite#newVersion()}). When {@code verify} throws, the backend MUST apply nothing and
     * let the exception through. After this method returns, every reader sees the whole batch; a backend that
     * declares {@link ProviderInfo.Capability#DURABLE_AT_COMMIT} has it on stable storage by then.
     *
     * @param commit the batch and its check
     * @throws org.localityworking.storage.StorageException when the batch cannot be written (nothing is)
     */
    void commit(Commit commit);

    /** Releases the backend's resources; committed data stays where the backend is persistent. */
    @Override
    void close();
}
