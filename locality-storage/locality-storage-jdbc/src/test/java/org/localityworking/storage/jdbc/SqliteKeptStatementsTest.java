package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.UnitOfWork;
import org.localityworking.storage.registry.Stores;
import org.sqlite.SQLiteConnection;

/**
 * The statements SQLite commits keep prepared on their connection (JdbcBackend.prepare): the next commits use
 * them again, and a connection the pool closed and replaced takes its statements with it.
 */
class SqliteKeptStatementsTest {
    @TempDir
    Path dir;

    private static void unit(UnitOfWork u, String prefix) {
        for (int i = 0; i < 10; i++) {
            u.save(StandardKinds.ORGANISATION, new Organisation(prefix + i, "Friends of the park " + i, Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()), 0);
        }
    }

    private static Set<PreparedStatement> identities(List<PreparedStatement> statements) {
        Set<PreparedStatement> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(statements);
        return set;
    }

    @Test
    void commitsUseTheStatementsKeptOnTheirConnectionUntilThePoolReplacesIt() throws Exception {
        FaultyJdbcProvider provider = new FaultyJdbcProvider(JdbcBackend.Faults.NONE);
        try (LocalityStore store = Stores.builder().provider(provider).location("sqlite:" + dir.resolve("kept.db"))
                .option("poolSize", "1").open()) {
            store.runInTransaction(u -> unit(u, "a-"));
            Set<PreparedStatement> first = identities(provider.opened.keptStatements());
            assertFalse(first.isEmpty());
            store.runInTransaction(u -> unit(u, "b-"));
            assertEquals(first, identities(provider.opened.keptStatements()), "the same statements, prepared once");

            // the connection closes under the pool (as when the pool retires it); the pool finds it dead and opens another
            try (Connection c = provider.opened.connection()) {
                c.unwrap(SQLiteConnection.class).close();
            }
            Thread.sleep(1_000); // the pool checks a connection idle for more than half a second before lending it
            store.runInTransaction(u -> unit(u, "c-"));
            List<PreparedStatement> now = provider.opened.keptStatements();
            assertFalse(now.isEmpty());
            for (PreparedStatement ps : now) {
                assertFalse(first.contains(ps), "a statement of the closed connection was used again");
                assertFalse(closed(ps));
            }
            for (PreparedStatement ps : first) {
                assertTrue(closed(ps));
            }
            assertEquals(30, store.count(StandardKinds.ORGANISATION, Query.all()));
        }
        assertTrue(provider.opened.keptStatements().isEmpty(), "closing the store closes the statements it kept");
    }

    private static boolean closed(PreparedStatement ps) {
        try {
            return ps.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
