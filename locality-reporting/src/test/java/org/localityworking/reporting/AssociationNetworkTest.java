package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.reporting.network.Association;
import org.localityworking.reporting.network.AssociationNetwork;
import org.localityworking.reporting.network.Link;

/** Small hand-made networks, whose isolated groups, clusters, bridges and connectors are known exactly. */
class AssociationNetworkTest {
    private static Association a(String id, String locality) {
        return new Association(id, "organisation", "Group " + id, Optional.of(locality));
    }

    private static List<Association> nodes(String... ids) {
        List<Association> out = new ArrayList<>();
        for (String id : ids) {
            out.add(a(id, "l1"));
        }
        return out;
    }

    private static Link held(String x, String y, String... people) {
        return Link.between(x, y, Set.of(people), Set.of());
    }

    private static List<String> ids(List<Association> list) {
        return list.stream().map(Association::id).toList();
    }

    private static List<String> ends(List<Link> links) {
        return links.stream().map(l -> l.from() + "-" + l.to()).toList();
    }

    @Test
    void aNetworkWithNoLinksIsAllIsolated() {
        AssociationNetwork n = AssociationNetwork.of(nodes("a", "b", "c"), List.of());
        assertEquals(List.of("a", "b", "c"), ids(n.isolated()));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), n.clusters().stream().map(AssociationNetworkTest::ids).toList());
        assertEquals(List.of(), n.bridges());
        assertEquals(List.of(), n.connectors());
    }

    @Test
    void aFullyConnectedNetworkHasNoBridgeAndNoConnector() {
        List<Link> links = List.of(held("a", "b", "p1"), held("a", "c", "p2"), held("a", "d", "p3"), held("b", "c", "p4"),
                held("b", "d", "p5"), held("c", "d", "p6"));
        AssociationNetwork n = AssociationNetwork.of(nodes("a", "b", "c", "d"), links);
        assertEquals(List.of(), n.isolated());
        assertEquals(1, n.clusters().size());
        assertEquals(List.of(), n.bridges());
        assertEquals(List.of(), n.connectors());
        assertEquals(6, n.links().size());
    }

    @Test
    void twoTrianglesJoinedByOnePersonHaveOneBridgeAndOneConnector() {
        List<Link> links = List.of(held("a", "b", "x"), held("b", "c", "y"), held("a", "c", "z"),
                held("d", "e", "u"), held("e", "f", "v"), held("d", "f", "w"), held("c", "d", "pat"));
        AssociationNetwork n = AssociationNetwork.of(nodes("a", "b", "c", "d", "e", "f", "g"), links);
        assertEquals(List.of("g"), ids(n.isolated()));
        assertEquals(List.of(List.of("a", "b", "c", "d", "e", "f"), List.of("g")),
                n.clusters().stream().map(AssociationNetworkTest::ids).toList());
        assertEquals(List.of("c-d"), ends(n.bridges()));
        assertEquals(1, n.connectors().size());
        assertEquals("pat", n.connectors().get(0).personId());
        assertEquals(List.of("c-d"), ends(n.connectors().get(0).holds()));
        assertEquals(3, n.connectors().get(0).clusters(), "without pat: two triangles and g");
    }

    @Test
    void aPersonWhoAloneHoldsTwoLinksCanSplitTheNetworkWithoutAnyBridge() {
        // a triangle: p alone holds a-b and a-c, q holds b-c; no single link is a bridge, but without p a is alone
        AssociationNetwork n = AssociationNetwork.of(nodes("a", "b", "c"), List.of(held("a", "b", "p"), held("a", "c", "p"),
                held("b", "c", "q")));
        assertEquals(List.of(), n.bridges());
        assertEquals(List.of("p"), n.connectors().stream().map(AssociationNetwork.Connector::personId).toList());
        assertEquals(List.of("a-b", "a-c"), ends(n.connectors().get(0).holds()));
    }

    @Test
    void aFormalTieOrASecondPersonKeepsALinkWhenItsHolderLeaves() {
        List<Link> links = List.of(Link.between("a", "b", Set.of("p"), Set.of("project partner (funder)")),
                held("b", "c", "q", "r"));
        AssociationNetwork n = AssociationNetwork.of(nodes("a", "b", "c"), links);
        assertEquals(List.of("a-b", "b-c"), ends(n.bridges()), "both are bridges: the chain has no cycle");
        assertEquals(List.of(), n.connectors(), "no one person holds either link alone");
    }

    @Test
    void linksAcrossLocalitiesAndMergedLinks() {
        List<Association> nodes = List.of(a("a", "l1"), a("b", "l1"), a("c", "l2"));
        AssociationNetwork n = AssociationNetwork.of(nodes, List.of(held("a", "b", "p"), held("b", "c", "q"),
                held("c", "b", "r")));
        assertEquals(List.of("b-c"), ends(n.acrossLocalities()));
        Link bc = n.links().get(1);
        assertEquals(Set.of("q", "r"), bc.people(), "two findings of one link merge");
        assertEquals(2, bc.weight());
    }

    @Test
    void aLinkToAnUnknownAssociationIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> AssociationNetwork.of(nodes("a"),
                List.of(held("a", "z", "p"))));
        assertEquals("z", e.value());
    }
}
