package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.Person;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/** The CLI reaches every exporter, and the CSV asset map and people list round-trip exactly. */
class StandardsExportTest {
    @TempDir
    Path dir;

    private String loaded(String name) {
        String location = "sqlite:" + dir.resolve(name);
        try (LocalityStore s = Stores.open(location)) {
            ExampleData.trafford().loadInto(s);
        }
        return location;
    }

    @Test
    void everyFormatIsReachableFromTheCli() throws IOException {
        String store = loaded("all.db");
        for (String format : List.of("360giving", "openreferral", "geojson", "csv")) {
            Path out = dir.resolve(format);
            Cli r = Cli.run("export", "--council", "trafford", "--format", format, "--out", out.toString(), "--store", store,
                    "--option", "prefix=360G-trafford", "--option", "funderId=GB-LAE-TRF");
            assertEquals(0, r.exit(), format + ": " + r.err());
            try (var files = Files.list(out)) {
                assertTrue(files.count() >= 1, format);
            }
        }
        assertTrue(Files.exists(dir.resolve("openreferral/datapackage.json")));
        Cli missing = Cli.run("export", "--council", "trafford", "--format", "360giving", "--out", dir.resolve("x").toString(),
                "--store", store);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("ExportRequest.options.prefix"), missing.err());
    }

    @Test
    void theAssetMapAndPeopleListRoundTripExactlyThroughCsv() {
        String from = loaded("from.db");
        Path out = dir.resolve("csv");
        Cli export = Cli.run("export", "--council", "trafford", "--format", "csv", "--audience", "INTERNAL",
                "--out", out.toString(), "--store", from);
        assertEquals(0, export.exit(), export.err());
        // A store with the council's places and organisations, but no assets or people yet.
        String to = "sqlite:" + dir.resolve("to.db");
        Dataset trafford = ExampleData.trafford();
        Set<Kind<?>> places = Set.of(StandardKinds.COUNCIL, StandardKinds.WARD, StandardKinds.LOCALITY, StandardKinds.ORGANISATION);
        try (LocalityStore s = Stores.open(to)) {
            s.runInTransaction(u -> trafford.entries().stream().filter(e -> places.contains(e.kind())).forEach(e -> e.saveIn(u)));
        }
        assertEquals(0, Cli.run("import", "people", out.resolve("people.csv").toString(), "--store", to).exit());
        Cli assets = Cli.run("import", "assets", out.resolve("assets.csv").toString(), "--store", to);
        assertEquals(0, assets.exit(), assets.err());
        try (LocalityStore a = Stores.open(from); LocalityStore b = Stores.open(to)) {
            List<Asset> original = a.all(StandardKinds.ASSET).stream().map(v -> v.value()).toList();
            assertEquals(original, b.all(StandardKinds.ASSET).stream().map(v -> v.value()).toList(), "assets round-trip exactly");
            assertTrue(original.stream().anyMatch(x -> x.acv().isPresent() && x.acv().get().bidRequestOn().isPresent()));
            List<Person> people = b.all(StandardKinds.PERSON).stream().map(v -> v.value()).toList();
            assertTrue(people.size() > 70, "people: " + people.size());
            for (Person p : people) {
                assertEquals(a.get(StandardKinds.PERSON, p.id()).orElseThrow().value(), p, "person " + p.id());
            }
        }
    }

    /**
     * Through the CLI and SQLite stores: each standard exported, imported into a store holding only the council's
     * frame, and exported again, gives the same data files; a dry run writes nothing.
     */
    @Test
    void theStandardsImportBackThroughTheCli() throws IOException {
        String from = loaded("standards-from.db");
        Dataset trafford = ExampleData.trafford();
        Set<Kind<?>> frame = Set.of(StandardKinds.COUNCIL, StandardKinds.WARD, StandardKinds.LOCALITY);
        for (String[] format : new String[][] {{"360giving", "grants.json"}, {"openreferral", "openreferral.json"}}) {
            String to = "sqlite:" + dir.resolve(format[0] + "-to.db");
            try (LocalityStore s = Stores.open(to)) {
                s.runInTransaction(u -> trafford.entries().stream().filter(e -> frame.contains(e.kind()))
                        .forEach(e -> e.saveIn(u)));
            }
            String[] options = {"--option", "prefix=360G-trafford", "--option", "funderId=GB-LAE-TRF"};
            String[] asOf = {"--as-of", "2016-03-01"};
            Path first = dir.resolve(format[0] + "-1");
            assertEquals(0, Cli.run(concat(new String[] {"export", "--council", "trafford", "--format", format[0],
                    "--out", first.toString(), "--store", from}, concat(options, asOf))).exit());
            Path file = first.resolve(format[1]);
            if (format[0].equals("360giving")) {
                assertTrue(Files.readString(file).contains("\"dateModified\" : \"2016-03-01T00:00:00Z\""), "--as-of");
            }
            Cli dry = Cli.run(concat(new String[] {"import", format[0], file.toString(), "--council", "trafford",
                    "--dry-run", "--store", to}, options));
            assertEquals(0, dry.exit(), dry.err());
            assertTrue(dry.out().contains("Dry run: importing " + format[1]) && dry.out().contains("nothing was written"),
                    dry.out());
            try (LocalityStore s = Stores.open(to)) {
                assertTrue(s.all(StandardKinds.ASSET).isEmpty() && s.all(StandardKinds.GRANT).isEmpty(), "a dry run writes nothing");
            }
            Cli imported = Cli.run(concat(new String[] {"import", format[0], file.toString(), "--council", "trafford",
                    "--store", to}, options));
            assertEquals(0, imported.exit(), imported.err());
            assertTrue(imported.out().contains("Imported "), imported.out());
            Path second = dir.resolve(format[0] + "-2");
            assertEquals(0, Cli.run(concat(new String[] {"export", "--council", "trafford", "--format", format[0],
                    "--out", second.toString(), "--store", to}, concat(options, asOf))).exit());
            try (var files = Files.list(first)) {
                for (Path f : files.toList()) {
                    if (!f.getFileName().toString().equals("manifest.json")) {
                        assertEquals(-1L, Files.mismatch(f, second.resolve(f.getFileName())), format[0] + " " + f.getFileName()
                                + " is the same bytes after the round trip");
                    }
                }
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
