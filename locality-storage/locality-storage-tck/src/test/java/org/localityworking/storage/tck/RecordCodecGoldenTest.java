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
import org.localityworking.storage.Kind;
import org.localityworking.storage.StorageException;
import org.localityworking.storage.codec.RecordCodec;

/**
 * Golden files for the record codec: every sample record of every kind, as format 1 wrote it, is kept under
 * {@code src/test/resources/golden/record-format-1/KIND/ID.json}. Today's codec must read each back to the
 * same record, and must still write format 1 byte for byte; a change to what the codec writes is a
 * new format version, with its own golden files, and the old ones must keep reading. Run once with
 * {@code -Dgolden.write=true} to add the files of a new sample record (never to change existing ones), then
 * again without it: the files are read from the test class path.
 */
class RecordCodecGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "record-format-1");
    private final RecordCodec codec = RecordCodec.standard();

    private static List<SampleData.Sample<?>> samples() {
        List<SampleData.Sample<?>> all = new ArrayList<>(SampleData.all());
        all.addAll(SampleData.secondCouncil());
        return all;
    }

    private static byte[] golden(SampleData.Sample<?> sample) throws IOException {
        String resource = "/golden/record-format-1/" + sample.kind().name() + "/" + sample.id() + ".json";
        try (InputStream in = RecordCodecGoldenTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No golden file " + resource + ": run this test once with -Dgolden.write=true"
                        + " to add it (only for a new sample record)");
            }
            return in.readAllBytes();
        }
    }

    @Test
    void everyFormatOneGoldenFileReadsBackToItsRecord() throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            for (SampleData.Sample<?> s : samples()) {
                Path file = GOLDEN.resolve(s.kind().name()).resolve(s.id() + ".json");
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, encode(s));
                }
            }
        }
        int read = 0;
        for (SampleData.Sample<?> s : samples()) {
            assertEquals(s.value(), codec.decode(s.kind(), golden(s), 1), "format-1 golden file of " + s);
            read++;
        }
        assertTrue(read >= 45, "golden files read: " + read);
        java.util.Set<Kind<?>> kinds = new java.util.HashSet<>(Kind.standard());
        kinds.add(WarmSpace.KIND);
        assertEquals(kinds, java.util.Set.copyOf(samples().stream().map(s -> s.kind()).toList()),
                "every standard kind, and the kit's own kind, has a golden file");
    }

    @Test
    void todaysCodecStillWritesFormatOneExactly() throws IOException {
        assertEquals(1, RecordCodec.FORMAT_VERSION, "a new format needs its own golden files beside these");
        for (SampleData.Sample<?> s : samples()) {
            assertEquals(new String(golden(s), StandardCharsets.UTF_8), new String(encode(s), StandardCharsets.UTF_8),
                    s + ": what the codec writes changed; that is a new format version (keep format 1 readable)");
        }
    }

    private <T> byte[] encode(SampleData.Sample<T> s) {
        return codec.encode(s.kind(), s.value());
    }

    @Test
    void anUnknownFormatOrBytesThatAreNotARecordAreClearErrors() {
        byte[] bytes = encode(samples().get(0));
        StorageException newer = assertThrows(StorageException.class, () -> codec.decode(Kind.COUNCIL, bytes, 2));
        assertTrue(newer.getMessage().contains("record format 2") && newer.getMessage().contains("upgrade"),
                newer.getMessage());
        StorageException garbage = assertThrows(StorageException.class,
                () -> codec.decode(Kind.ASSET, "{\"id\": 3".getBytes(StandardCharsets.UTF_8)));
        assertTrue(garbage.getMessage().startsWith("Could not decode an asset record (format 1)"), garbage.getMessage());
    }
}
