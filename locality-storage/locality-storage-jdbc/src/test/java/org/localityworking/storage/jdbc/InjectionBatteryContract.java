package org.localityworking.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Tangibility;
import org.localityworking.core.model.TransferStatus;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.tck.SampleData;

/**
 * The injection battery: hostile strings stored as names and descriptions round-trip byte-identical,
 * used as query values they match nothing and break nothing, and the schema is unchanged afterwards.
 */
abstract class InjectionBatteryContract {
    @TempDir
    Path dir;

    abstract String freshLocation(Path dir);

    @Test
    void hostileStringsRoundTripAndLeaveTheSchemaAlone() throws Exception {
        List<String> hostile = HostileStrings.all();
        assertTrue(hostile.size() >= 100, "battery size " + hostile.size());
        try (Opened opened = Opened.open(freshLocation(dir))) {
            LocalityStore store = opened.store();
            SampleData.saveAll(store);
            List<String> before = JdbcSchemaContract.schemaObjects(opened);
            store.runInTransaction(u -> {
                for (int i = 0; i < hostile.size(); i++) {
                    String s = hostile.get(i);
                    u.save(StandardKinds.ORGANISATION, new Organisation("h-" + i, s, Sector.VCSE, OrganisationKind.OTHER,
                            Optional.of(SampleData.OTAS)), 0);
                    u.save(StandardKinds.ASSET, new Asset("ha-" + i, SampleData.OTAS, Optional.empty(), s, s + " / " + s,
                            AssetCategory.ASSOCIATIONS, Tangibility.INTANGIBLE, Optional.empty(), false,
                            TransferStatus.NOT_APPLICABLE, Optional.empty(), Optional.empty()), 0);
                }
            });
            for (int i = 0; i < hostile.size(); i++) {
                String s = hostile.get(i);
                Organisation o = store.get(StandardKinds.ORGANISATION, "h-" + i).orElseThrow().value();
                assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), o.name().getBytes(StandardCharsets.UTF_8),
                        "organisation name " + i);
                Asset a = store.get(StandardKinds.ASSET, "ha-" + i).orElseThrow().value();
                assertArrayEquals((s + " / " + s).getBytes(StandardCharsets.UTF_8),
                        a.description().getBytes(StandardCharsets.UTF_8), "asset description " + i);
                assertEquals(s, a.name());
                // As query values they select nothing and break nothing.
                assertEquals(List.of(), store.query(StandardKinds.ASSET, Query.all().locality(s)));
                assertEquals(List.of(), store.query(StandardKinds.ASSET, Query.all().with(Dimension.CATEGORY, s)));
                assertEquals(List.of(), store.query(StandardKinds.LOCALITY, Query.all().ward(s)));
            }
            assertEquals(before, JdbcSchemaContract.schemaObjects(opened), "the schema changed");
            assertEquals(3 + hostile.size(), store.all(StandardKinds.ASSET).size());
            assertEquals(2, store.all(StandardKinds.PERSON).size(), "no person was deleted");
        }
    }
}
