package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.Role;
import org.localityworking.core.model.RoleAssignment;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;
import org.localityworking.storage.registry.Stores;

/**
 * A person named in other people's records and free text is erased through the command line, while another
 * connection has the SQLite file open; then their name, e-mail address, phone number and address are nowhere: not
 * in any record the store's API returns, not in any report of the demo site (both audiences, both councils), not
 * in any export, and not in a byte of the SQLite file or its write-ahead log.
 */
class ErasureEverywhereTest {
    /** The person's values, each unique to them, as they could appear in any file. */
    private static final List<String> TOKENS = List.of("Quillon", "Vasquetti", "quillon.vasquetti@zz-token.example",
            "0161 555 0199", "0161-555-0199", "7 Tokenfield Close", "Tokenfield");

    @TempDir
    Path dir;

    private static List<String> foundIn(byte[] bytes) {
        List<String> found = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // byte for byte
        for (String token : TOKENS) {
            if (text.contains(new String(token.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                found.add(token);
            }
        }
        return found;
    }

    private static List<String> foundUnder(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                List<String> here = foundIn(Files.readAllBytes(f));
                if (!here.isEmpty()) {
                    found.add(folder.relativize(f) + " " + here);
                }
            }
        }
        return found;
    }

    @Test
    void anErasedPersonIsNowhereAfterwards() throws Exception {
        Path db = dir.resolve("store.db");
        String location = "sqlite:" + db;
        try (LocalityStore s = Stores.open(location)) {
            ExampleData.both().forEach(d -> d.loadInto(s));
            s.runInTransaction(u -> {
                u.save(StandardKinds.PERSON, new Person("p-quillon", "Quillon Vasquetti", new ContactDetails(
                        Optional.of("quillon.vasquetti@zz-token.example"), Optional.of("0161 555 0199"),
                        Optional.of("7 Tokenfield Close, Sale")), Optional.empty(),
                        List.of(new RoleAssignment(Role.RESIDENT, Optional.of("sale"), Optional.empty()))), 0);
                u.save(StandardKinds.ASSET, new Asset("a-quillon-keys", "sale", Optional.empty(), "Community garden shed",
                        "Keys with Quillon Vasquetti at 7 Tokenfield Close (0161-555-0199)", AssetCategory.PHYSICAL,
                        Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                        Optional.empty()), 0);
                u.save(StandardKinds.EVENT, new EngagementEvent("ev-quillon", "sale", EventKind.COMMUNITY_EVENT,
                        "Litter pick led by Quillon Vasquetti", LocalDate.of(2016, 2, 6), OptionalInt.of(14)), 0);
            });
        }
        assertFalse(foundIn(Files.readAllBytes(db)).isEmpty() || !Files.exists(db), "the scan finds them before");

        Cli erase;
        try (LocalityStore reader = Stores.open(location)) {
            assertTrue(reader.get(StandardKinds.PERSON, "p-quillon").isPresent()); // another connection, open through the erasure
            Cli preview = Cli.run("erase", "p-quillon", "--dry-run", "--store", location);
            assertEquals(0, preview.exit(), preview.err());
            assertTrue(preview.out().contains("Nothing was written (--dry-run)."), preview.out());
            assertEquals("Quillon Vasquetti", reader.get(StandardKinds.PERSON, "p-quillon").orElseThrow().value().name());
            erase = Cli.run("erase", "p-quillon", "--store", location);
            assertEquals(0, erase.exit(), erase.err());
            // the file and its write-ahead log, while the other connection is still open
            List<String> onDisk = new ArrayList<>();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path f = Path.of(db + suffix);
                if (Files.exists(f) && !foundIn(Files.readAllBytes(f)).isEmpty()) {
                    onDisk.add(f.getFileName() + " " + foundIn(Files.readAllBytes(f)));
                }
            }
            assertEquals(List.of(), onDisk, "bytes of the erased person in the SQLite files: " + erase.out());
        }
        assertTrue(erase.out().contains("asset/a-quillon-keys (description)")
                && erase.out().contains("event/ev-quillon (title)"), erase.out());

        // the store's API
        try (LocalityStore s = Stores.open(location)) {
            for (Kind<?> kind : s.kinds()) {
                for (Versioned<?> v : s.all(kind)) {
                    assertEquals(List.of(), foundIn(v.value().toString().getBytes(StandardCharsets.UTF_8)),
                            kind.name() + ": " + v.value());
                }
            }
            assertEquals(Kind.ERASED, s.get(StandardKinds.PERSON, "p-quillon").orElseThrow().value().name());
        }
        // every output: the demo site in both audiences, and the exports of both councils
        for (String audience : List.of("INTERNAL", "PUBLIC")) {
            Cli demo = Cli.run("demo", "--store", location, "--audience", audience, "--out",
                    dir.resolve("site-" + audience).toString());
            assertEquals(0, demo.exit(), demo.err());
        }
        for (String council : List.of("trafford", "herefordshire")) {
            for (List<String> export : List.of(List.of("snapshot", "snapshot-" + council + ".json"),
                    List.of("csv", "csv-" + council, "--audience", "INTERNAL"), List.of("openreferral", "or-" + council),
                    List.of("geojson", "geo-" + council), List.of("hexjson", "hex-" + council))) {
                List<String> args = new ArrayList<>(List.of("export", "--council", council, "--format", export.get(0),
                        "--out", dir.resolve("out").resolve(export.get(1)).toString(), "--store", location));
                args.addAll(export.subList(2, export.size()));
                Cli r = Cli.run(args.toArray(String[]::new));
                assertEquals(0, r.exit(), args + ": " + r.err());
            }
        }
        // the subject access document of a neighbour in the same locality
        Cli access = Cli.run("subject-access", "p-alan", "--format", "json", "--out",
                dir.resolve("out").resolve("sar-alan.json").toString(), "--store", location);
        assertEquals(0, access.exit(), access.err());
        List<String> found = new ArrayList<>();
        for (String folder : List.of("site-INTERNAL", "site-PUBLIC", "out")) {
            found.addAll(foundUnder(dir.resolve(folder)));
        }
        assertEquals(List.of(), found, "outputs that still hold the erased person");
        long files;
        try (var walk = Files.walk(dir.resolve("site-INTERNAL"))) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertTrue(files > 100,
                "the site was written");
    }
}
