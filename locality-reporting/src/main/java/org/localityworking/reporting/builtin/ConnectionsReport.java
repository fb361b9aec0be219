package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.localityworking.core.model.Gift;
import org.localityworking.core.model.Need;
import org.localityworking.core.rules.GiftMatching;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.NetworkDiagram;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.reporting.network.Association;
import org.localityworking.reporting.network.AssociationNetwork;
import org.localityworking.reporting.network.Link;
import org.localityworking.storage.StandardKinds;

/**
 * Connections: the association network of a locality or the whole council, as a community builder asks of it
 * (seed 001: Community Connectors "build relations, host conversations and value networks", growing
 * "associations of associations"). Which associations work alone, which hang together, which links hold the
 * network together and who holds them, and which links cross localities. PUBLIC names a person only as
 * {@link Scope#personName} allows (a public office, or consent to be named); INTERNAL names the connectors.
 */
public final class ConnectionsReport extends BuiltInReport {
    /** Creates the report definition. */
    public ConnectionsReport() {
        super("connections", "Connections: the association network",
                "Which groups work alone, which hang together, the links that hold the network together and the people"
                        + " who hold them (connectors), and links across localities.",
                List.of(StandardKinds.ORGANISATION, StandardKinds.PARTNERSHIP, StandardKinds.NETWORK, StandardKinds.ENABLING_GROUP, StandardKinds.PROJECT, StandardKinds.PERSON,
                        StandardKinds.GIFT, StandardKinds.NEED));
    }

