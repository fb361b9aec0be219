package org.localityworking.reporting;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.localityworking.core.internal.Checks;

/**
 * A network: its nodes in clusters and the links between them. HTML draws it as SVG (each cluster in its own
 * place, nodes numbered, with a key and a table); the other formats list the nodes and links.
 *
 * @param title what it shows
 * @param nodes the nodes, each in a cluster (0 for the largest)
 * @param edges the links
 */
@API(status = STABLE, since = "1.0")
public record NetworkDiagram(String title, List<Node> nodes, List<Edge> edges) implements Block {
    public NetworkDiagram {
        Checks.name("NetworkDiagram.title", title);
        nodes = Checks.list("NetworkDiagram.nodes", nodes);
        edges = Checks.list("NetworkDiagram.edges", edges);
    }

    /**
     * A node.
     *
     * @param id      its id (for the edges)
     * @param label   its name
     * @param group   what kind it is, for the key and the marker shape
     * @param cluster the cluster it is in
     */
    public record Node(String id, String label, String group, int cluster) {
        public Node {
            Checks.name("Node.id", id);
            Checks.name("Node.label", label);
            Checks.name("Node.group", group);
        }
    }

    /**
     * A link.
     *
     * @param from   one node's id
     * @param to     the other's
     * @param weight how many people and ties hold it
     * @param bridge whether the network would split without it
     */
    public record Edge(String from, String to, int weight, boolean bridge) {
        public Edge {
            Checks.name("Edge.from", from);
            Checks.name("Edge.to", to);
        }
    }

    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.networkDiagram(this);
    }
}
