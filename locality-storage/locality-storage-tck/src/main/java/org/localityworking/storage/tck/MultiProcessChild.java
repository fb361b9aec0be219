package org.localityworking.storage.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;

/**
 * A child JVM of the kit's multi-process case: opens the location with the named provider, waits for the
 * moment all children start together, then commits {@code units} units of work of {@code size} events each
 * ({@code mp-CHILD-UNIT-N}) and prints, for each, {@code ACK CHILD UNIT} when the commit returned or
 * {@code REFUSED CHILD UNIT: message} when the store refused it (a refusal must leave nothing).
 *
 * <p>Arguments: the provider's class name, the location, the child's number, units, size, the start time
 * (epoch milliseconds), then options as {@code key=value}.
 */
@API(status = MAINTAINED, since = "1.0")
public final class MultiProcessChild {
    private MultiProcessChild() {
    }

    /** {@return the id of event {@code n} of a child's unit} */
    static String id(int child, int unit, int n) {
        return "mp-" + child + "-" + unit + "-" + n;
    }

    /**
     * Runs the child's units.
     *
     * @param args as the class comment says
     * @throws Exception when the provider cannot be created or the store opened
     */
    public static void main(String[] args) throws Exception {
        int child = Integer.parseInt(args[2]);
        int units = Integer.parseInt(args[3]);
        int size = Integer.parseInt(args[4]);
        long startAt = Long.parseLong(args[5]);
        try (LocalityStore store = CrashChild.open(args[0], args[1], args, 6)) {
            System.out.println("READY " + child);
            System.out.flush();
            long wait = startAt - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            for (int unit = 0; unit < units; unit++) {
                int u = unit;
                try {
                    store.runInTransaction(w -> {
                        for (int n = 0; n < size; n++) {
                            w.save(StandardKinds.EVENT, EngagementEvent.builder().id(id(child, u, n)).localityId(SampleData.OTAS)
                                    .kind(EventKind.COMMUNITY_EVENT).title("Process " + child + ", unit " + u + ", event " + n)
                                    .heldOn(LocalDate.of(2016, 1, 1).plusDays(n % 365)).attendance(n).build(), 0);
                        }
                    });
                    System.out.println("ACK " + child + " " + u);
                } catch (StorageException e) {
                    System.out.println("REFUSED " + child + " " + u + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
                }
                System.out.flush();
            }
        }
        System.out.println("DONE " + child);
        System.out.flush();
    }
}
