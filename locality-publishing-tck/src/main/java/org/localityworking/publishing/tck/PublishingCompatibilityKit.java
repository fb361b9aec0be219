package org.localityworking.publishing.tck;

import static org.apiguardian.api.API.Status.MAINTAINED;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * The publishing kit: subclass it in the tests of a report, output format or exporter plug-in and return the
 * plug-ins from {@link #plugins()}.
 *
 * <pre>{@code
 * class MyReportPublishingTest extends PublishingCompatibilityKit {
 *     protected List<PluginUnderTest> plugins() {
 *         return List.of(PluginUnderTest.report(new MyReport()));
 *     }
 * }
 * }</pre>
 *
 * <p>It renders each plug-in over {@link HostileCouncils}, two councils with {@value HostileCouncils#PRIVATE_PEOPLE}
 * residents each who gave no consent to be named, in both audiences, every format (a report), every report (a
 * format) and the whole council and each locality, INTERNAL first, so that a plug-in that keeps what it saw shows
 * it. Tests by concern:
 * <ul>
 *   <li>{@link PublicOutputs}: no PUBLIC output shows any private resident's name, e-mail address, phone number or
 *       address, a sensitive asset, or a story no one consented to publish, of either council;</li>
 *   <li>{@link CouncilIsolation}: no output of one council, in either audience, shows a record of the other.</li>
 * </ul>
 */
@API(status = MAINTAINED, since = "1.0")
public abstract class PublishingCompatibilityKit {
    private LocalityStore store;

    /** {@return the plug-ins under test} */
    protected abstract List<PluginUnderTest> plugins();

    /** {@return the kit's store, with both councils, made on first use} */
    protected final LocalityStore store() {
        if (store == null) {
            store = Stores.open("memory:publishing-kit-" + System.identityHashCode(this));
            HostileCouncils.loadInto(store);
        }
        return store;
    }

    /** Every output of one plug-in for one council and audience. */
    private record Output(String plugin, String council, Audience audience, String name, String text) {
    }

    /** @return every output, each council INTERNAL then PUBLIC, Alderbrook then Bexmoor then Alderbrook again */
    private List<Output> all(PluginUnderTest plugin) {
        List<Output> out = new ArrayList<>();
        for (String council : List.of("alderbrook", "bexmoor", "alderbrook")) {
            for (Audience audience : List.of(Audience.INTERNAL, Audience.PUBLIC)) {
                for (Map.Entry<String, String> e : plugin.outputs(store(), council, audience).entrySet()) {
                    out.add(new Output(plugin.name(), council, audience, e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }

    /** No PUBLIC output shows what only INTERNAL may see. */
    @Nested
    public class PublicOutputs {
        /** Every private token of both councils is absent from every PUBLIC output. */
        @Test
        public void noPublicOutputShowsAPrivateResidentOrAWithheldRecord() {
            List<String> tokens = new ArrayList<>();
            HostileCouncils.COUNCILS.forEach(c -> tokens.addAll(HostileCouncils.privateTokens(c)));
            List<String> leaks = new ArrayList<>();
            int checked = 0;
            for (PluginUnderTest plugin : plugins()) {
                for (Output o : all(plugin)) {
                    if (o.audience() != Audience.PUBLIC) {
                        continue;
                    }
                    checked++;
                    for (String t : tokens) {
                        if (o.text().contains(t)) {
                            leaks.add(o.plugin() + ": " + o.name() + " (PUBLIC) shows " + t);
                        }
                    }
                }
            }
            assertTrue(checked > 0, "the plug-ins made no PUBLIC output to check");
            if (!leaks.isEmpty()) {
                fail(leaks.size() + " private values in PUBLIC outputs, first: " + leaks.subList(0, Math.min(5, leaks.size())));
            }
        }
    }

    /** No output of one council shows a record of the other. */
    @Nested
    public class CouncilIsolation {
        /** The other council's markers and private tokens are absent from every output, in both audiences. */
        @Test
        public void noOutputOfOneCouncilShowsTheOther() {
            List<String> leaks = new ArrayList<>();
            for (PluginUnderTest plugin : plugins()) {
                for (Output o : all(plugin)) {
                    String other = o.council().equals("alderbrook") ? "bexmoor" : "alderbrook";
                    for (String t : HostileCouncils.councilMarkers(other)) {
                        if (o.text().contains(t)) {
                            leaks.add(o.plugin() + ": " + o.name() + " (" + o.audience() + ") of " + o.council()
                                    + " shows " + other + "'s " + t);
                        }
                    }
                }
            }
            if (!leaks.isEmpty()) {
                fail(leaks.size() + " values of the other council, first: " + leaks.subList(0, Math.min(5, leaks.size())));
            }
        }
    }
}
