package org.localityworking.interop;

import org.localityworking.interop.run.Exporting;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.Audience;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;


/** The 360Giving export of the example data validates against the project's 360Giving schema. */
class GivingExportSchemaTest extends BothCouncilsTest {

    @Test
    void traffordsGrantsValidate() throws Exception {
        Map<String, String> files = ExportFixture.export(store, "360giving", "trafford", Optional.empty(), Audience.PUBLIC);
        assertEquals(List.of("grants.json", "grants-summary.csv", "manifest.json"), List.copyOf(files.keySet()));
        assertEquals(java.util.Set.of(), ExportFixture.validate("360giving-package.schema.json", files.get("grants.json")));
        JsonNode grants = ExportFixture.JSON.readTree(files.get("grants.json")).get("grants");
        assertEquals(95, grants.size(), "16 M16 + 34 Make Sale Smile + 45 Voluntary Sector Grants (seeds 000, 002, 003)");
        JsonNode individual = grants.get(0);
        assertEquals("Individual Recipient", individual.path("recipientIndividual").path("name").asText());
        assertEquals("Grant to an individual", individual.path("title").asText());
        assertEquals("WD", individual.path("beneficiaryLocation").get(0).path("geoCodeType").asText());
        assertTrue(individual.path("beneficiaryLocation").get(0).path("geoCode").asText().startsWith("E05"));
        assertEquals("GB-LAE-TRF", individual.path("fundingOrganization").get(0).path("id").asText());
        for (JsonNode g : grants) {
            assertEquals("2016-03-01T09:00:00Z", g.path("dateModified").asText(), "the export's asOf, on every grant");
            assertTrue(g.path("grantProgramme").get(0).path("code").isTextual(), "the scheme's id, to import it back");
        }
        List<List<String>> summary = ExportFixture.parseCsv(files.get("grants-summary.csv"));
        assertEquals(96, summary.size(), "header and 95 grants");
        assertEquals("Identifier", summary.get(0).get(0));
    }

    @Test
    void theSchemaCatchesABrokenGrant() {
        String broken = "{\"grants\":[{\"id\":\"G-1\",\"title\":\"x\",\"description\":\"x\",\"currency\":\"GBP\","
                + "\"amountAwarded\":5,\"awardDate\":\"2015-01-01\",\"dateModified\":\"2016-03-01T09:00:00Z\",\"fundingOrganization\":[{\"id\":\"GB-LAE-TRF\",\"name\":\"T\"}],"
                + "\"recipientIndividual\":{\"id\":\"360G-t-IND-1\",\"name\":\"Jane Smith\"}}]}";
        assertFalse(ExportFixture.validate("360giving-package.schema.json", broken).isEmpty(),
                "a bad id and a named individual must fail validation");
        String grant = "{\"grants\":[{\"id\":\"360G-t-1\",\"title\":\"x\",\"description\":\"x\",\"currency\":\"GBP\","
                + "\"amountAwarded\":5,\"awardDate\":\"2015-01-01\",%s\"fundingOrganization\":[{\"id\":\"%s\",\"name\":\"T\"}],"
                + "\"recipientOrganization\":[{\"id\":\"360G-t-ORG-x\",\"name\":\"X\"}]}]}";
        String modified = "\"dateModified\":\"2016-03-01T09:00:00Z\",";
        assertEquals(java.util.Set.of(), ExportFixture.validate("360giving-package.schema.json",
                String.format(grant, modified, "GB-LAE-TRF")), "the good grant the rules below break one at a time");
        assertFalse(ExportFixture.validate("360giving-package.schema.json", String.format(grant, "", "GB-LAE-TRF"))
                .isEmpty(), "every grant needs dateModified");
        assertFalse(ExportFixture.validate("360giving-package.schema.json", String.format(grant,
                "\"dateModified\":\"1 March 2016\",", "GB-LAE-TRF")).isEmpty(), "dateModified is a date-time");
        assertFalse(ExportFixture.validate("360giving-package.schema.json", String.format(grant, modified,
                "Trafford Council")).isEmpty(), "the funder's id is an org-id");
        assertFalse(ExportFixture.validate("360giving-package.schema.json", "{\"grants\":[]}").isEmpty(),
                "a package holds at least one grant");
    }

