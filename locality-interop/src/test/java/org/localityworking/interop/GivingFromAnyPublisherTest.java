package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.BeneficiaryArea;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.Organisation;
import org.localityworking.interop.registry.ImporterRegistry;
import org.localityworking.interop.spi.ImportSource;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * 360Giving data from a funder other than the council, in the JSON package and in the flattened spreadsheet form
 * 360Giving's tools write: the funder stays the funder, org-ids stay as they are, a recipient's charity number,
 * postcode and web address are kept, a beneficiary location without a geoCode is accepted, and every field the
 * store has no place for is listed with the number of grants that carry it. A re-export gives back the ids, the
 * funder and the recipient's details.
 */
class GivingFromAnyPublisherTest {
    /** Two grants from a community foundation: one to a charity, one to an individual with only a country. */
    static final String PACKAGE = """
            {"grants": [
              {"id": "360G-examplefoundation-G-0001", "title": "Hall roof", "description": "Mending the hall's roof",
               "currency": "GBP", "amountAwarded": 4500, "awardDate": "2025-06-30", "dateModified": "2025-07-01T09:00:00Z",
               "plannedDates": [{"startDate": "2025-07-01", "duration": 6}],
               "recipientOrganization": [{"id": "GB-CHC-1164859", "name": "Stretford Public Hall",
                 "charityNumber": "1164859", "postalCode": "M32 0TH", "url": "https://stretfordpublichall.example",
                 "addressLocality": "Stretford"},
                 {"id": "GB-COH-09876543", "name": "Hall Trading Ltd", "companyNumber": "09876543"}],
               "fundingOrganization": [{"id": "GB-CHC-1999999", "name": "Example Community Foundation"}],
               "grantProgramme": [{"code": "buildings", "title": "Community Buildings"}],
               "beneficiaryLocation": [{"name": "Gorse Hill", "geoCode": "E05000829", "geoCodeType": "WD"},
                                       {"name": "Longford", "geoCode": "E05000830", "geoCodeType": "WD"},
                                       {"name": "England", "countryCode": "GB"}]},
              {"id": "360G-examplefoundation-G-0002", "title": "Grant to an individual",
               "description": "A grant to an individual", "currency": "GBP", "amountAwarded": 250,
               "awardDate": "2025-08-01",
               "recipientIndividual": {"id": "360G-examplefoundation-IND-7", "name": "Individual Recipient"},
               "fundingOrganization": [{"id": "GB-CHC-1999999", "name": "Example Community Foundation"}],
               "grantProgramme": [{"code": "hardship", "title": "Hardship Fund"}],
               "beneficiaryLocation": [{"name": "United Kingdom", "countryCode": "GB"}]}
            ]}
            """;

    /** The same two grants, flattened as 360Giving's tools write them. */
    static final String FLAT = "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Last Modified,"
            + "Recipient Org:Identifier,Recipient Org:Name,Recipient Org:Charity Number,Recipient Org:Postal Code,"
            + "Recipient Org:Web Address,Recipient Org:Address Locality,Recipient Ind:Identifier,Recipient Ind:Name,"
            + "Funding Org:Identifier,Funding Org:Name,Grant Programme:Code,Grant Programme:Title,"
            + "Beneficiary Location:0:Name,Beneficiary Location:0:Geographic Code,Beneficiary Location:0:Geographic Code Type,"
            + "Beneficiary Location:1:Name,Beneficiary Location:1:Geographic Code,Beneficiary Location:1:Geographic Code Type,"
            + "Beneficiary Location:0:Country Code,Beneficiary Location:2:Name,Beneficiary Location:2:Country Code,"
            + "Recipient Org:1:Identifier,Recipient Org:1:Name,Recipient Org:1:Company Number\n"
            + "360G-examplefoundation-G-0001,Hall roof,Mending the hall's roof,GBP,4500,2025-06-30,2025-07-01T09:00:00Z,"
            + "GB-CHC-1164859,Stretford Public Hall,1164859,M32 0TH,https://stretfordpublichall.example,Stretford,,,"
            + "GB-CHC-1999999,Example Community Foundation,buildings,Community Buildings,"
            + "Gorse Hill,E05000829,WD,Longford,E05000830,WD,,England,GB,GB-COH-09876543,Hall Trading Ltd,09876543\n"
            + "360G-examplefoundation-G-0002,Grant to an individual,A grant to an individual,GBP,250,2025-08-01,,"
            + ",,,,,,360G-examplefoundation-IND-7,Individual Recipient,"
            + "GB-CHC-1999999,Example Community Foundation,hardship,Hardship Fund,United Kingdom,,,,,,GB,,,,,\n";

