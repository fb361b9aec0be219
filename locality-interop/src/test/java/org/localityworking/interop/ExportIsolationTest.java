package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.storage.LocalityStore;

/**
 * No export of one council shows another's records: each of Trafford's exports, in both audiences, written from
 * a store that holds Trafford alone, is the same text as the one written from a store that also holds
 * Herefordshire and the compatibility kit's second council, whose ids are prefixes of Trafford's.
 */
class ExportIsolationTest {
    private static LocalityStore alone;
    private static LocalityStore shared;

    @BeforeAll
    static void load() {
        alone = Fixture.store(List.of(ExampleData.trafford()));
        shared = Fixture.withAnotherCouncil();
    }

    @AfterAll
    static void close() {
        alone.close();
        shared.close();
    }

    /**
     * The file as far as it is the council's: a manifest's lines about records the store cannot place in any
     * council (organisations with no locality, people with no role or home ward, not in the export) are about
     * the store, not the council, so another council's unplaced records rightly appear in them; every other byte
     * must be the same.
     */
    private static String councilsOwn(String file, String content) {
        if (!file.equals("manifest.json")) {
            return content;
        }
        try {
            com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode)
                    ExportFixture.JSON.readTree(content);
            com.fasterxml.jackson.databind.node.ArrayNode kept = m.arrayNode();
            m.path("leftOut").forEach(l -> {
                if (!l.path("what").asText().endsWith(", not in this export")) {
                    kept.add(l);
                }
            });
            m.set("leftOut", kept);
            return m.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyExportOfOneCouncilIsTheSameWithAnotherCouncilInTheStore() {
        for (String exporter : ExportFixture.exporterIds()) {
            for (Audience audience : exporter.equals("snapshot") ? List.of(Audience.INTERNAL) : List.of(Audience.values())) {
                Map<String, String> a = ExportFixture.export(alone, exporter, "trafford", Optional.empty(), audience);
                Map<String, String> b = ExportFixture.export(shared, exporter, "trafford", Optional.empty(), audience);
                assertEquals(a.keySet(), b.keySet(), exporter + " " + audience);
                for (String file : a.keySet()) {
                    assertEquals(councilsOwn(file, a.get(file)), councilsOwn(file, b.get(file)),
                            exporter + " " + audience + " " + file);
                }
            }
        }
    }
}
