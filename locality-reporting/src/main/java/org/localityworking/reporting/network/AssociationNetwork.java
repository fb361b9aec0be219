package org.localityworking.reporting.network;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.EnablingGroup;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.LocalityNetwork;
import org.localityworking.core.model.LocalityPartnership;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Member;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.PartyKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * The association network (a Guava {@code ValueGraph} inside; only JDK types and this package's records outside):
 * associations as nodes, links weighted by the people and ties that hold them. It answers a community builder's
 * questions: which associations work alone ({@link #isolated()}), which hang together ({@link #clusters()}), which
 * links hold the network together ({@link #bridges()}: a link whose loss would split it), who holds them
 * ({@link #connectors()}: people whose leaving would split it), and which links cross localities.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class AssociationNetwork {
    private final Map<String, Association> associations;
    private final MutableValueGraph<String, Link> graph;

    private AssociationNetwork(Map<String, Association> associations, MutableValueGraph<String, Link> graph) {
        this.associations = associations;
        this.graph = graph;
    }

    /**
     * A person whose leaving would split the network: the links only they hold, and into how many groups the
     * network would fall without them.
     *
     * @param personId the person
     * @param holds    the links they alone hold
     * @param clusters the clusters the network would have without them (it has fewer with them)
     */
    public record Connector(String personId, List<Link> holds, int clusters) {
        public Connector {
            holds = List.copyOf(holds);
        }
    }

    /**
     * {@return the network}
     *
     * @param associations the nodes (each id once)
     * @param links        the links (links between one pair are merged)
     * @throws ValidationException when a link names an association not given, or an association's id repeats
     */
    public static AssociationNetwork of(Collection<Association> associations, Collection<Link> links) {
        Map<String, Association> byId = new TreeMap<>();
        MutableValueGraph<String, Link> graph = ValueGraphBuilder.undirected().allowsSelfLoops(false)
                .expectedNodeCount(associations.size()).build();
        for (Association a : associations) {
            if (byId.put(a.id(), a) != null) {
                throw new ValidationException("AssociationNetwork.associations", a.id(), "must appear once");
            }
            graph.addNode(a.id());
        }
        for (Link l : links) {
            for (String end : List.of(l.from(), l.to())) {
                if (!byId.containsKey(end)) {
                    throw new ValidationException("Link", end, "must name an association in the network");
                }
            }
            Optional<Link> known = graph.edgeValue(l.from(), l.to());
            Link merged = known.map(k -> {
                Set<String> people = new TreeSet<>(k.people());
                people.addAll(l.people());
                Set<String> ties = new TreeSet<>(k.ties());
                ties.addAll(l.ties());
                return Link.between(l.from(), l.to(), people, ties);
            }).orElse(l);
            graph.putEdgeValue(l.from(), l.to(), merged);
        }
        return new AssociationNetwork(byId, graph);
    }

    /**
     * The network of a council, or of one of its localities: its organisations (those based there, and those
     * its groups and projects name), Locality Partnerships, locality networks, Enabling Groups and projects; linked
     * by the people who belong to two of them (members, project leads and partners, people's roles in
     * organisations) and by formal ties (a network's member organisations, a project's partners, a member who
     * represents an organisation).
     */
    public static AssociationNetwork fromStore(LocalityStore store, String councilId, Optional<String> localityId) {
        return from(org.localityworking.reporting.run.Reports.view(store, councilId,
                org.localityworking.reporting.Audience.INTERNAL, java.time.LocalDate.now(java.time.ZoneOffset.UTC)), localityId);
    }

    /**
     * The network of the view's council, or of one of its localities, as the view's audience may see it (see
     * {@link #fromStore}).
     */
    public static AssociationNetwork from(org.localityworking.reporting.spi.LocalityView store, Optional<String> localityId) {
        String councilId = store.councilId();
        // the kinds of association in the council's own words (its terminology), neutral words without one
        Optional<org.localityworking.core.model.Terminology> words = store.get(StandardKinds.COUNCIL, councilId)
                .map(v -> v.value().configuration().terminology());
        String bodyWord = words.map(org.localityworking.core.model.Terminology::localityBody)
                .map(w -> w.toLowerCase(java.util.Locale.UK)).orElse("locality body");
        String groupWord = words.map(org.localityworking.core.model.Terminology::enablingGroupTerm).orElse("Enabling Group");
        List<Locality> localities = new ArrayList<>();
        for (Versioned<Locality> l : store.query(StandardKinds.LOCALITY, Query.all().council(councilId))) {
            if (localityId.isEmpty() || localityId.get().equals(l.value().id())) {
                localities.add(l.value());
            }
        }
        Map<String, Association> nodes = new LinkedHashMap<>();
        Map<String, Set<String>> memberships = new TreeMap<>();
        List<Link> links = new ArrayList<>();
        Set<String> organisationsNamed = new TreeSet<>();
        for (Locality l : localities) {
            Optional<String> at = Optional.of(l.id());
            for (Versioned<Organisation> v : store.query(StandardKinds.ORGANISATION, Query.all().locality(l.id()))) {
                nodes.put("organisation:" + v.value().id(), new Association("organisation:" + v.value().id(),
                        "organisation", v.value().name(), v.value().localityId()));
            }
            for (Versioned<LocalityPartnership> v : store.query(StandardKinds.PARTNERSHIP, Query.all().locality(l.id()))) {
                String id = "partnership:" + v.value().id();
                nodes.put(id, new Association(id, bodyWord, v.value().name(), at));
                members(id, v.value().members(), memberships, links, organisationsNamed);
            }
            for (Versioned<LocalityNetwork> v : store.query(StandardKinds.NETWORK, Query.all().locality(l.id()))) {
                String id = "network:" + v.value().id();
                nodes.put(id, new Association(id, bodyWord, v.value().name(), at));
                members(id, v.value().members(), memberships, links, organisationsNamed);
                for (String org : v.value().memberOrganisationIds()) {
                    organisationsNamed.add(org);
                    links.add(Link.between(id, "organisation:" + org, Set.of(), Set.of("member organisation of the network")));
                }
            }
            for (Versioned<EnablingGroup> v : store.query(StandardKinds.ENABLING_GROUP, Query.all().locality(l.id()))) {
                String id = "enabling-group:" + v.value().id();
                nodes.put(id, new Association(id, groupWord.toLowerCase(java.util.Locale.UK), groupWord + ", " + l.name(), at));
                members(id, v.value().coreMembers(), memberships, links, organisationsNamed);
            }
            for (Versioned<LocalityProject> v : store.query(StandardKinds.PROJECT, Query.all().locality(l.id()))) {
                LocalityProject p = v.value();
                String id = "project:" + p.id();
                nodes.put(id, new Association(id, "project", p.name(), at));
                p.leadPersonId().ifPresent(person -> memberships.computeIfAbsent(person, k -> new TreeSet<>()).add(id));
                for (LocalityProject.Partner partner : p.partners()) {
                    if (partner.party().kind() == PartyKind.ORGANISATION) {
                        organisationsNamed.add(partner.party().id());
                        links.add(Link.between(id, "organisation:" + partner.party().id(), Set.of(),
                                Set.of("project partner (" + partner.role() + ")")));
                    } else {
                        memberships.computeIfAbsent(partner.party().id(), k -> new TreeSet<>()).add(id);
                    }
                }
            }
            for (Versioned<Person> v : store.query(StandardKinds.PERSON, Query.all().locality(l.id()))) {
                for (RoleAssignment r : v.value().roles()) {
                    r.organisationId().ifPresent(org -> {
                        organisationsNamed.add(org);
                        memberships.computeIfAbsent(v.value().id(), k -> new TreeSet<>()).add("organisation:" + org);
                    });
                }
            }
        }
        for (String org : organisationsNamed) {
            String id = "organisation:" + org;
            if (!nodes.containsKey(id)) {
                store.get(StandardKinds.ORGANISATION, org).map(Versioned::value).ifPresent(o -> nodes.put(id, new Association(id,
                        "organisation", o.name(), o.localityId())));
            }
        }
        memberships.forEach((person, groups) -> {
            List<String> in = groups.stream().filter(nodes::containsKey).toList();
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    links.add(Link.between(in.get(i), in.get(j), Set.of(person), Set.of()));
                }
            }
        });
        return of(nodes.values(), links.stream().filter(x -> nodes.containsKey(x.from()) && nodes.containsKey(x.to()))
                .toList());
    }

    private static void members(String group, List<Member> members, Map<String, Set<String>> memberships,
                                List<Link> links, Set<String> organisationsNamed) {
        for (Member m : members) {
            memberships.computeIfAbsent(m.personId(), k -> new TreeSet<>()).add(group);
            m.organisationId().ifPresent(org -> {
                organisationsNamed.add(org);
                links.add(Link.between(group, "organisation:" + org, Set.of(m.personId()),
                        Set.of("a member represents the organisation")));
            });
        }
    }

    /** {@return the associations, by id} */
    public List<Association> associations() {
        return List.copyOf(associations.values());
    }

    /** {@return the links, by their ends} */
    public List<Link> links() {
        List<Link> out = new ArrayList<>();
        for (EndpointPair<String> e : graph.edges()) {
            out.add(graph.edgeValue(e.nodeU(), e.nodeV()).orElseThrow());
        }
        out.sort(ORDER);
        return out;
    }

    private static final Comparator<Link> ORDER = Comparator.comparing(Link::from).thenComparing(Link::to);

    /** {@return the associations with no link at all, by id} */
    public List<Association> isolated() {
        return associations.values().stream().filter(a -> graph.degree(a.id()) == 0).toList();
    }

    /** {@return the connected groups of associations, the largest first (then by their first id), each by id} */
    public List<List<Association>> clusters() {
        return components(graph).stream().map(c -> c.stream().map(associations::get).toList()).toList();
    }

    private static List<List<String>> components(com.google.common.graph.ValueGraph<String, Link> g) {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String node : new TreeSet<>(g.nodes())) {
            if (seen.contains(node)) {
                continue;
            }
            List<String> component = new ArrayList<>(new TreeSet<>(Graphs.reachableNodes(g.asGraph(), node)));
            seen.addAll(component);
            out.add(component);
        }
        out.sort(Comparator.comparingInt((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)));
        return out;
    }

    /** {@return the links whose loss would split the network (Tarjan's bridges), by their ends} */
    public List<Link> bridges() {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<Link> out = new ArrayList<>();
        int counter = 0;
        for (String root : new TreeSet<>(graph.nodes())) {
            if (order.containsKey(root)) {
                continue;
            }
            // iterative depth-first search: each frame is a node, its parent and its remaining neighbours
            Deque<Object[]> stack = new ArrayDeque<>();
            order.put(root, counter);
            low.put(root, counter++);
            stack.push(new Object[] {root, null, new ArrayDeque<>(new TreeSet<>(graph.adjacentNodes(root)))});
            while (!stack.isEmpty()) {
                Object[] frame = stack.peek();
                String node = (String) frame[0];
                String parent = (String) frame[1];
                @SuppressWarnings("unchecked")
                Deque<String> rest = (Deque<String>) frame[2];
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
                        stack.push(new Object[] {next, node, new ArrayDeque<>(new TreeSet<>(graph.adjacentNodes(next)))});
                    }
                } else {
                    stack.pop();
                    if (parent != null) {
                        low.put(parent, Math.min(low.get(parent), low.get(node)));
                        if (low.get(node) > order.get(parent)) {
                            out.add(graph.edgeValue(parent, node).orElseThrow());
                        }
                    }
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * {@return the people whose leaving would split the network into more clusters: those who alone hold some link
     *         (no other person and no formal tie holds it) and without whom the associations fall apart, by id}
     */
    public List<Connector> connectors() {
        Map<String, List<Link>> soleHolders = new TreeMap<>();
        for (Link l : links()) {
            if (l.ties().isEmpty() && l.people().size() == 1) {
                soleHolders.computeIfAbsent(l.people().first(), k -> new ArrayList<>()).add(l);
            }
        }
        List<Connector> out = new ArrayList<>();
        List<List<String>> clusters = soleHolders.isEmpty() ? List.of() : components(graph);
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String node : clusters.get(i)) {
                clusterOf.put(node, i);
            }
        }
        soleHolders.forEach((person, held) -> {
            // a split shows as a removed link whose ends no longer reach each other: search only their cluster,
            // stepping over the removed links; then count again only the clusters the person's links are in (the
            // rest of the network is as it was: a national body's has tens of thousands of associations)
            Set<Link> removed = new HashSet<>(held);
            boolean splits = held.stream().anyMatch(l -> !reaches(l.from(), l.to(), removed));
            if (splits) {
                Set<Integer> touched = new java.util.TreeSet<>();
                held.forEach(l -> touched.add(clusterOf.get(l.from())));
                int pieces = 0;
                Set<String> seen = new HashSet<>();
                for (int c : touched) {
                    for (String node : clusters.get(c)) {
                        if (seen.add(node)) {
                            pieces++;
                            reachable(node, removed, seen);
                        }
                    }
                }
                out.add(new Connector(person, held, clusters.size() - touched.size() + pieces));
            }
        });
        return out;
    }

    /** Adds to {@code seen} every node reachable from {@code from} without the removed links. */
    private void reachable(String from, Set<Link> removed, Set<String> seen) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            for (String next : graph.adjacentNodes(node)) {
                if (!seen.contains(next) && !removed.contains(graph.edgeValue(node, next).orElseThrow())) {
                    seen.add(next);
                    todo.push(next);
                }
            }
        }
    }

    /** @return whether {@code to} can be reached from {@code from} without the removed links */
    private boolean reaches(String from, String to, Set<Link> removed) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            String node = todo.pop();
            if (node.equals(to)) {
                return true;
            }
            for (String next : graph.adjacentNodes(node)) {
                if (!seen.contains(next) && !removed.contains(graph.edgeValue(node, next).orElseThrow())) {
                    seen.add(next);
                    todo.push(next);
                }
            }
        }
        return false;
    }

    /** {@return the links between associations of two different localities, by their ends} */
    public List<Link> acrossLocalities() {
        return links().stream().filter(l -> {
            Optional<String> a = associations.get(l.from()).localityId();
            Optional<String> b = associations.get(l.to()).localityId();
            return a.isPresent() && b.isPresent() && !a.equals(b);
        }).toList();
    }
}
