package org.localityworking.interop;

import org.localityworking.reporting.Audience;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.examples.data.Dataset;
import org.localityworking.examples.data.ExampleData;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;

/** No export ever carries an individual grant recipient's name, contact or postcode, nor their internal id. */
class ExportPrivacyTest {
    @Test
    void noExportCarriesAnIndividualRecipient() {
        List<Dataset> data = ExampleData.both();
        try (LocalityStore store = Fixture.store(data)) {
            Set<String> recipients = new java.util.HashSet<>();
            data.forEach(d -> d.all(StandardKinds.GRANT).stream().filter(g -> g.recipientKind() == RecipientKind.INDIVIDUAL)
                    .map(Grant::recipient).forEach(r -> recipients.add(r.id())));
            assertTrue(recipients.size() >= 50, "individual recipients: " + recipients.size());
            List<Person> people = data.stream().flatMap(d -> d.all(StandardKinds.PERSON).stream())
                    .filter(p -> recipients.contains(p.id())).toList();
            int files = 0;
            for (String exporter : List.of("360giving", "openreferral", "geojson")) {
                for (String council : List.of("trafford", "herefordshire")) {
                    for (Audience audience : Audience.values()) {
                        if (exporter.equals("360giving") && council.equals("herefordshire")) {
                            continue; // no grants: refused, nothing written (GivingExportSchemaTest)
                        }
                        Map<String, String> out = ExportFixture.export(store, exporter, council, Optional.empty(), audience);
                        for (Map.Entry<String, String> file : out.entrySet()) {
                            files++;
                            for (Person p : people) {
                                assertFalse(file.getValue().contains(p.name()), exporter + "/" + file.getKey() + " names " + p.name());
                                assertFalse(file.getValue().contains("\"" + p.id() + "\"") || file.getValue().contains("-" + p.id()),
                                        exporter + "/" + file.getKey() + " reveals the internal id " + p.id());
                                p.contact().email().ifPresent(e -> assertFalse(file.getValue().contains(e)));
                            }
                            assertFalse(file.getValue().matches("(?s).*\\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}\\b.*"),
                                    exporter + "/" + file.getKey() + " holds something shaped like a postcode");
                        }
                    }
                }
            }
            assertTrue(files >= 12);
            // The PUBLIC CSV export carries no people list at all.
            Map<String, String> csv = ExportFixture.export(store, "csv", "trafford", Optional.empty(), Audience.PUBLIC);
            assertTrue(csv.keySet().equals(Set.of("assets.csv", "organisations.csv", "manifest.json")), csv.keySet().toString());
        }
    }

    /** Every PUBLIC export of every exporter names nobody but the holders of a public office and the consenting. */
    @Test
    void noPublicExportNamesAnyoneWithoutConsentOrOffice() {
        List<Dataset> data = ExampleData.both();
        Set<String> unconsented = Fixture.unconsentedNames(data);
        assertTrue(unconsented.size() > 60, "names checked: " + unconsented.size());
        try (LocalityStore store = Fixture.store(data)) {
            int files = 0;
            for (String exporter : ExportFixture.exporterIds()) {
                for (String council : List.of("trafford", "herefordshire")) {
                    if (exporter.equals("360giving") && council.equals("herefordshire")) {
                        continue; // no grants: refused, nothing written (GivingExportSchemaTest)
                    }
                    if (exporter.equals("snapshot")) {
                        ValidationException refused = assertThrows(ValidationException.class, () -> ExportFixture.export(
                                store, exporter, council, Optional.empty(), Audience.PUBLIC));
                        assertEquals("ExportRequest.audience", refused.field(), "a snapshot is never PUBLIC");
                        continue;
                    }
                    Map<String, String> out = ExportFixture.export(store, exporter, council, Optional.empty(),
                            Audience.PUBLIC);
                    for (Map.Entry<String, String> file : out.entrySet()) {
                        files++;
                        for (String name : unconsented) {
                            assertFalse(file.getValue().contains(name), exporter + "/" + file.getKey() + " names " + name);
                        }
                    }
                }
            }
            assertTrue(files >= 8, "files checked: " + files);
        }
    }
}
