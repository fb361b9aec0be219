package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.Stores;

/**
 * The broken-input battery: each kind of bad file gives a message naming the file and where (line and column,
 * or line for a file-level problem) with the value escaped and cut, never a stack trace, and the store is left
 * as it was.
 */
class BadInputBatteryTest {
    private static final String HEADER = "id,locality,name,description,category\n";

    @TempDir
    Path dir;

    /** A bad file, what its message must say, which importer reads it, and the import's other arguments. */
    @SuppressWarnings("ArrayRecordComponent") // a test case, never compared
    private record Case(String name, byte[] content, String expected, String what, List<String> args) {
        Case(String name, byte[] content, String expected, String what) {
            this(name, content, expected, what, List.of());
        }

        static Case assets(String name, String content, String expected) {
            return new Case(name, content.getBytes(StandardCharsets.UTF_8), expected, "assets");
        }

        static Case json(String what, String name, String content, String expected) {
            return new Case(name, content.getBytes(StandardCharsets.UTF_8), expected, what, what.equals("snapshot")
                    ? List.of() : List.of("--council", "trafford", "--option", "prefix=360G-trafford"));
        }
    }

    private static final String GRANT = "{\"grants\": [\n  {\"id\": \"%s\", \"title\": \"T\", \"description\": \"D\","
            + " \"currency\": \"%s\", \"amountAwarded\": %s, \"awardDate\": \"2015-06-01\",\n"
            + "   \"recipientOrganization\": [{\"id\": \"360G-trafford-ORG-x\", \"name\": \"X\"}],\n"
            + "   \"fundingOrganization\": [{\"id\": \"GB-LAE-TRF\", \"name\": \"Trafford\"}],\n"
            + "   \"grantProgramme\": [{\"code\": \"gp-bad\", \"title\": \"Bad programme\"}],\n"
            + "   \"beneficiaryLocation\": [{\"name\": \"W\", \"geoCode\": \"%s\", \"geoCodeType\": \"WD\"}]}\n]}\n";

    private static String grant(String id, String currency, String amount, String geoCode) {
        return String.format(java.util.Locale.ROOT, GRANT, id, currency, amount, geoCode);
    }

    private static String row(String category) {
        return HEADER + "a-bad,sale,Bad,Description," + category + "\n";
    }

