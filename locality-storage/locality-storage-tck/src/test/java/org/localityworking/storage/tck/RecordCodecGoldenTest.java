package org.localityworking.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.CouncilConfiguration;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.Terminology;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.codec.RecordCodec;

/**
 * Golden files for the record codec: every sample record of every kind, as each format wrote it, is kept under
 * {@code src/test/resources/golden/record-format-N/KIND/ID.json}. Today's codec must read every format's files
 * back to today's records (a component a format lacks reads as its default), and must write the current format
 * byte for byte; a change to what the codec writes is a new format version, with its own golden files, and the
 * old ones must keep reading. Run once with {@code -Dgolden.write=true} to add the current format's files of a
 * new sample record (never to change existing ones), then again without it: the files are read from the test
 * class path.
 */
class RecordCodecGoldenTest {
    private static final int CURRENT = RecordCodec.FORMAT_VERSION;
    private final RecordCodec codec = RecordCodec.standard();

    private static Path dir(int format) {
        return Path.of("src", "test", "resources", "golden", "record-format-" + format);
    }

    private static List<SampleData.Sample<?>> samples() {
        List<SampleData.Sample<?>> all = new ArrayList<>(SampleData.all());
        all.addAll(SampleData.secondCouncil());
        return all;
    }

    /** @return the sample as the format wrote it, if that format had the sample */
    private static java.util.Optional<byte[]> golden(int format, SampleData.Sample<?> sample) throws IOException {
        String resource = "/golden/record-format-" + format + "/" + sample.kind().name() + "/" + sample.id() + ".json";
        try (InputStream in = RecordCodecGoldenTest.class.getResourceAsStream(resource)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
        }
    }

    private static byte[] current(SampleData.Sample<?> sample) throws IOException {
        return golden(CURRENT, sample).orElseThrow(() -> new AssertionError("No golden file of format " + CURRENT
                + " for " + sample + ": run this test once with -Dgolden.write=true to add it (only for a new sample"
                + " record)"));
    }

