package org.localityworking.reporting;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Person;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.storage.Dimension;
import org.localityworking.storage.Kind;
import org.localityworking.storage.PersonalData;
import org.localityworking.storage.Reference;
import org.localityworking.storage.StandardKinds;

/** The subject access document: every record about the person, in plain words, and nobody else's details. */
class SubjectAccessTest extends BothCouncilsTest {
    /** A Trafford officer with records of eight kinds (member, builder, trainee, project lead, story collector). */
    static final String AISHA = "p-old-trafford-stretford-agency-0";
    static final Instant AT = Instant.parse("2016-03-01T09:00:00Z");

    private static String render(String formatId, Report report) throws IOException {
        OutputFormat format = FormatRegistry.discover().find(formatId).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everyone else the person's records name: their ids, names and contact details. */
    private static Set<String> othersDetails(String personId) {
        Set<String> details = new LinkedHashSet<>();
        for (PersonalData.Entry e : store.exportPerson(personId).records()) {
            Kind<?> kind = store.kinds().stream().filter(k -> k.name().equals(e.kind())).findFirst().orElseThrow();
            collect(kind, e.record(), personId, details);
        }
        return details;
    }

    private static <T> void collect(Kind<T> kind, Object record, String personId, Set<String> details) {
        T value = kind.type().cast(record);
        Set<String> ids = new LinkedHashSet<>(kind.keys(value, Dimension.PERSON));
        kind.references(value).stream().filter(r -> r.target() == StandardKinds.PERSON).map(Reference::id).forEach(ids::add);
        ids.remove(personId);
        for (String id : ids) {
            details.add(id);
            store.get(StandardKinds.PERSON, id).ifPresent(p -> {
                Person other = p.value();
                details.add(other.name());
                other.contact().email().ifPresent(details::add);
                other.contact().phone().ifPresent(details::add);
            });
        }
    }

    @Test
    void theDocumentHasASectionForEveryKindOfRecordAndNamesNobodyElse() throws IOException {
        PersonalData data = store.exportPerson(AISHA);
        Report report = SubjectAccess.document(store, AISHA, AT);
        assertEquals("Aisha Wright", report.subject());
        Set<String> kinds = new LinkedHashSet<>();
        data.records().forEach(e -> kinds.add(e.kind()));
        assertEquals(8, kinds.size(), "her records are of eight kinds: " + kinds);
        assertEquals(kinds.size() + 2, report.sections().size(), "about, one per kind, your rights");
        Set<String> others = othersDetails(AISHA);
        assertTrue(others.size() >= 10, "her records name others: " + others);
        for (String format : List.of("html", "markdown")) {
            String text = render(format, report);
            assertTrue(text.contains("Aisha Wright"), format);
            assertTrue(text.contains("Locality Partnerships you are a member of"), format);
            assertTrue(text.contains("Why it is kept"), format);
            assertTrue(text.contains("Who can see it"), format);
            assertTrue(text.contains("Your rights"), format);
            for (String other : others) {
                String escaped = format.equals("markdown") ? other.replace("-", "\\-").replace(".", "\\.") : other;
                assertFalse(text.contains(escaped), format + " shows another person's detail: " + other);
            }
        }
    }

    @Test
    void theJsonHoldsEveryRecordAndNoOtherPersonsIdOrName() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubjectAccess.writeJson(store, AISHA, AT, out);
        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals("subject-access", root.path("document").asText());
        assertEquals(AISHA, root.path("personId").asText());
        assertEquals(store.exportPerson(AISHA).records().size(), root.path("records").size());
        assertEquals("person", root.path("records").get(0).path("kind").asText());
        assertEquals("Aisha Wright", root.path("records").get(0).path("record").path("name").asText());
        for (JsonNode r : root.path("records")) {
            assertFalse(r.path("whoCanSee").asText().isBlank(), r.toString());
            assertFalse(r.path("what").asText().isBlank(), "every standard kind with people says what it is: " + r);
        }
        for (String other : othersDetails(AISHA)) {
            assertFalse(text.contains("\"" + other + "\"") || text.contains(other + " "),
                    "the JSON shows another person's detail: " + other);
        }
    }

    @Test
    void aGrantRecipientsDocumentShowsTheGrantAndItsDate() throws IOException {
        String text = render("markdown", SubjectAccess.document(store, "p-m16-1", AT));
        assertTrue(text.contains("Grants the council awarded to you"), text);
        assertTrue(text.contains("Date on the record"), text);
        assertTrue(text.contains("Individual Recipient"), "who can see it says how public reports show it");
    }

    @Test
    void aPersonTheStoreDoesNotHoldIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SubjectAccess.document(store, "p-nobody", AT));
        assertEquals("Person.id", e.field());
        assertEquals("p-nobody", e.value());
    }
}
