package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/**
 * A CSV importer checks each row with the store's own list of what a record refers to ({@code Kind.references})
 * and the kind's own rules, so a row the commit would refuse is named by line and column before anything is
 * written, including the references no importer listed by hand before 1.0: an Asset of Community Value's
 * nominating organisation, a ward of another locality, a role's locality.
 */
class CsvReferencesTest {

    private static ImportException refused(LocalityStore store, String importer, String csv) {
        return assertThrows(ImportException.class, () -> ImporterRegistry.discover().byId(importer).importInto(store,
                ImportRequest.builder().build(), ImportSource.of(importer + ".csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<String> where(ImportException e) {
        return e.errors().stream().map(r -> r.line() + ":" + r.column() + "=" + r.value()).toList();
    }

    @Test
    void anAssetsNominatorThatIsNotStoredIsNamedByLineAndColumn() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportException e = refused(store, "assets", "id,locality,name,description,category,acv_nominated_by,acv_nominated_on\n"
                    + "a-good,sale,Good,A hall,physical,,\n"
                    + "a-acv,sale,Pub,The last pub,physical,org-missing,2015-06-01\n");
            assertEquals(List.of("3:acv_nominated_by=org-missing"), where(e));
            assertEquals(0, store.all(StandardKinds.ASSET).size(), "nothing written");
        }
    }

    @Test
    void aWardOfAnotherLocalityIsNamedByLineAndColumn() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            // E05000829 is Gorse Hill, a ward of Old Trafford & Stretford, not of Sale
            ImportException e = refused(store, "assets", "id,locality,ward,name,description,category\n"
                    + "a-astray,sale,E05000829,Astray,In another locality's ward,physical\n");
            assertEquals(List.of("2:ward=E05000829"), where(e));
            assertEquals(0, store.all(StandardKinds.ASSET).size());
        }
    }

    @Test
    void aRolesLocalityThatIsNotStoredIsNamedByLineAndColumn() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportException e = refused(store, "people", "id,name,roles\n"
                    + "p-1,Ann Example,COMMUNITY_BUILDER@sale\n"
                    + "p-2,Bo Example,COMMUNITY_BUILDER@atlantis\n");
            assertEquals(List.of("3:roles=atlantis"), where(e));
            assertEquals(0, store.all(StandardKinds.PERSON).size());
        }
    }
}
