package org.localityworking.reporting.builtin;

import java.util.ArrayList;
import java.util.List;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.Story;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Paragraph;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.Table;
import org.localityworking.storage.StandardKinds;

/**
 * Residents' stories, titled with the council's story campaign where its configuration names one (Trafford's
 * Be Bold ... Be the Difference, seed 000). PUBLIC shows only stories whose people all consented.
 */
public final class StoriesReport extends BuiltInReport {
    /** Creates the report definition. */
    public StoriesReport() {
        super("stories", "Residents' stories",
                "Residents' stories, with the consent of the people in them; the public version shows only stories whose"
                        + " people have all consented to publication.",
                List.of(StandardKinds.STORY));
    }

    @Override
    String title(Scope s) {
        return s.council.configuration().terminology().storyCampaign().map(StoriesReport::titled).orElse(title());
    }

    /**
     * {@return the report's title for a story campaign: the campaign's name, with "stories" after it unless the
     *         name already ends with that word ("Deal stories" stays "Deal stories", never "Deal stories stories")}
     */
    static String titled(String campaign) {
        String last = campaign.strip().replaceAll("[\\p{Punct}\\s]+$", "");
        return last.toLowerCase(java.util.Locale.UK).matches(".*\\bstor(y|ies)$") ? campaign : campaign + " stories";
    }

    @Override
    List<Section> sections(Scope s) {
        // the view gives PUBLIC only the stories it may publish, and counts the others; INTERNAL every story
        List<Story> shown = s.inLocalities(StandardKinds.STORY).stream().filter(st -> s.request.inPeriod(st.collectedOn())).toList();
        List<Story> all = shown;
        long withheld = s.withheldInLocalities(StandardKinds.STORY).stream()
                .filter(w -> w.date().map(s.request::inPeriod).orElse(true)).count();
        List<Block> summary = new ArrayList<>();
        long consented = all.stream().filter(st -> st.isConsentedFor(ConsentUse.PUBLICATION, s.request.asOf())).count();
        if (all.size() + withheld > 0) {
            summary.add(new KeyFigures(List.of(Blocks.figure("Stories collected", all.size() + withheld),
                    Blocks.figure("With consent to publish", consented))));
        }
        if (withheld > 0) {
            summary.add(new Note(Note.Kind.INFO, withheld
                    + " stories are not shown: not everyone in them has consented to publication."));
        }
        if (!s.isPublic() && !all.isEmpty()) {
            summary.add(Table.of("Stories and consent", List.of("Story", "Locality", "Collected", "People", "Publishable"),
                    all.stream().map(st -> Blocks.row(st.title(), s.localityName(st.localityId()), st.collectedOn(),
                            String.join(", ", st.personIds().stream().map(s::personName).toList()),
                            st.isConsentedFor(ConsentUse.PUBLICATION, s.request.asOf()) ? "yes" : "no")).toList()));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Summary", summary));
        if (shown.isEmpty()) {
            sections.add(new Section("Stories", List.of(Note.noData(all.isEmpty() && withheld == 0 ? "No stories recorded here."
                    : "No story here has consent to publish."))));
        }
        for (Story st : shown) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(st.text()));
            blocks.add(new Paragraph(st.place().map(p -> p + ", ").orElse("") + s.localityName(st.localityId())
                    + ", collected " + st.collectedOn()));
            sections.add(new Section(st.title(), blocks));
        }
        return sections;
    }
}
