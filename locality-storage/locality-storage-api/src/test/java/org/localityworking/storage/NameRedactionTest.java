package org.localityworking.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Removing a person's name from free text, for erasure: whole words, nested records, never ids or keys. */
class NameRedactionTest {
    record Note(String text, Optional<String> aside) {
    }

    record Visit(String id, String hostId, String summary, List<Note> notes) {
    }

    static final Kind<Visit> VISIT = Kind.builder("visit", Visit.class, Visit::id)
            .keys(Dimension.PERSON, v -> List.of(v.hostId()))
            .build();

    private static final String E = Kind.ERASED;

    @Test
    void wholeNamesAndNameWordsGoOtherWordsStay() {
        NameRedaction scrub = NameRedaction.of("Siân O'Brien-Jones", Kind.ERASED);
        assertEquals(E + " hosted; " + E + "'s garden; Siâna came too; obrien-jones is lower case",
                scrub.text("Siân O'Brien-Jones hosted; Siân's garden; Siâna came too; obrien-jones is lower case"));
        assertEquals("Met " + E + " and " + E + ".", scrub.text("Met O'Brien-Jones and Siân."));
    }

    @Test
    void nestedTextIsScrubbedAndIdsAndKeysAreKept() {
        NameRedaction scrub = NameRedaction.of("Amina Okafor", Kind.ERASED);
        // the host id happens to be her first name: as a key it is kept
        Visit visit = new Visit("Amina", "Amina", "Amina Okafor showed us round",
                List.of(new Note("Okafor's tools", Optional.of("ask Amina")), new Note("nothing personal", Optional.empty())));
        Visit after = scrub.record(VISIT, visit);
        assertEquals(new Visit("Amina", "Amina", E + " showed us round",
                List.of(new Note(E + "'s tools", Optional.of("ask " + E)), new Note("nothing personal", Optional.empty()))),
                after);
    }

    @Test
    void aRecordWithoutTheNameIsReturnedAsItWas() {
        Visit visit = new Visit("v-1", "p-1", "A quiet visit", List.of());
        assertSame(visit, NameRedaction.of("Amina Okafor", Kind.ERASED).record(VISIT, visit));
        assertSame(visit, NameRedaction.of(Kind.ERASED, Kind.ERASED).record(VISIT, visit), "an erased name matches nothing");
    }
}
