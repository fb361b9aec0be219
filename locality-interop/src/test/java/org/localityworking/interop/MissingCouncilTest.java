package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * A file can only go into a store that holds its council: an import into a store without it is refused in one
 * line that says how to set the council up, and writes nothing.
 */
class MissingCouncilTest {

    private static void saysHowToSetItUp(ValidationException e) {
        assertTrue(e.getMessage().contains("setup FILE.properties"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void assetsIntoAStoreWithNoCouncilAreRefusedOnceSayingHowToSetOneUp() {
        try (LocalityStore store = Stores.open("memory:")) {
            ValidationException e = assertThrows(ValidationException.class, () -> ImporterRegistry.discover()
                    .byId("assets").importInto(store, ImportRequest.builder().build(), ImportSource.of("assets.csv",
                            "id,locality,name,description,category\na-1,sale,Hall,A hall,physical\n"
                                    .getBytes(StandardCharsets.UTF_8))));
            saysHowToSetItUp(e);
            assertEquals(0, store.all(org.localityworking.storage.StandardKinds.ASSET).size());
        }
    }

    @Test
    void aStandardsFileForACouncilTheStoreDoesNotHoldSaysHowToSetItUp() {
        try (LocalityStore store = RoundTripTest.frame("herefordshire")) {
            for (String importer : new String[] {"360giving", "openreferral"}) {
                ValidationException e = assertThrows(ValidationException.class, () -> ImporterRegistry.discover()
                        .byId(importer).importInto(store, ImportRequest.builder().councilId("trafford")
                                .option("prefix", "360G-trafford").build(),
                                ImportSource.of(importer + ".json", "{}".getBytes(StandardCharsets.UTF_8))));
                assertEquals("ImportRequest.councilId", e.field(), importer);
                saysHowToSetItUp(e);
            }
        }
    }
}