    @Override
    List<Section> sections(Scope s) {
        AssociationNetwork network = AssociationNetwork.from(s.view,
                s.wholeCouncil() ? Optional.empty() : Optional.of(s.localities.get(0).id()));
        if (network.associations().isEmpty()) {
            var configuration = s.council.configuration();
            return List.of(new Section("The network", List.of(Note.noData("No organisations, "
                    + configuration.terminology().localityBody() + " records, networks"
                    + (configuration.enablingGroupRule().isPresent() ? ", " + configuration.terminology().enablingGroupTerm()
                            + " records" : "") + " or projects recorded for "
                    + s.subject() + "."))));
        }
        List<List<Association>> clusters = network.clusters();
        List<Link> links = network.links();
        List<Link> bridges = network.bridges();
        java.util.Set<Link> isBridge = new java.util.HashSet<>(bridges);
        List<AssociationNetwork.Connector> connectors = network.connectors();
        List<Link> across = network.acrossLocalities();
        Map<String, String> names = new HashMap<>();
        network.associations().forEach(a -> names.put(a.id(), a.name()));
        List<Block> summary = new ArrayList<>();
        summary.add(new KeyFigures(List.of(Blocks.figure("Associations", network.associations().size()),
                Blocks.figure("Links", links.size()),
                Blocks.figure("Clusters", clusters.stream().filter(c -> c.size() > 1).count()),
                Blocks.figure("Working alone", network.isolated().size()),
                Blocks.figure("Bridges", bridges.size()),
                Blocks.figure("Connectors", connectors.size()),
                Blocks.figure("Links across localities", across.size()))));
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Association a : clusters.get(i)) {
                clusterOf.put(a.id(), i);
            }
        }
        List<NetworkDiagram.Node> nodes = network.associations().stream()
                .sorted(java.util.Comparator.comparing(Association::name, Blocks.NATURAL))
                .map(a -> new NetworkDiagram.Node(a.id(), a.name(), a.kind(), clusterOf.get(a.id()))).toList();
        List<NetworkDiagram.Edge> edges = links.stream().map(l -> new NetworkDiagram.Edge(l.from(), l.to(),
                l.weight(), isBridge.contains(l))).toList();
        summary.add(new NetworkDiagram("The association network of " + s.subject(), nodes, edges));

        List<Block> alone = new ArrayList<>();
        Blocks.orFinding(alone, network.isolated().isEmpty(), Table.of("Associations with no link to another",
                List.of("Association", "Kind", "Locality"), network.isolated().stream()
                        .sorted(java.util.Comparator.comparing(Association::name, Blocks.NATURAL)).map(a -> Blocks.row(a.name(),
                        a.kind(), a.localityId().map(s::localityName).orElse("council-wide"))).toList()),
                "Every association here is linked to at least one other.");
        List<List<?>> clusterRows = new ArrayList<>();
        int n = 0;
        for (List<Association> c : clusters) {
            if (c.size() > 1) {
                clusterRows.add(Blocks.row("Cluster " + ++n, c.size(), c.stream().map(Association::name)
                        .sorted(Blocks.NATURAL).collect(Collectors.joining("; "))));
            }
        }
        Blocks.orFinding(alone, clusterRows.isEmpty(), Table.of("Clusters: associations that hang together",
                List.of("Cluster", "Associations", "Who"), clusterRows), "No two associations here are linked.");

        List<Block> holding = new ArrayList<>();
        Blocks.orFinding(holding, bridges.isEmpty(), Table.of("Bridges: links the network would split without",
                List.of("Between", "And", "Held by"), bridges.stream().map(l -> Blocks.row(names.get(l.from()),
                        names.get(l.to()), heldBy(s, l))).toList()),
                "No single link holds the network together: every link has another way round.");
        Blocks.orFinding(holding, connectors.isEmpty(), Table.of("Connectors: people whose leaving would split the network",
                List.of("Person", "Links they alone hold", "Clusters without them"), connectors.stream()
                        .map(c -> Blocks.row(s.personName(c.personId()), c.holds().stream()
                                .map(l -> names.get(l.from()) + " and " + names.get(l.to()))
                                .collect(Collectors.joining("; ")), c.clusters())).toList()),
                "No one person alone holds the network together.");
        List<Block> crossing = new ArrayList<>();
        Blocks.orFinding(crossing, across.isEmpty(), Table.of("Links across localities",
                List.of("Association", "Linked with", "Held by"), across.stream().map(l -> Blocks.row(names.get(l.from()),
                        names.get(l.to()), heldBy(s, l))).toList()), "No link here crosses into another locality.");
        return List.of(new Section("The network", summary), new Section("Working alone and together", alone),
                new Section("What holds it together", holding), new Section("Across localities", crossing),
                new Section("Gifts and needs", gifts(s)));
    }

    /**
     * The gifts offered here matched to the needs here (GiftMatching: same locality and kind, a shared tag, a giver
     * who may be contacted), best first. PUBLIC shows organisations' gifts only: a person's gift is personal, like
     * an individual's asset, and is counted, never shown.
     */
    private static List<Block> gifts(Scope s) {
        List<Gift> gifts = s.inLocalities(StandardKinds.GIFT);
        List<Need> needs = s.inLocalities(StandardKinds.NEED);
        List<GiftMatching.Match> matches = GiftMatching.match(gifts, needs, s.request.asOf());
        List<Block> blocks = new ArrayList<>();
        if (gifts.isEmpty() && needs.isEmpty()) {
            blocks.add(Note.noData("No gifts or needs recorded for " + s.subject() + "."));
            return blocks;
        }
        List<GiftMatching.Match> shown = matches.stream().filter(m -> !s.isPublic()
                || m.gift().giver().kind() == org.localityworking.core.model.PartyKind.ORGANISATION).toList();
        blocks.add(new KeyFigures(List.of(Blocks.figure("Gifts offered", gifts.size()),
                Blocks.figure("Needs", needs.size()), Blocks.figure("Gifts matched to a need", matches.size()))));
        if (shown.size() < matches.size()) {
            blocks.add(new Note(Note.Kind.INFO, (matches.size() - shown.size()) + " of the matches are residents' own"
                    + " gifts, which this public version does not show."));
        }
        Blocks.orFinding(blocks, shown.isEmpty(), Table.of("Gifts matched to needs, best first",
                List.of("Need", "Whose need", "Gift", "Offered by", "Kind", "Shared", "Same ward"), shown.stream()
                        .map(m -> Blocks.row(m.need().description(), m.need().organisationId().map(s::organisationName)
                                        .orElse("Plan priority: " + m.need().planPriority().orElse("")),
                                m.gift().description(), s.partyName(m.gift().giver()),
                                m.gift().kind().name().toLowerCase(java.util.Locale.ROOT), String.join(", ", m.shared()),
                                m.sameWard() ? "yes" : "no")).toList()),
                matches.isEmpty() ? "No gift offered here matches a need here yet." : "None of the matches can be shown"
                        + " publicly.");
        return blocks;
    }

    /** @return the people (named as the audience allows) and ties that hold a link */
    private static String heldBy(Scope s, Link l) {
        List<String> parts = new ArrayList<>();
        l.people().forEach(p -> parts.add(s.personName(p)));
        parts.addAll(l.ties());
        return String.join("; ", parts);
    }
}
