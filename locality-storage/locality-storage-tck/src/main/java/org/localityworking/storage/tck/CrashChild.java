package org.localityworking.storage.tck;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * The child JVM of the kit's crash trials: opens the location with the named provider, then commits units
 * of work until it is killed, printing {@code ACK n} after each commit returns. Each unit creates event
 * {@code ev-crash-n} and adds one voter to a counter, so a unit seen half-applied shows on reopen.
 *
 * <p>Arguments: the provider's class name, the location, then options as {@code key=value}. Used by the
 * kit's crash trial, and by a backend's own longer trials (the JDBC module's SQLite trial adds an integrity
 * check of the file).
 */
public final class CrashChild {
    /** The counter's voters before any unit ran (the sample voting event's). */
    public static final int START = SampleData.SALE_VOTE.voters();

    private CrashChild() {
    }

    /**
     * Runs until killed.
     *
     * @param args provider class name, location, then {@code key=value} options
     * @throws Exception when the provider cannot be created
     */
    public static void main(String[] args) throws Exception {
        StorageBackendProvider provider = (StorageBackendProvider) Class.forName(args[0]).getConstructor().newInstance();
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            options.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        Stores.Builder builder = Stores.builder().provider(provider).location(args[1]);
        options.forEach(builder::option);
        try (LocalityStore store = builder.open()) {
            if (store.get(Kind.COUNCIL, "trafford").isEmpty()) {
                SampleData.saveAll(store);
            }
            int n = (int) store.query(Kind.EVENT, Query.all()).stream()
                    .filter(v -> v.value().id().startsWith("ev-crash-")).count();
            System.out.println("READY " + n);
            System.out.flush();
            while (true) {
                int i = ++n;
                store.runInTransaction(u -> {
                    u.save(Kind.EVENT, EngagementEvent.builder().id("ev-crash-" + i).localityId(SampleData.OTAS)
                            .kind(EventKind.COMMUNITY_EVENT).title("Event " + i)
                            .heldOn(LocalDate.of(2015, 1, 1).plusDays(i % 3000)).attendance(i).build(), 0);
                    Versioned<VotingEvent> counter = u.get(Kind.VOTING_EVENT, SampleData.SALE_VOTE.id()).orElseThrow();
                    u.save(Kind.VOTING_EVENT, counter.value().withVoters(counter.value().voters() + 1), counter.version());
                });
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }

    /**
     * @param line a line of the child's output
     * @return the acknowledged unit the line reports, if it reports one
     */
    public static Optional<Integer> parseAck(String line) {
        return line.startsWith("ACK ") ? Optional.of(Integer.parseInt(line.substring(4).strip())) : Optional.empty();
    }
}
