package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.Ward;
import org.localityworking.core.model.WardPart;
import org.localityworking.storage.Kind;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.codec.RecordCodec;
import org.localityworking.storage.tck.SampleData;

/** The records commits' checks decode and keep for the next checks ({@link DecodedBodies}). */
class DecodedBodiesTest {
    private final RecordCodec codec = RecordCodec.standard();
    private final DecodedBodies bodies = new DecodedBodies();
    private final AtomicInteger decodes = new AtomicInteger();

    private <T> T read(Kind<T> kind, String id, Object body) {
        return bodies.decode(kind, id, body, b -> {
            decodes.incrementAndGet();
            return codec.decode(kind, b instanceof byte[] bytes ? bytes : ((String) b).getBytes(StandardCharsets.UTF_8));
        });
    }

    private static Locality sale(String name) {
        return new Locality("sale", "trafford", name, List.of(WardPart.whole("w1"), WardPart.whole("w2")), true);
    }

    @Test
    void theSameBodyGivesTheRecordDecodedBeforeAndAnyChangedByteADecodeOfItsOwn() {
        Locality first = read(StandardKinds.LOCALITY, "sale", codec.encode(StandardKinds.LOCALITY, sale("Sale")));
        Locality again = read(StandardKinds.LOCALITY, "sale", codec.encode(StandardKinds.LOCALITY, sale("Sale")));
        assertSame(first, again); // a new array with the same bytes
        assertEquals(1, decodes.get());
        Locality renamed = read(StandardKinds.LOCALITY, "sale", codec.encode(StandardKinds.LOCALITY, sale("Salf")));
        assertEquals("Salf", renamed.name());
        assertEquals(2, decodes.get());
        // the changed record replaced the one kept: the old body is decoded again, never taken for the new
        assertEquals("Sale", read(StandardKinds.LOCALITY, "sale", codec.encode(StandardKinds.LOCALITY, sale("Sale"))).name());
        assertEquals(3, decodes.get());
        // text (PostgreSQL's body) is compared as text
        String text = codec.encodeText(StandardKinds.LOCALITY, sale("Sale"));
        Locality fromText = read(StandardKinds.LOCALITY, "sale", text);
        assertSame(fromText, read(StandardKinds.LOCALITY, "sale", new String(text.toCharArray())));
        assertEquals(4, decodes.get());
    }

    @Test
    void recordsAreKeptByKindAndIdSoAnotherRecordWithTheSameBodyIsItsOwn() {
        Ward ward = new Ward("w1", "trafford", "Ashton", Optional.empty(), Optional.empty(), Optional.empty());
        byte[] body = codec.encode(StandardKinds.WARD, ward);
        Ward kept = read(StandardKinds.WARD, "w1", body);
        assertNotSame(kept, read(StandardKinds.WARD, "w1-copy", body));
        assertEquals(2, decodes.get());
    }

    @Test
    void onlyTheLibrarysKindsThatHoldNothingAboutAPersonAreKept() {
        assertTrue(DecodedBodies.keeps(StandardKinds.LOCALITY));
        assertTrue(DecodedBodies.keeps(StandardKinds.WARD));
        for (Kind<?> kind : List.of(StandardKinds.PERSON, StandardKinds.STORY, StandardKinds.GRANT, StandardKinds.ASSET)) {
            assertFalse(DecodedBodies.keeps(kind), kind.name()); // people, free text, or a person among the keys
        }
        SampleData.Sample<?> person = SampleData.all().stream().filter(s -> s.kind() == StandardKinds.PERSON).findFirst()
                .orElseThrow();
        readTwice(person);
        assertEquals(2, decodes.get());
        assertEquals(0, bodies.size());
    }

    private <T> void readTwice(SampleData.Sample<T> s) {
        byte[] body = codec.encode(s.kind(), s.value());
        assertNotSame(read(s.kind(), s.id(), body), read(s.kind(), s.id(), body));
    }

    /**
     * Through the store: a check that kept a locality, then another store on the same file (another process, as far
     * as this one knows) takes a ward out of it, then the next check must see the locality as stored now.
     */
    @Test
    void aCheckSeesARecordAnotherWriterChangedAfterAnEarlierCheckKeptIt(@TempDir Path dir) {
        String location = "sqlite:" + dir.resolve("kept.db");
        Council council = (Council) SampleData.all().stream().filter(s -> s.kind() == StandardKinds.COUNCIL)
                .findFirst().orElseThrow().value();
        Ward w1 = new Ward("w1", council.id(), "Ashton", Optional.empty(), Optional.empty(), Optional.empty());
        Ward w2 = new Ward("w2", council.id(), "Brooklands", Optional.empty(), Optional.empty(), Optional.empty());
        Locality both = new Locality("sale", council.id(), "Sale", List.of(WardPart.whole("w1"), WardPart.whole("w2")), true);
        try (LocalityStore store = Stores.open(location); LocalityStore other = Stores.open(location)) {
            store.runInTransaction(u -> {
                u.save(StandardKinds.COUNCIL, council, 0);
                u.save(StandardKinds.WARD, w1, 0);
                u.save(StandardKinds.WARD, w2, 0);
                u.save(StandardKinds.LOCALITY, both, 0);
            });
            store.runInTransaction(u -> u.save(StandardKinds.ASSET, asset("a1"), 0)); // the check keeps the locality
            other.runInTransaction(u -> u.save(StandardKinds.LOCALITY,
                    new Locality("sale", council.id(), "Sale", List.of(WardPart.whole("w2")), true), 1));
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> store.runInTransaction(u -> u.save(StandardKinds.ASSET, asset("a2"), 0)));
            assertEquals("w1", refused.value());
            assertTrue(store.get(StandardKinds.ASSET, "a2").isEmpty());
        }
    }

    private static Asset asset(String id) {
        return new Asset(id, "sale", Optional.of("w1"), "Bowling green", "A green by the park", AssetCategory.PHYSICAL,
                Tangibility.TANGIBLE, Optional.empty(), false, TransferStatus.NOT_APPLICABLE, Optional.empty(),
                Optional.empty());
    }

    @Test
    void atMostTheBoundIsKept() {
        for (int i = 0; i < DecodedBodies.KEPT * 3; i++) {
            Ward w = new Ward("w" + i, "trafford", "Ward " + i, Optional.empty(), Optional.empty(), Optional.empty());
            read(StandardKinds.WARD, w.id(), codec.encode(StandardKinds.WARD, w));
            assertTrue(bodies.size() <= DecodedBodies.KEPT, () -> bodies.size() + " kept");
        }
    }
}
