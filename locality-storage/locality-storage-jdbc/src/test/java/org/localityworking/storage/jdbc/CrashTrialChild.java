package org.localityworking.storage.jdbc;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.tck.SampleData;
import org.localityworking.storage.registry.Stores;

/**
 * The child JVM of the crash trials: commits units of work to an SQLite file until it is killed, printing
 * {@code ACK n} after each commit returns. Each unit creates event {@code ev-n} and sets a counter to n.
 */
public final class CrashTrialChild {
    private CrashTrialChild() {
    }

    public static void main(String[] args) {
        try (LocalityStore store = Stores.builder().provider(new JdbcStorageProvider()).location("sqlite:" + args[0]).open()) {
            if (store.get(Kind.COUNCIL, "trafford").isEmpty()) {
                SampleData.saveAll(store);
            }
            int n = (int) store.count(Kind.EVENT, Query.all());
            System.out.println("READY " + n);
            System.out.flush();
            while (true) {
                int i = ++n;
                store.runInTransaction(u -> {
                    u.save(Kind.EVENT, new EngagementEvent("ev-" + i, SampleData.OTAS, EventKind.COMMUNITY_EVENT,
                            "Event " + i, LocalDate.of(2015, 1, 1).plusDays(i % 3000), OptionalInt.of(i)), 0);
                    Versioned<VotingEvent> counter = u.get(Kind.VOTING_EVENT, "ve-2015-sale").orElseThrow();
                    VotingEvent v = counter.value();
                    u.save(Kind.VOTING_EVENT, new VotingEvent(v.id(), v.councilId(), v.localityId(), v.name(),
                            v.heldOn(), v.voters() + 1, v.tallies()), counter.version());
                });
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }

    static Optional<Integer> parseAck(String line) {
        return line.startsWith("ACK ") ? Optional.of(Integer.parseInt(line.substring(4).strip())) : Optional.empty();
    }
}
