package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Locality;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;

/**
 * A council that is neither example, set up from its own configuration file with the {@code setup} command, as
 * the README's walk-through does: {@code docs/examples/ashcombe.properties}.
 */
class SetupCommandTest {
    /** The walk-through's file, from the module's folder (where Maven runs the tests). */
    static final Path ASHCOMBE = Path.of("../../docs/examples/ashcombe.properties");

    @TempDir
    Path dir;

    private String store() {
        return "sqlite:" + dir.resolve("ashcombe.db");
    }

    @Test
    void aThirdCouncilIsSetUpFromItsFileAndReportedOn() throws IOException {
        Cli setup = Cli.run("setup", ASHCOMBE.toString(), "--store", store());
        assertEquals(0, setup.exit(), setup.err());
        assertTrue(setup.out().contains("Set up Ashcombe Borough Council (ashcombe)"), setup.out());
        assertTrue(setup.out().contains("5 wards, 3 localities, 3 people and posts, 1 networks"), setup.out());
        try (LocalityStore s = Stores.open(store())) {
            List<String> localities = s.query(StandardKinds.LOCALITY, Query.all().council("ashcombe")).stream()
                    .map(Versioned::value).map(Locality::name).toList();
            assertEquals(List.of("Downs and Orchard", "North Ashcombe", "Riverside"), localities);
            assertEquals(2, s.query(StandardKinds.LOCALITY, Query.all().ward("ash-mill")).size(), "the split ward is in both");
        }
        Path out = dir.resolve("profile.md");
        Cli report = Cli.run("report", "locality-profile", "--council", "ashcombe", "--locality", "riverside",
                "--format", "markdown", "--out", out.toString(), "--store", store());
        assertEquals(0, report.exit(), report.err());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("Riverside") && text.contains("Quayside"), text);
    }

    @Test
    void aCouncilTheStoreHoldsIsNotSetUpTwice() {
        assertEquals(0, Cli.run("setup", ASHCOMBE.toString(), "--store", store()).exit());
        Cli again = Cli.run("setup", ASHCOMBE.toString(), "--store", store());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already holds the council ashcombe; nothing was written"), again.err());
    }

    @Test
    void aBadFileIsRefusedWholeWithTheLoadersMessageAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("ashcombe-bad.properties");
        // a sixth ward that no locality holds
        Files.writeString(bad, Files.readString(ASHCOMBE, StandardCharsets.UTF_8)
                .replace("\nwards=ash-castle,", "\nwards=ash-extra,ash-castle,") + "ward.ash-extra.name=Extra\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("setup", bad.toString(), "--store", store());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("ashcombe-bad.properties#localities = \"ash-extra\" breaks the rule"), r.err());
        assertTrue(r.err().contains("in no locality's share"), r.err());
        try (LocalityStore s = Stores.open(store())) {
            assertTrue(s.all(StandardKinds.COUNCIL).isEmpty() && s.all(StandardKinds.WARD).isEmpty(), "nothing was written");
        }
    }

    @Test
    void aMissingFileIsAnErrorNotAStackTrace() {
        Cli r = Cli.run("setup", dir.resolve("nowhere.properties").toString(), "--store", store());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: cannot read the configuration file"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
