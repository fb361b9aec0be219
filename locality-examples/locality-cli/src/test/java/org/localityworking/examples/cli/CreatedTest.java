package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * A failed command removes the new SQLite file it noted, but never one that another process has opened or written
 * to meanwhile (two commands creating the same new store at once, one of them refused).
 */
class CreatedTest {
    @TempDir
    Path dir;

    @Test
    void aNewEmptyUnusedStoreAndItsFoldersAreRemoved() {
        Path file = dir.resolve("a/b/new.db");
        Created.begin();
        Created.willCreateStore(file);
        Stores.open("sqlite:" + file).close(); // the command opened it (schema only), then failed
        Created.undo();
        assertFalse(Files.exists(dir.resolve("a")), "the file and the folders it made are gone");
    }

    @Test
    void aNewStoreThatAnotherProcessWroteToIsKept() {
        Path file = dir.resolve("c/new.db");
        Created.begin();
        Created.willCreateStore(file);
        try (LocalityStore other = Stores.open("sqlite:" + file)) { // the other command, which succeeds
            other.create(StandardKinds.ORGANISATION, new Organisation("o-kept", "Kept", Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()));
        }
        Created.undo(); // this command failed
        try (LocalityStore s = Stores.open("sqlite:" + file)) {
            assertEquals("Kept", s.get(StandardKinds.ORGANISATION, "o-kept").orElseThrow().value().name());
        }
    }

    @Test
    void aNewEmptyStoreThatAnotherConnectionHasOpenIsKept() {
        Path file = dir.resolve("e/new.db");
        Created.begin();
        Created.willCreateStore(file);
        try (LocalityStore other = Stores.open("sqlite:" + file)) { // open, idle, about to write its first unit
            Created.undo();
            assertTrue(Files.exists(file), "kept while another connection has it open");
            other.create(StandardKinds.ORGANISATION, new Organisation("o-later", "Later", Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.empty()));
        }
        try (LocalityStore s = Stores.open("sqlite:" + file)) {
            assertTrue(s.get(StandardKinds.ORGANISATION, "o-later").isPresent(), "its write landed in the file, not a lost one");
        }
    }

    @Test
    void aNewStoreThatAnotherProcessHasOpenIsKeptEvenWhenEmpty() throws Exception {
        Path file = dir.resolve("d/new.db");
        Created.begin();
        Created.willCreateStore(file);
        try (LocalityStore other = Stores.open("sqlite:" + file);
             java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // the other process is in the middle of its first unit of work
            Created.undo();
            assertTrue(Files.exists(file), "kept while another connection uses it");
            s.execute("ROLLBACK");
            assertTrue(other.all(StandardKinds.ORGANISATION).isEmpty());
        }
    }
}
