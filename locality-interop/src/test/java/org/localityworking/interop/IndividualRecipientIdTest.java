package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.RecipientKind;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.interop.run.Exporting;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * A grant to an individual names its recipient by an id made for publication, the same for the same person in
 * every 360Giving export of the council, whatever its scope (a locality's or the council's), so that two files
 * imported together do not merge different people; the id shows neither the person's name nor the store's id.
 */
class IndividualRecipientIdTest {

    /** {@return grant id to recipientIndividual id, in the 360Giving export of the council or one locality} */
    private static Map<String, String> recipients(LocalityStore store, Optional<String> locality) throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        Exporting.export(store, ExporterRegistry.discover().byId("360giving"), new ExportRequest("trafford", locality,
                Audience.PUBLIC, RoundTripTest.options("trafford"), RoundTripTest.AS_OF),
                name -> files.computeIfAbsent(name, k -> new ByteArrayOutputStream()));
        JsonNode grants = new ObjectMapper().readTree(files.get("grants.json").toByteArray()).path("grants");
        Map<String, String> out = new HashMap<>();
        grants.forEach(g -> {
            if (g.has("recipientIndividual")) {
                out.put(g.path("id").asText(), g.path("recipientIndividual").path("id").asText());
            }
        });
        return out;
    }

    @Test
    void theSamePersonHasTheSameIdInALocalitysExportAndTheCouncils() throws IOException {
        try (LocalityStore store = RoundTripTest.full("trafford")) {
            Map<String, String> council = recipients(store, Optional.empty());
            Map<String, String> locality = recipients(store, Optional.of("old-trafford-stretford"));
            assertTrue(locality.size() >= 10 && council.size() > locality.size(),
                    "grants to individuals: " + locality.size() + " in the locality, " + council.size() + " in all");
            locality.forEach((grant, id) -> assertEquals(council.get(grant), id, grant));

            // one id per person, different people different ids, and no person's store id in any of them
            Map<String, String> personOf = new HashMap<>();
            Set<String> people = new HashSet<>();
            for (Versioned<Grant> v : store.all(StandardKinds.GRANT)) {
                Grant g = v.value();
                if (g.recipientKind() == RecipientKind.INDIVIDUAL) {
                    String id = council.get("360G-trafford-" + g.id());
                    String before = personOf.putIfAbsent(id, g.recipient().id());
                    assertTrue(before == null || before.equals(g.recipient().id()), id + " names two people");
                    people.add(g.recipient().id());
                    assertFalse(id.toLowerCase(java.util.Locale.ROOT).contains(g.recipient().id().toLowerCase(java.util.Locale.ROOT)), id);
                }
            }
            assertEquals(people.size(), personOf.size(), "as many ids as people");
        }
    }
}