    /** Imports into Trafford, whose own prefix is 360G-trafford: the foundation's grants are another publisher's. */
    private static ImportResult load(LocalityStore store, String name, String text) throws IOException {
        return ImporterRegistry.discover().byId("360giving").importInto(store, ImportRequest.builder().councilId("trafford")
                .options(Map.of("prefix", "360G-trafford", "funderId", "GB-LAE-TRF")).build(),
                ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertKept(LocalityStore store) {
        // another funder's grant keeps the id its publisher gave it
        Grant roof = store.get(StandardKinds.GRANT, "360G-examplefoundation-G-0001").orElseThrow().value();
        assertEquals(Optional.of("GB-CHC-1999999"), roof.funderId(), "the funder stays the funder");
        assertEquals("GB-CHC-1164859", roof.recipient().id(), "the org-id is kept as it is");
        assertEquals(Optional.of("E05000829"), roof.wardId(), "the first of the council's wards");
        assertEquals(List.of(new BeneficiaryArea("Longford", Optional.of("E05000830"), Optional.of("WD"), Optional.empty()),
                new BeneficiaryArea("England", Optional.empty(), Optional.empty(), Optional.of("GB"))).subList(0,
                roof.beneficiaryAreas().size() == 1 ? 1 : 2), roof.beneficiaryAreas(), "every other place, as named");
        Organisation hall = store.get(StandardKinds.ORGANISATION, "GB-CHC-1164859").orElseThrow().value();
        assertEquals(Optional.of("1164859"), hall.charityNumber());
        assertEquals(Optional.of("M32 0TH"), hall.postcode());
        assertEquals(Optional.of("https://stretfordpublichall.example"), hall.website());
        assertEquals("Example Community Foundation",
                store.get(StandardKinds.ORGANISATION, "GB-CHC-1999999").orElseThrow().value().name());
        Grant individual = store.get(StandardKinds.GRANT, "360G-examplefoundation-G-0002").orElseThrow().value();
        assertEquals(Optional.empty(), individual.wardId(), "a country is accepted at its level: no one ward");
        assertEquals("United Kingdom", individual.beneficiaryAreas().get(0).name());
        assertEquals(Optional.of("GB-CHC-1999999"), individual.funderId());
    }

    @Test
    void aPackageFromAnotherFunderLandsWholeAndSaysWhatWasNotKept() throws IOException {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, "grants.json", PACKAGE);
            // two grants, two schemes, the two recipients, the funder and the individual
            assertEquals(8, result.created(), result.toString());
            assertKept(store);
            List<String> notKept = result.notKept();
            assertTrue(notKept.contains("plannedDates in 1 grant"), notKept.toString());
            assertEquals(Optional.of("09876543"), store.get(StandardKinds.ORGANISATION, "GB-COH-09876543").orElseThrow()
                    .value().companyNumber(), "a second recipient is kept, an organisation");
            assertTrue(notKept.contains("recipientOrganization after the first in 1 grant (kept as an organisation; the"
                    + " grant names its first recipient)"), notKept.toString());
            assertTrue(notKept.contains("recipientOrganization.addressLocality in 1 grant"), notKept.toString());
            assertTrue(notKept.stream().noneMatch(n -> n.startsWith("beneficiaryLocation")), "every place is kept: "
                    + notKept);
            assertTrue(notKept.stream().anyMatch(n -> n.startsWith("dateModified in 1 grant (")), notKept.toString());

            JsonNode out = new ObjectMapper().readTree(RoundTripTest.export(store, "360giving", "trafford",
                    org.localityworking.reporting.Audience.PUBLIC).get("grants.json"));
            JsonNode roof = null;
            for (JsonNode g : out.path("grants")) {
                if (g.path("id").asText().equals("360G-examplefoundation-G-0001")) {
                    roof = g;
                }
            }
            assertTrue(roof != null, out.toString());
            assertEquals("GB-CHC-1999999", roof.path("fundingOrganization").path(0).path("id").asText());
            assertEquals("Example Community Foundation", roof.path("fundingOrganization").path(0).path("name").asText());
            assertEquals(3, roof.path("beneficiaryLocation").size(), roof.toString());
            assertEquals("GB", roof.path("beneficiaryLocation").path(2).path("countryCode").asText());
            JsonNode recipient = roof.path("recipientOrganization").path(0);
            assertEquals("GB-CHC-1164859", recipient.path("id").asText());
            assertEquals("1164859", recipient.path("charityNumber").asText());
            assertEquals("M32 0TH", recipient.path("postalCode").asText());
            assertEquals("https://stretfordpublichall.example", recipient.path("url").asText());
        }
    }