    @Test
    void aMissingOrMalformedOptionIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Exporting.export(store, ExportFixture.EXPORTERS.byId("360giving"), new ExportRequest("trafford", Optional.empty(), Audience.PUBLIC, Map.of("prefix", "360G-t")),
                        name -> new java.io.ByteArrayOutputStream()));
        assertEquals("ExportRequest.options.funderId", e.field());
        ValidationException p = assertThrows(ValidationException.class, () -> Exporting.export(store, ExportFixture.EXPORTERS.byId("360giving"), new ExportRequest("trafford", Optional.empty(), Audience.PUBLIC,
                        Map.of("prefix", "trafford", "funderId", "GB-LAE-TRF")), name -> new java.io.ByteArrayOutputStream()));
        assertEquals("trafford", p.value());
    }

    @Test
    void theGeoCodeTypeComesFromTheStandardsCodelistAndTheSchemaEnforcesIt() throws Exception {
        JsonNode grants = ExportFixture.JSON.readTree(ExportFixture.export(store, "360giving", "trafford", Optional.empty(),
                Audience.PUBLIC).get("grants.json")).path("grants");
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (JsonNode g : grants) {
            for (JsonNode l : g.path("beneficiaryLocation")) {
                String code = l.path("geoCode").asText();
                String type = l.path("geoCodeType").asText();
                types.add(type);
                assertEquals(code.startsWith("E05") ? "WD" : "MD", type, code + " (Trafford is E08, a metropolitan district)");
            }
        }
        assertTrue(types.contains("WD"), types.toString());
        String lad = "{\"grants\":[{\"id\":\"360G-t-1\",\"title\":\"x\",\"description\":\"x\",\"currency\":\"GBP\","
                + "\"amountAwarded\":5,\"awardDate\":\"2015-01-01\",\"dateModified\":\"2016-03-01T09:00:00Z\",\"fundingOrganization\":[{\"id\":\"GB-LAE-TRF\",\"name\":\"T\"}],"
                + "\"recipientOrganization\":[{\"id\":\"360G-t-ORG-x\",\"name\":\"X\"}],"
                + "\"beneficiaryLocation\":[{\"name\":\"Trafford\",\"geoCode\":\"E08000009\",\"geoCodeType\":\"%s\"}]}]}";
        assertFalse(ExportFixture.validate("360giving-package.schema.json", String.format(lad, "LAD")).isEmpty(),
                "LAD is not in the codelist");
        assertFalse(ExportFixture.validate("360giving-package.schema.json", String.format(lad, "WD")).isEmpty(),
                "an E08 code is MD, not WD");
        assertEquals(java.util.Set.of(), ExportFixture.validate("360giving-package.schema.json", String.format(lad, "MD")));
    }

    @Test
    void aFunderIdThatIsNotAnOrgIdIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> Exporting.export(store, ExportFixture.EXPORTERS.byId("360giving"), new ExportRequest("trafford", Optional.empty(), Audience.PUBLIC,
                        Map.of("prefix", "360G-t", "funderId", "Trafford Council")), name -> new java.io.ByteArrayOutputStream()));
        assertEquals("ExportRequest.options.funderId", e.field());
        assertEquals("Trafford Council", e.value());
    }

    @Test
    void aCouncilWithNoGrantsGetsAClearRefusalNotAnInvalidPackage() {
        java.util.List<String> written = new java.util.ArrayList<>();
        ValidationException e = assertThrows(ValidationException.class, () -> Exporting.export(store, ExportFixture.EXPORTERS.byId("360giving"), new ExportRequest("herefordshire", Optional.empty(), Audience.PUBLIC,
                        Map.of("prefix", "360G-hfd", "funderId", "GB-LAE-HEF")), name -> {
                    written.add(name);
                    return new java.io.ByteArrayOutputStream();
                }));
        assertTrue(e.rule().contains("no grants to publish"), e.getMessage());
        assertEquals(java.util.List.of(), written, "nothing was written");
    }
}
