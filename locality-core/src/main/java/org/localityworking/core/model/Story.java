package org.localityworking.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.localityworking.core.internal.Checks;

/**
 * A Be Bold ... Be the Difference story (seed 000): how residents responded and became more active.
 * Stories name people, quote them and place them: PUBLIC outputs show a story only when every person it
 * names has an active consent for publication.
 *
 * @param id            identifier
 * @param localityId    the locality
 * @param title         title
 * @param text          the story
 * @param personIds     the people it names, each once
 * @param place         where it happened, if told
 * @param collectedOn   when it was collected
 * @param collectedById the community builder who collected it, if known
 * @param consents      the consents recorded for it
 */
public record Story(String id, String localityId, String title, String text, List<String> personIds,
                    Optional<String> place, LocalDate collectedOn, Optional<String> collectedById,
                    List<Consent> consents) {
    public Story {
        Checks.id("Story.id", id);
        Checks.id("Story.localityId", localityId);
        Checks.name("Story.title", title);
        Checks.text("Story.text", text);
        personIds = Checks.ids("Story.personIds", personIds);
        Checks.optionalName("Story.place", place);
        Checks.present("Story.collectedOn", collectedOn);
        Checks.optionalId("Story.collectedById", collectedById);
        consents = Checks.list("Story.consents", consents);
    }

    /** @return whether every person named has an active consent for the use on the day */
    public boolean isConsentedFor(ConsentUse use, LocalDate day) {
        return personIds.stream().allMatch(p -> consents.stream()
                .anyMatch(c -> c.personId().equals(p) && c.use() == use && c.isActiveOn(day)));
    }
}