    @Test
    void everyBadFileIsOneClearMessageAndTheStoreIsUnchanged() throws IOException {
        String store = "sqlite:" + dir.resolve("battery.db");
        try (LocalityStore s = Stores.open(store)) {
            ExampleData.trafford().loadInto(s);
        }
        List<Case> cases = new ArrayList<>(List.of(
                Case.assets("empty.csv", "", "line 1: the file is empty"),
                new Case("latin1.csv", (HEADER + "a-bad,sale,Caf\u00e9,d,PHYSICAL\n").getBytes(StandardCharsets.ISO_8859_1),
                        "line 2, column 15: has the byte 0xE9, which is not UTF-8", "assets"),
                Case.assets("unclosed.csv", HEADER + "a-bad,sale,\"Unclosed,d,PHYSICAL\nmore,lines\n",
                        "line 2: has a quote that is never closed"),
                Case.assets("wide.csv", HEADER + "a-bad,sale,N,d,PHYSICAL,extra\n", "has more values than the header"),
                Case.assets("no-category.csv", "id,locality,name,description\na-bad,sale,N,d\n",
                        "line 1, column category: is a required column"),
                Case.assets("unknown-column.csv", "id,locality,name,description,category,colour\na,sale,N,d,PHYSICAL,red\n",
                        "line 1, column colour: \"colour\" is not a known column"),
                Case.assets("category.csv", row("Shiny"), "line 2, column category: \"Shiny\" must be one of"),
                Case.assets("escape.csv", row("\u001b[31mRED"), "\"\\u001b[31mRED\" must be one of"),
                Case.assets("huge.csv", row("x".repeat(5_000_000)), "... (5000000 characters)\" must be one of"),
                Case.assets("duplicate.csv", HEADER + "a-bad,sale,N,d,PHYSICAL\na-bad,sale,N,d,PHYSICAL\n",
                        "line 3, column id: \"a-bad\" appears twice in the file"),
                Case.assets("locality.csv", HEADER + "a-bad,atlantis,N,d,PHYSICAL\n",
                        "line 2, column locality: \"atlantis\" must name a locality already in the store"),
                Case.assets("latitude.csv", "id,locality,name,description,category,latitude,longitude\n"
                        + "a-bad,sale,N,d,PHYSICAL,north,-2.3\n", "line 2, column latitude: \"north\" must be a number"),
                Case.assets("sensitive.csv", "id,locality,name,description,category,sensitive\n"
                        + "a-bad,sale,N,d,PHYSICAL,maybe\n", "line 2, column sensitive: \"maybe\" must be yes or no"),
                Case.assets("ward.csv", "id,locality,ward,name,description,category\na-bad,sale,E05999999,N,d,PHYSICAL\n",
                        "line 2, column ward: \"E05999999\" must name a ward already in the store"),
                Case.assets("crlf-bom.csv", "\uFEFFid,locality,name,description,category\r\na-bad,sale,N,d,Shiny\r\n",
                        "line 2, column category: \"Shiny\""),
                new Case("roles.csv", "id,name,roles\np-bad,Pat,EMPEROR@sale\n".getBytes(StandardCharsets.UTF_8),
                        "line 2, column roles: ", "people"),
                new Case("sector.csv", "id,name,sector\no-bad,Friends,CHARITABLE\n".getBytes(StandardCharsets.UTF_8),
                        "line 2, column sector: \"CHARITABLE\" must be one of", "organisations"),
                Case.json("snapshot", "not-json.json", "{\n  \"format\": nope\n}\n", "line 2, column 17: is not valid JSON: Unrecognized token 'nope'"),
                Case.json("snapshot", "truncated.json", "{\"format\": \"locality-working-snapshot\",\n \"records\": {\"asset\": [\n",
                        "is not valid JSON"),
                Case.json("snapshot", "empty.json", "", "line 1: the file is empty"),
                Case.json("snapshot", "other-format.json", "{\"format\": \"something-else\", \"version\": 1}",
                        "line 1, column 1 (format): \"something-else v1\" must be a locality-working-snapshot"),
                Case.json("snapshot", "bad-record.json", "{\"format\": \"locality-working-snapshot\", \"version\": 1,\n"
                        + " \"records\": {\"organisation\": [\n   {\"id\": \"o-bad\", \"name\": \"\", \"sector\": \"VCSE\","
                        + " \"kind\": \"OTHER\", \"localityId\": null}]}}\n", "line 3, column 4 (records.organisation[0]"
                        + " (Organisation.name)): must not be blank"),
                Case.json("360giving", "amount.json", grant("360G-trafford-g-bad", "GBP", "\"lots\"", "E05000829"),
                        "line 2, column 3 (grants[0].amountAwarded): \"\"lots\"\" is required: a number"),
                Case.json("360giving", "prefix.json", grant("360G-trafford-", "GBP", "5", "E05000829"),
                        "line 2, column 3 (grants[0].id): \"360G-trafford-\" must go on after the prefix 360G-trafford-"
                                + " with the grant's id"),
                Case.json("360giving", "currency.json", grant("360G-trafford-g-bad", "XYZ", "5", "E05000829"),
                        "line 2, column 3 (grants[0].currency): \"XYZ\" must be an ISO 4217 currency code"),
                Case.json("360giving", "geocode.json", grant("360G-trafford-g-bad", "GBP", "5", "E05999999"),
                        "line 6, column 28 (grants[0].beneficiaryLocation[0].geoCode): \"E05999999\" is a ward's GSS code, but"
                        + " not one of"),
                Case.json("360giving", "no-grants.json", "{\"grants\": []}", "line 1, column 1 (grants): must be a list of at"
                        + " least one grant"),
                Case.json("openreferral", "not-hsds.json", "{\"name\": \"x\"}\n", "line 1, column 1: holds no table of"
                        + " Open Referral (HSDS 3.0)")));
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        int assetsBefore;
        try (LocalityStore s = Stores.open(store)) {
            assetsBefore = s.all(StandardKinds.ASSET).size();
        }
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            Path file = dir.resolve(c.name());
            Files.write(file, c.content());
            List<String> args = new ArrayList<>(List.of("import", c.what(), file.toString(), "--store", store));
            args.addAll(c.args());
            check(problems, c.name(), Cli.run(args.toArray(String[]::new)), c.expected());
        }
        check(problems, "folder", Cli.run("import", "assets", folder.toString(), "--store", store), "is a folder, not a file");
        check(problems, "missing", Cli.run("import", "assets", dir.resolve("nowhere.csv").toString(), "--store", store),
                "does not exist");
        assertEquals(List.of(), problems);
        assertTrue(cases.size() + 2 >= 15, "kinds of bad file: " + (cases.size() + 2));
        try (LocalityStore s = Stores.open(store)) {
            assertEquals(assetsBefore, s.all(StandardKinds.ASSET).size(), "the store is unchanged");
            assertTrue(s.get(StandardKinds.ASSET, "a-bad").isEmpty() && s.get(StandardKinds.PERSON, "p-bad").isEmpty()
                    && s.get(StandardKinds.ORGANISATION, "o-bad").isEmpty() && s.get(StandardKinds.GRANT, "g-bad").isEmpty()
                    && s.get(StandardKinds.GRANT_SCHEME, "gp-bad").isEmpty() && s.get(StandardKinds.ORGANISATION, "x").isEmpty());
        }
    }

    private static void check(List<String> problems, String name, Cli r, String expected) {
        if (r.exit() != 1) {
            problems.add(name + ": exit " + r.exit());
        }
        if (!r.err().contains(expected)) {
            problems.add(name + ": expected '" + expected + "' in " + r.err());
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception")) {
            problems.add(name + ": a stack trace or exception name reached the user: " + r.err());
        }
        if (r.err().length() > 2_000) {
            problems.add(name + ": a message of " + r.err().length() + " characters");
        }
    }
}
