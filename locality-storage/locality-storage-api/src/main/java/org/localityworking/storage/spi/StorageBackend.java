package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
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
@API(status = STABLE, since = "1.0")
public interface StorageBackend extends BackendReader, AutoCloseable {
    /**
     * The committed record of the kind with the id, and its version, if stored.
     *
     * @throws org.localityworking.storage.StorageException when the backend cannot be read
     */
    @Override
    <T> Optional<Versioned<T>> read(Kind<T> kind, String id);

    /**
     * {@return a reader of the kind's records by id, answering as {@link #read} does} The library asks once for each
     * kind when a store opens and keeps the reader for every read by id. The default asks {@link #read}; a backend
     * that finds a kind's table on each read overrides it to find the table once.
     *
     * @param kind a kind the backend was opened with
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "1.1")
    default <T> KindReader<T> reader(Kind<T> kind) {
        return id -> read(kind, id);
    }

    /**
     * Committed records that may match the query: every record that matches MUST be among them; others MAY be
     * (the library keeps only exact matches and orders them by id). Each with its committed version.
     *
     * @param kind  the kind
     * @param query a query the kind supports (the library has checked)
     * @return the candidates, in any order (for a backend that declares
     *         {@link ProviderInfo.Capability#EXACT_QUERIES}: exactly the matches, once each, in ascending id order)
     */
    <T> List<Versioned<T>> candidates(Kind<T> kind, Query<? super T> query);

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
    default <T> long count(Kind<T> kind, Query<? super T> query) {
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

    /**
     * The council's own kinds of record this backend holds records of, by name, with how many each (SPI 2.1). A
     * persistent backend MUST remember every council kind it has stored records of, so that the library can
     * refuse subject access and erasure on a store opened without one of them (they must see every record) and a
     * snapshot can say what it left out. The default, for a backend that keeps nothing after close, is none.
     *
     * @return kind name to the count of its records (kinds with none may be left out)
     */
    default java.util.Map<String, Long> heldKinds() {
        return java.util.Map.of();
    }

    /**
     * Called once an erasure has committed (SPI 2.1): the backend removes what it still holds of the erased values
     * outside the records themselves (old pages in a write-ahead log, deleted rows awaiting reuse, superseded
     * copies of a file), and says what it could not. A backend that declares
     * {@link ProviderInfo.Capability#PERSISTENT} MUST leave no byte of the erased values in its files when it
     * returns an empty list; the kit scans them.
     *
     * @param kinds the kinds whose records the erasure rewrote
     * @return what may still hold the erased values, in words, for the erasure report; empty when nothing does
     */
    default java.util.List<String> afterErasure(java.util.Set<Kind<?>> kinds) {
        return java.util.List.of();
    }

    /** Releases the backend's resources; committed data stays where the backend is persistent. */
    @Override
    void close();
}
