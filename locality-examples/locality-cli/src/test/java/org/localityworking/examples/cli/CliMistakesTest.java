package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a newcomer makes, each answered in one line that helps, with its exit code, and nothing created:
 * an unknown council or locality (the line lists the valid ids), a UK date for {@code --as-of} (taken), an
 * impossible date (both forms named), a missing configuration file (named, without a Java exception's name), an
 * unknown option (where the help is); and the command list's summaries are whole sentences.
 */
class CliMistakesTest {
    @TempDir
    Path dir;
    private String store;

    @BeforeEach
    void ashcombe() {
        store = "sqlite:" + dir.resolve("ashcombe.db");
        assertEquals(0, Cli.run("setup", SetupCommandTest.ASHCOMBE.toString(), "--store", store).exit());
    }

    /** @return the one line the CLI printed to standard error, after checking it printed exactly one */
    private static String oneLine(Cli r) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + r.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no Java in it: " + r.err());
        return lines.get(0);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }

    @Test
    void anUnknownCouncilOrLocalityListsTheValidIds() throws IOException {
        List<Path> before = files();
        Cli council = Cli.run("report", "asset-map", "--council", "ashcomb", "--store", store);
        assertEquals(1, council.exit());
        assertEquals("error: --council = \"ashcomb\" breaks the rule: must be a council the store holds: ashcombe",
                oneLine(council));
        Cli locality = Cli.run("export", "--format", "csv", "--council", "ashcombe", "--locality", "north",
                "--out", dir.resolve("out").toString(), "--store", store);
        assertEquals(1, locality.exit());
        assertTrue(oneLine(locality).endsWith("must be a locality of ashcombe: downs-and-orchard, north-ashcombe,"
                + " riverside"), locality.err());
        assertEquals(before, files(), "nothing created: no report, no export folder");
    }

    @Test
    void asOfTakesAUkDateAndRefusesAnImpossibleOneNamingBothForms() throws IOException {
        Path out = dir.resolve("map.html");
        Cli uk = Cli.run("report", "asset-map", "--council", "ashcombe", "--as-of", "1/3/2016", "--out", out.toString(),
                "--store", store);
        assertEquals(0, uk.exit(), uk.err());
        assertTrue(Files.readString(out).contains("1 March 2016") || Files.exists(out));
        Files.delete(out);
        Cli words = Cli.run("report", "asset-map", "--council", "ashcombe", "--as-of", "1 March 2016", "--store", store);
        assertEquals(0, words.exit(), words.err());
        Cli impossible = Cli.run("report", "asset-map", "--council", "ashcombe", "--as-of", "31/02/2016",
                "--out", out.toString(), "--store", store);
        assertEquals(2, impossible.exit());
        String line = oneLine(impossible);
        assertTrue(line.contains("'31/02/2016' is not a date: give it as 2016-03-01 or 1/3/2016 (day, month, year)")
                && line.endsWith("(locality report --help shows the options)"), line);
        Cli american = Cli.run("export", "--format", "snapshot", "--council", "ashcombe", "--as-of", "03/31/2016",
                "--out", dir.resolve("s.json").toString(), "--store", store);
        assertEquals(2, american.exit());
        assertTrue(oneLine(american).contains("day first"), american.err());
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("s.json")), "nothing written");
    }

    @Test
    void aMissingConfigurationFileIsNamedAndNoStoreIsCreated() {
        Path missing = dir.resolve("nowhere.properties");
        String other = "sqlite:" + dir.resolve("new.db");
        Cli r = Cli.run("setup", missing.toString(), "--store", other);
        assertEquals(1, r.exit());
        assertEquals("error: cannot read the configuration file: " + missing + " does not exist", oneLine(r));
        assertFalse(Files.exists(dir.resolve("new.db")), "no store created for a file that is not there");
    }

    @Test
    void aMistypedStoreSchemeIsAnsweredWithTheNearestAndTheProvidersExamples() throws IOException {
        List<Path> before = files();
        Cli r = Cli.run("report", "asset-map", "--council", "ashcombe", "--store", "sqlit:" + dir.resolve("ashcombe.db"));
        assertEquals(1, r.exit());
        String line = oneLine(r);
        assertTrue(line.contains("did you mean sqlite:?") && line.contains("memory:") && line.contains("postgresql://"),
                line);
        assertEquals(before, files(), "nothing created");
    }

    @Test
    void aProviderIsChosenByIdAndAnUnknownOneListsTheIds() throws IOException {
        List<Path> before = files();
        Cli unknown = Cli.run("report", "asset-map", "--council", "ashcombe", "--provider", "sqlit", "--store", store);
        assertEquals(1, unknown.exit());
        assertEquals("error: --provider = \"sqlit\" breaks the rule: must be the id of a storage provider: jdbc, memory",
                oneLine(unknown));
        Path out = dir.resolve("map.md");
        Cli chosen = Cli.run("report", "asset-map", "--council", "ashcombe", "--format", "markdown", "--provider", "jdbc",
                "--store", store, "--out", out.toString());
        assertEquals(0, chosen.exit(), chosen.err());
        assertTrue(Files.readString(out).contains("Ashcombe Borough Council"), chosen.out());
        Files.delete(out);
        Cli wrong = Cli.run("report", "asset-map", "--council", "ashcombe", "--provider", "memory", "--store", store);
        assertEquals(1, wrong.exit());
        assertTrue(oneLine(wrong).startsWith("error: location = "), wrong.err());
        assertEquals(before, files(), "nothing created");
    }

    @Test
    void aReadOnlyCommandOnAStoreThatIsNotThereCreatesNothing() throws IOException {
        List<Path> before = files();
        Cli r = Cli.run("subject-access", "p-1", "--out", dir.resolve("sar").toString(), "--store",
                "sqlite:" + dir.resolve("nested/typo.db"));
        assertEquals(1, r.exit());
        assertTrue(oneLine(r).contains("names no store (the file " + dir.resolve("nested/typo.db") + " does not exist)"),
                r.err());
        assertEquals(before, files(), "no database, no folder, no output");
    }

    @Test
    void anUnknownOptionIsOneLineSayingWhereTheHelpIs() {
        Cli r = Cli.run("report", "asset-map", "--councl=ashcombe", "--store", store);
        assertEquals(2, r.exit());
        assertEquals("error: Unknown option: '--councl=ashcombe'; did you mean --council? (locality report --help shows"
                + " the options)", oneLine(r));
    }

    @Test
    void theCommandListsSummariesAreWholeSentences() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exit());
        String commands = help.out().substring(help.out().indexOf("Commands:"));
        // each summary, its wrapped lines joined, ends a sentence
        String joined = commands.replaceAll("\\n {20}", " ");
        for (String line : joined.lines().skip(1).toList()) {
            String summary = line.strip();
            if (!summary.isEmpty() && !summary.startsWith("help ")) {
                assertTrue(summary.endsWith("."), "a whole sentence: " + summary);
            }
        }
    }
}