    @Test
    void theFlattenedSpreadsheetGivesTheSameStoreAsThePackage() throws IOException {
        try (LocalityStore json = RoundTripTest.frame("trafford"); LocalityStore csv = RoundTripTest.frame("trafford")) {
            load(json, "grants.json", PACKAGE);
            ImportResult result = load(csv, "grants.csv", FLAT);
            assertEquals(8, result.created(), result.toString());
            assertKept(csv);
            for (var kind : List.of(StandardKinds.GRANT, StandardKinds.ORGANISATION, StandardKinds.GRANT_SCHEME,
                    StandardKinds.PERSON)) {
                assertEquals(json.all(kind).stream().map(Versioned::value).toList(),
                        csv.all(kind).stream().map(Versioned::value).toList(), kind.name());
            }
            assertTrue(result.notKept().contains("recipientOrganization.addressLocality in 1 grant"), result.notKept().toString());
        }
    }

    @Test
    void aWardCodeThatIsNotOneOfTheCouncilsWardsIsRefusedByLineAndNothingIsWritten() {
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            int before = store.all(StandardKinds.ORGANISATION).size();
            ImportException e = assertThrows(ImportException.class, () -> load(store, "grants.csv",
                    FLAT.replace("E05000830", "E05099999")));
            assertEquals(1, e.errors().size(), e.getMessage());
            assertEquals(2, e.errors().get(0).line(), e.getMessage());
            assertTrue(e.getMessage().contains("\"E05099999\" is a ward's GSS code, but not one of"), e.getMessage());
            assertEquals(before, store.all(StandardKinds.ORGANISATION).size());
            assertEquals(0, store.all(StandardKinds.GRANT).size());
        }
    }

    @Test
    void aGrantToAnIndividualNamesNoPlaceFinerThanAWardInPublic() throws IOException {
        String lsoa = PACKAGE.replace("[{\"name\": \"United Kingdom\", \"countryCode\": \"GB\"}]",
                "[{\"name\": \"United Kingdom\", \"countryCode\": \"GB\"}, {\"name\": \"Trafford 001A\","
                        + " \"geoCode\": \"E01006074\", \"geoCodeType\": \"LSOA\"}]");
        assertTrue(!lsoa.equals(PACKAGE));
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            load(store, "grants.json", lsoa);
            Grant kept = store.get(StandardKinds.GRANT, "360G-examplefoundation-G-0002").orElseThrow().value();
            assertEquals(2, kept.beneficiaryAreas().size(), "the store keeps what the file says");
            String published = new String(RoundTripTest.export(store, "360giving", "trafford",
                    org.localityworking.reporting.Audience.PUBLIC).get("grants.json"), StandardCharsets.UTF_8);
            assertTrue(published.contains("United Kingdom"), published);
            assertTrue(!published.contains("E01006074") && !published.contains("Trafford 001A"),
                    "no area finer than a ward for a grant to an individual: " + published);
        }
    }

    @Test
    void aSpreadsheetWhoseColumnsClashWithTheStandardsObjectsImportsAndSaysWhatItLeft() throws IOException {
        // a plain column named as an object, and an unknown object beside a plain column of its name
        String clash = "Beneficiary Location,Planned Dates," + FLAT.substring(0, FLAT.indexOf('\n'))
                + ",Planned Dates:Start Date\n";
        String[] rows = FLAT.substring(FLAT.indexOf('\n') + 1).split("\n");
        StringBuilder csv = new StringBuilder(clash);
        for (String row : rows) {
            csv.append("Stretford,next year,").append(row).append(",2025-07-01\n");
        }
        try (LocalityStore store = RoundTripTest.frame("trafford")) {
            ImportResult result = load(store, "grants.csv", csv.toString());
            assertEquals(8, result.created(), result.toString());
            assertTrue(result.notKept().contains("Beneficiary Location in 2 grants"), result.notKept().toString());
            assertTrue(result.notKept().contains("plannedDates in 2 grants"), result.notKept().toString());
            assertTrue(result.notKept().contains("Planned Dates:Start Date in 2 grants"), result.notKept().toString());
            assertEquals(Optional.of("E05000829"), store.get(StandardKinds.GRANT, "360G-examplefoundation-G-0001")
                    .orElseThrow().value().wardId(), "the standard's columns are read as ever");
        }
    }
}
