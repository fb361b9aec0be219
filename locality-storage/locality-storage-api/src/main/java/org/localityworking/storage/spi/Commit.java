package org.localityworking.storage.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One unit of work's writes, handed by the library to {@link StorageBackend#commit}, with the check the
 * backend runs inside its atomic step.
 */
@API(status = STABLE, since = "1.0")
public interface Commit {
    /** {@return the writes, one per record, each with the version expected at commit and the version after} */
    List<PendingWrite<?>> writes();

    /**
     * The library's check of the batch against the committed state: every expected version, every
     * reference, every grant rule. A backend calls it once per commit, inside its atomic step and before
     * applying any write.
     *
     * @param committed the committed state as of the atomic step (not including this batch)
     * @throws org.localityworking.storage.ConcurrencyConflictException when a version differs
     * @throws org.localityworking.core.ValidationException when a write breaks a rule
     */
    void verify(BackendReader committed);
}