    @Test
    void everyFormatsGoldenFilesReadBackToTodaysRecords() throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            for (SampleData.Sample<?> s : samples()) {
                Path file = dir(CURRENT).resolve(s.kind().name()).resolve(s.id() + ".json");
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, encode(s));
                }
            }
        }
        int read = 0;
        for (int format = 1; format <= CURRENT; format++) {
            for (SampleData.Sample<?> s : samples()) {
                java.util.Optional<byte[]> bytes = golden(format, s);
                if (bytes.isPresent()) {
                    Object expected = asWrittenIn(format, s.value());
                    assertEquals(expected, codec.decode(s.kind(), bytes.get(), format), "format-" + format
                            + " golden file of " + s);
                    assertEquals(expected, codec.decode(s.kind(), bytes.get()),
                            "format-" + format + " golden file of " + s + ", read as the current format");
                    read++;
                }
            }
        }
        assertTrue(read >= 2 * 45, "golden files read: " + read);
        for (SampleData.Sample<?> s : samples()) {
            current(s);
        }
        java.util.Set<Kind<?>> kinds = new java.util.HashSet<>(StandardKinds.all());
        kinds.add(WarmSpace.KIND);
        assertEquals(kinds, java.util.Set.copyOf(samples().stream().map(s -> s.kind()).toList()),
                "every standard kind, and the kit's own kind, has a golden file");
    }

    /**
     * Today's record as a file of an older format reads back: the components added since then at the defaults
     * their records give an absent value. Format 2 added {@code CouncilConfiguration.publicOfficeRoles} and
     * {@code Terminology.storyCampaign}; format 3 an organisation's description, charity and company numbers,
     * postcode and website.
     */
    private static Object asWrittenIn(int format, Object value) {
        if (format < 3 && value instanceof Organisation o) {
            return new Organisation(o.id(), o.name(), o.sector(), o.kind(), o.localityId());
        }
        if (format >= 2 || !(value instanceof Council council)) {
            return value;
        }
        CouncilConfiguration c = council.configuration();
        Terminology t = c.terminology();
        CouncilConfiguration before = c.toBuilder()
                .terminology(new Terminology(t.locality(), t.localityBody(), t.leadOfficer(), java.util.Optional.empty()))
                .publicOfficeRoles(CouncilConfiguration.DEFAULT_PUBLIC_OFFICE_ROLES).build();
        return new Council(council.id(), council.name(), council.gssCode(), before);
    }

    @Test
    void formatOneFilesAreKeptAsTheyWereWritten() throws IOException {
        // format 1 had no publicOfficeRoles: its council files must not have gained one (they are never rewritten)
        String council = new String(golden(1, samples().get(0)).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(council.startsWith("{\"id\":\"trafford\"") && !council.contains("publicOfficeRoles"), council);
    }

    @Test
    void todaysCodecWritesTheCurrentFormatExactly() throws IOException {
        assertEquals(3, RecordCodec.FORMAT_VERSION, "a new format needs its own golden files beside these");
        for (SampleData.Sample<?> s : samples()) {
            assertEquals(new String(current(s), StandardCharsets.UTF_8), new String(encode(s), StandardCharsets.UTF_8),
                    s + ": what the codec writes changed; that is a new format version (keep the older ones readable)");
        }
    }

    private <T> byte[] encode(SampleData.Sample<T> s) {
        return codec.encode(s.kind(), s.value());
    }

    @Test
    void theTextEncodingIsTheCurrentFormatAsText() throws IOException {
        for (SampleData.Sample<?> s : samples()) {
            assertEquals(new String(current(s), StandardCharsets.UTF_8), encodeText(s), s.toString());
        }
    }

    private <T> String encodeText(SampleData.Sample<T> s) {
        return codec.encodeText(s.kind(), s.value());
    }

    /** A council's own record whose text nothing validates: a lone half of a surrogate pair can reach the codec. */
    public record Jotting(String id, String text) {
    }

    private static final Kind<Jotting> JOTTING = Kind.builder("jotting", Jotting.class, Jotting::id).build();

    @Test
    void theTextEncodingSpellsEveryCharacterAsTheBytesDo() {
        // the UTF-8 writer escapes each half of a surrogate pair (so a lone half survives); the text must say the same
        String[] hostile = {"plain", "caf\u00e9 \u2028\u2029 \u0000\u001f\u007f\u0080\u00ff\u0100\uFFFE\uFFFF",
            "emoji \uD83D\uDE00 and the last plane \uDBFF\uDFFF", "a lone high \uD800 half", "a lone low \uDC00 half",
            "reversed \uDE00\uD83D pair", "<script>&'\"\\/ \t\r\n", "\u0130\u0131 \u00df \u05d0 \u0627 \u4e2d"};
        for (String text : hostile) {
            Jotting j = new Jotting("j1", text);
            String viaBytes = new String(codec.encode(JOTTING, j), StandardCharsets.UTF_8);
            assertEquals(viaBytes, codec.encodeText(JOTTING, j));
            assertEquals(j, codec.decode(JOTTING, codec.encodeText(JOTTING, j).getBytes(StandardCharsets.UTF_8)));
        }
        assertTrue(codec.encodeText(JOTTING, new Jotting("j1", "x\uD800y")).contains("x\\uD800y"));
    }

    @Test
    void anUnknownFormatOrBytesThatAreNotARecordAreClearErrors() {
        byte[] bytes = encode(samples().get(0));
        StorageException newer = assertThrows(StorageException.class, () -> codec.decode(StandardKinds.COUNCIL, bytes, 4));
        assertTrue(newer.getMessage().contains("record format 4") && newer.getMessage().contains("upgrade"),
                newer.getMessage());
        StorageException garbage = assertThrows(StorageException.class,
                () -> codec.decode(StandardKinds.ASSET, "{\"id\": 3".getBytes(StandardCharsets.UTF_8)));
        assertTrue(garbage.getMessage().startsWith("Could not decode an asset record (format 3)"), garbage.getMessage());
    }
}
