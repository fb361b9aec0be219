package org.localityworking.benchmarks;

import org.localityworking.reporting.run.Reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.localityworking.benchmarks.data.DataGenerator;
import org.localityworking.benchmarks.data.Scale;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.PartyKind;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.network.AssociationNetwork;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The association network of one locality, built from the store and analysed (isolated associations, clusters,
 * bridges, connectors) with Guava's graph, against a hand-written adjacency-list build and analysis of the same
 * records from the same store; and beside them, the locality's asset map (built and rendered), which the network's
 * analysis should stay under. At national scale: 1,000,000 assets, 100,000 people, 50,000 organisations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NetworkBenchmark {
    @Param({"NATIONAL"})
    public Scale networkScale;

    private LocalityStore store;
    private String locality;
    private ReportDefinition assetMap;
    private OutputFormat markdown;
    private ReportRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        DataGenerator data = new DataGenerator(networkScale);
        store = Stores.open("memory:network");
        data.loadNetworkInto(store);
        locality = data.localities.get(data.localities.size() / 2).id();
        assetMap = ReportRegistry.discover().byId("asset-map");
        markdown = FormatRegistry.discover().byId("markdown");
        request = new ReportRequest(DataGenerator.COUNCIL, Optional.of(locality), Audience.INTERNAL,
                LocalDate.of(2016, 3, 1), Optional.empty(), Optional.empty(), Instant.parse("2016-03-01T00:00:00Z"));
        // the two must find the same network, or the comparison means nothing
        int ours = ours_networkLocality();
        int baseline = baseline_networkLocality();
        if (ours != baseline || ours == 0) {
            throw new IllegalStateException("the library found " + ours + " (isolated + clusters + bridges + connectors)"
                    + " in " + locality + ", the hand-written pass " + baseline);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    @Benchmark
    public int ours_networkLocality() {
        AssociationNetwork n = AssociationNetwork.fromStore(store, DataGenerator.COUNCIL, Optional.of(locality));
        return n.isolated().size() + n.clusters().size() + n.bridges().size() + n.connectors().size();
    }

    @Benchmark
    public int baseline_networkLocality() {
        return handWritten(store, locality);
    }

    /** The comparison the issue sets: one locality's network analysis should cost less than its asset map. */
    @Benchmark
    public int ours_assetMapLocality() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        markdown.render(Reports.build(store, assetMap, request), out);
        return out.size();
    }

    /**
     * The same network by hand: the same queries, adjacency lists in hash maps, components by breadth-first search,
     * bridges by an iterative Tarjan, and the people who alone hold a link whose loss splits a cluster.
     */
    static int handWritten(LocalityStore store, String locality) {
        Query<Object> here = Query.all().locality(locality);
        Set<String> nodes = new TreeSet<>();
        Map<String, Map<String, Set<String>>> adjacent = new HashMap<>();
        Map<String, Set<String>> memberships = new TreeMap<>();
        for (Versioned<Organisation> v : store.query(StandardKinds.ORGANISATION, here)) {
            nodes.add("organisation:" + v.value().id());
        }
        for (Versioned<LocalityPartnership> v : store.query(StandardKinds.PARTNERSHIP, here)) {
            String id = "partnership:" + v.value().id();
            nodes.add(id);
            for (Member m : v.value().members()) {
                memberships.computeIfAbsent(m.personId(), k -> new TreeSet<>()).add(id);
                m.organisationId().ifPresent(o -> link(adjacent, id, "organisation:" + o, "tie"));
            }
        }
        for (Versioned<LocalityNetwork> v : store.query(StandardKinds.NETWORK, here)) {
            String id = "network:" + v.value().id();
            nodes.add(id);
            v.value().members().forEach(m -> memberships.computeIfAbsent(m.personId(), k -> new TreeSet<>()).add(id));
            v.value().memberOrganisationIds().forEach(o -> link(adjacent, id, "organisation:" + o, "tie"));
        }
        for (Versioned<LocalityProject> v : store.query(StandardKinds.PROJECT, here)) {
            String id = "project:" + v.value().id();
            nodes.add(id);
            v.value().leadPersonId().ifPresent(p -> memberships.computeIfAbsent(p, k -> new TreeSet<>()).add(id));
            for (LocalityProject.Partner p : v.value().partners()) {
                if (p.party().kind() == PartyKind.ORGANISATION) {
                    link(adjacent, id, "organisation:" + p.party().id(), "tie");
                }
            }
        }
        for (Versioned<org.localityworking.core.model.Person> v : store.query(StandardKinds.PERSON, here)) {
            for (org.localityworking.core.model.RoleAssignment r : v.value().roles()) {
                r.organisationId().ifPresent(o -> memberships.computeIfAbsent(v.value().id(), k -> new TreeSet<>())
                        .add("organisation:" + o));
            }
        }
        memberships.forEach((person, groups) -> {
            List<String> in = new ArrayList<>(groups);
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    link(adjacent, in.get(i), in.get(j), person);
                }
            }
        });
        int isolated = 0;
        for (String n : nodes) {
            isolated += adjacent.getOrDefault(n, Map.of()).isEmpty() ? 1 : 0;
        }
        int clusters = components(nodes, adjacent);
        int bridges = bridges(nodes, adjacent);
        int connectors = 0;
        Map<String, List<String[]>> sole = new TreeMap<>();
        adjacent.forEach((a, m) -> m.forEach((b, holders) -> {
            if (a.compareTo(b) < 0 && holders.size() == 1 && !holders.contains("tie")) {
                sole.computeIfAbsent(holders.iterator().next(), k -> new ArrayList<>()).add(new String[] {a, b});
            }
        }));
        for (Map.Entry<String, List<String[]>> e : sole.entrySet()) {
            Set<String> removed = new HashSet<>();
            e.getValue().forEach(x -> removed.add(x[0] + "\u0000" + x[1]));
            for (String[] x : e.getValue()) {
                if (!reaches(x[0], x[1], adjacent, removed)) {
                    connectors++;
                    break;
                }
            }
        }
        return isolated + clusters + bridges + connectors;
    }

    private static void link(Map<String, Map<String, Set<String>>> adjacent, String a, String b, String holder) {
        adjacent.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(b, k -> new HashSet<>()).add(holder);
        adjacent.computeIfAbsent(b, k -> new HashMap<>()).computeIfAbsent(a, k -> new HashSet<>()).add(holder);
    }

    private static boolean reaches(String from, String to, Map<String, Map<String, Set<String>>> adjacent, Set<String> removed) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (n.equals(to)) {
                return true;
            }
            for (String m : adjacent.getOrDefault(n, Map.of()).keySet()) {
                String key = n.compareTo(m) < 0 ? n + "\u0000" + m : m + "\u0000" + n;
                if (!removed.contains(key) && seen.add(m)) {
                    todo.push(m);
                }
            }
        }
        return false;
    }

    private static int components(Set<String> nodes, Map<String, Map<String, Set<String>>> adjacent) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (String n : nodes) {
            if (seen.add(n)) {
                count++;
                Deque<String> todo = new ArrayDeque<>(List.of(n));
                while (!todo.isEmpty()) {
                    for (String m : adjacent.getOrDefault(todo.pop(), Map.of()).keySet()) {
                        if (seen.add(m)) {
                            todo.push(m);
                        }
                    }
                }
            }
        }
        return count;
    }

    private static int bridges(Set<String> nodes, Map<String, Map<String, Set<String>>> adjacent) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        int counter = 0;
        int bridges = 0;
        for (String root : nodes) {
            if (order.containsKey(root)) {
                continue;
            }
            Deque<Object[]> stack = new ArrayDeque<>();
            order.put(root, counter);
            low.put(root, counter++);
            stack.push(new Object[] {root, null, new ArrayDeque<>(adjacent.getOrDefault(root, Map.of()).keySet())});
            while (!stack.isEmpty()) {
                Object[] f = stack.peek();
                String node = (String) f[0];
                String parent = (String) f[1];
                @SuppressWarnings("unchecked")
                Deque<String> rest = (Deque<String>) f[2];
                if (!rest.isEmpty()) {
                    String next = rest.pop();
                    if (next.equals(parent)) {
                        continue;
                    }
                    if (order.containsKey(next)) {
                        low.put(node, Math.min(low.get(node), order.get(next)));
                    } else {
                        order.put(next, counter);
                        low.put(next, counter++);
                        stack.push(new Object[] {next, node, new ArrayDeque<>(adjacent.getOrDefault(next, Map.of()).keySet())});
                    }
                } else {
                    stack.pop();
                    if (parent != null) {
                        low.put(parent, Math.min(low.get(parent), low.get(node)));
                        if (low.get(node) > order.get(parent)) {
                            bridges++;
                        }
                    }
                }
            }
        }
        return bridges;
    }
}
