package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;

/** An old snapshot never overwrites newer edits silently: the import is refused, or overwrites with --replace. */
class SnapshotReplaceTest {
    @TempDir
    Path dir;

    @Test
    void anOlderSnapshotIsRefusedUnlessReplaceIsGiven() {
        String store = "sqlite:" + dir.resolve("s.db");
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
        }
        Path file = dir.resolve("trafford.json");
        assertEquals(0, Cli.run("export", "--council", "trafford", "--out", file.toString(), "--store", store).exit());
        Cli same = Cli.run("import", "snapshot", file.toString(), "--store", store);
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains(": 0 created, 0 updated, "), "nothing to write: " + same.out());
        String id;
        try (LocalityStore s = Stores.open(store)) {
            Versioned<Asset> a = s.all(Kind.ASSET).get(0);
            id = a.value().id();
            s.save(Kind.ASSET, a.value().withName("Renamed after the export"), a.version());
        }
        Cli refused = Cli.run("import", "snapshot", file.toString(), "--store", store);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("asset/" + id + " (stored version 2, snapshot version 1)"), refused.err());
        assertTrue(refused.err().contains("nothing was written") && refused.err().contains("--replace"), refused.err());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals("Renamed after the export", s.get(Kind.ASSET, id).orElseThrow().value().name());
        }
        Cli replaced = Cli.run("import", "snapshot", file.toString(), "--replace", "--store", store);
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(replaced.out().contains(": 0 created, 1 updated, "), replaced.out());
        try (LocalityStore s = Stores.open(store)) {
            Versioned<Asset> back = s.get(Kind.ASSET, id).orElseThrow();
            assertTrue(!back.value().name().equals("Renamed after the export"), "the snapshot's value is back");
            assertEquals(3, back.version(), "an overwrite is a new version, never a lost one");
        }
    }
}
