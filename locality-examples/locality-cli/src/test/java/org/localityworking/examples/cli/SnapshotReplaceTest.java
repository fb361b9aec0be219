package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;

/** An old snapshot never overwrites newer edits silently: the import is refused, or overwrites with --replace. */
class SnapshotReplaceTest {
    @TempDir
    Path dir;

    @Test
    void anOlderSnapshotIsRefusedUnlessReplaceIsGiven() throws java.io.IOException {
        String store = "sqlite:" + dir.resolve("s.db");
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
        }
        Path file = dir.resolve("trafford.json");
        Cli exported = Cli.run("export", "--council", "trafford", "--out", file.toString(), "--store", store);
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().contains("Left out: nothing"), exported.out());
        assertTrue(java.nio.file.Files.readString(file.resolveSibling(file.getFileName() + ".manifest.json"))
                .contains("\"exporter\" : \"snapshot\""), "the snapshot's manifest, beside it");
        Cli same = Cli.run("import", "snapshot", file.toString(), "--store", store);
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains(": 0 created, 0 updated, "), "nothing to write: " + same.out());
        String id;
        try (LocalityStore s = Stores.open(store)) {
            Versioned<Asset> a = s.all(StandardKinds.ASSET).get(0);
            id = a.value().id();
            s.save(StandardKinds.ASSET, a.value().withName("Renamed after the export"), a.version());
        }
        Cli refused = Cli.run("import", "snapshot", file.toString(), "--store", store);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("asset/" + id + " (stored version 2, snapshot version 1)"), refused.err());
        assertTrue(refused.err().contains("nothing was written") && refused.err().contains("--replace"), refused.err());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals("Renamed after the export", s.get(StandardKinds.ASSET, id).orElseThrow().value().name());
        }
        Cli replaced = Cli.run("import", "snapshot", file.toString(), "--replace", "--store", store);
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(replaced.out().contains(": 0 created, 1 updated, "), replaced.out());
        try (LocalityStore s = Stores.open(store)) {
            Versioned<Asset> back = s.get(StandardKinds.ASSET, id).orElseThrow();
            assertTrue(!back.value().name().equals("Renamed after the export"), "the snapshot's value is back");
            assertEquals(3, back.version(), "an overwrite is a new version, never a lost one");
        }
    }

    @Test
    void aDryRunSaysWhatAnImportWouldDoAndWritesNothing() throws java.io.IOException {
        String store = "sqlite:" + dir.resolve("dry.db");
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
        }
        Path csv = dir.resolve("assets.csv");
        String first;
        try (LocalityStore s = Stores.open(store)) {
            Asset a = s.all(StandardKinds.ASSET).get(0).value();
            first = a.id();
            java.nio.file.Files.writeString(csv, "id,locality,name,description,category\r\n"
                    + a.id() + "," + a.localityId() + ",Renamed," + a.description().replace(",", " ") + "," + a.category()
                    + "\r\na-new-one,sale,New,A new asset,PHYSICAL\r\n");
        }
        Cli dry = Cli.run("import", "assets", csv.toString(), "--dry-run", "--store", store);
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("would create 1, change 1 and leave 0 assets as they are; nothing was written"),
                dry.out());
        try (LocalityStore s = Stores.open(store)) {
            assertTrue(s.get(StandardKinds.ASSET, "a-new-one").isEmpty(), "a dry run writes nothing");
            assertTrue(!s.get(StandardKinds.ASSET, first).orElseThrow().value().name().equals("Renamed"));
        }
        Cli real = Cli.run("import", "assets", csv.toString(), "--store", store);
        assertTrue(real.out().contains(": 1 created, 1 updated, 0 unchanged"), real.out());
        Cli again = Cli.run("import", "assets", csv.toString(), "--store", store);
        assertTrue(again.out().contains(": 0 created, 0 updated, 2 unchanged"), "an unchanged row is not rewritten: "
                + again.out());
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(2, s.get(StandardKinds.ASSET, first).orElseThrow().version(), "no new version for an unchanged row");
        }
    }
}
