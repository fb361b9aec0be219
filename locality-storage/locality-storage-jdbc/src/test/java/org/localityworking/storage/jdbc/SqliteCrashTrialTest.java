package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.storage.StandardKinds;
import org.slf4j.LoggerFactory;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.tck.CrashChild;

/**
 * Crash trials on SQLite: a child JVM commits units of work and acknowledges each; it is killed with
 * SIGKILL at random moments, 20 times; after each kill the file passes {@code PRAGMA integrity_check} and
 * holds every acknowledged commit, whole.
 */
class SqliteCrashTrialTest {
    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
        Path db = dir.resolve("crash.db");
        Random random = new Random(20151102L);
        Set<Integer> acknowledged = new ConcurrentSkipListSet<>();
        int kills = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int exit = CrashChild.runAndKill(JdbcStorageProvider.class, "sqlite:" + db, Map.of(), random, acknowledged);
            kills++;
            assertEquals(137, exit, "killed by SIGKILL (128 + 9)");
            check(db, acknowledged, trial);
        }
        assertEquals(TRIALS, kills);
        assertTrue(acknowledged.size() > TRIALS, "commits acknowledged: " + acknowledged.size());
        LoggerFactory.getLogger(SqliteCrashTrialTest.class).info(
                "Crash trials: {} SIGKILLs, {} acknowledged commits, every one present and whole", kills, acknowledged.size());
    }

    private static void check(Path db, Set<Integer> acknowledged, int trial) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1), "trial " + trial + ": integrity_check");
        }
        try (LocalityStore store = Stores.builder().provider(new JdbcStorageProvider()).location("sqlite:" + db).open()) {
            Set<Integer> present = new HashSet<>();
            List<Versioned<EngagementEvent>> events = store.all(StandardKinds.EVENT).stream()
                    .filter(v -> v.value().id().startsWith("ev-crash-")).toList();
            for (Versioned<EngagementEvent> v : events) {
                present.add(v.value().attendance().getAsInt());
            }
            for (int n : acknowledged) {
                assertTrue(present.contains(n), "trial " + trial + ": acknowledged commit " + n + " was lost");
            }
            int counter = store.get(StandardKinds.VOTING_EVENT, "ve-2015-sale").orElseThrow().value().voters();
            // Each unit adds one event and one voter to the sample voting event.
            assertEquals(CrashChild.START + events.size(), counter, "trial " + trial + ": every unit of work is whole");
        }
    }
}
