package org.localityworking.reporting.builtin;

import java.util.List;
import org.localityworking.reporting.Block;
import org.localityworking.reporting.Note;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.reporting.spi.ReportParameter;
import org.localityworking.storage.Kind;
import org.localityworking.reporting.spi.ReportContext;
import org.localityworking.storage.StandardKinds;

/**
 * What the built-in reports share: their descriptions, parameters and the build around their sections. A
 * report names the kinds of record it draws on; it cites the council's sources of those kinds (provenance is
 * data: {@link Kind#SOURCE}) and, where a rule it applies is law, that law. No report names a council's
 * documents itself.
 */
abstract class BuiltInReport implements ReportDefinition {
    private final String id;
    private final String title;
    private final String description;
    private final List<Kind<?>> draws;
    private final List<String> law;

    BuiltInReport(String id, String title, String description, List<Kind<?>> draws) {
        this(id, title, description, draws, List.of());
    }

    BuiltInReport(String id, String title, String description, List<Kind<?>> draws, List<String> law) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.draws = List.copyOf(draws);
        this.law = List.copyOf(law);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(ReportParameter.LOCALITY, ReportParameter.PERIOD, ReportParameter.AS_OF);
    }

    @Override
    public final Report build(ReportContext context) {
        ReportRequest request = context.request();
        Scope scope = Scope.of(context);
        List<String> sources = new java.util.ArrayList<>(law);
        sources.addAll(scope.sources(draws));
        List<Section> sections = new java.util.ArrayList<>(sections(scope));
        if (isEmpty(sections)) {
            sections.add(whatToRecord(scope));
        }
        return new Report(id, title(scope), scope.subject(), request.audience(), request.generatedAt(), sources,
                sections);
    }

    /** {@return whether the sections hold nothing but notes (that data is missing, or about the scope): no data} */
    static boolean isEmpty(List<Section> sections) {
        return sections.stream().flatMap(s -> s.blocks().stream()).allMatch(b -> b instanceof Note);
    }

    /** The kinds a council sets up once (its frame and its sources), which an empty report does not ask for. */
    private static final java.util.Set<Kind<?>> FRAME = java.util.Set.of(StandardKinds.COUNCIL, StandardKinds.WARD, StandardKinds.LOCALITY,
            StandardKinds.SOURCE);

    /**
     * @return a section saying, for each kind of record the report draws on, how to record it: the API call and,
     *         where the command-line app imports that kind, the command
     */
    private Section whatToRecord(Scope scope) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (Kind<?> kind : draws) {
            if (FRAME.contains(kind)) {
                continue;
            }
            String constant = kind.name().toUpperCase(java.util.Locale.ROOT);
            blocks.add(new Note(Note.Kind.INFO, "To fill this report for " + scope.subject() + ", record "
                    + kind.name().replace('_', ' ') + " records (kind " + kind.name() + "). API: store.inTransaction(u"
                    + " -> u.save(Kind." + constant + ", record)). Command line: "
                    + IMPORTS.getOrDefault(kind.name(), "locality import snapshot FILE.json") + "."));
        }
        return new Section("What to record", blocks);
    }

    /** The command-line imports that load a kind of record. */
    private static final java.util.Map<String, String> IMPORTS = java.util.Map.of(
            "asset", "locality import assets FILE.csv (or: import openreferral FILE.json)",
            "person", "locality import people FILE.csv",
            "organisation", "locality import organisations FILE.csv",
            "grant", "locality import 360giving FILE.json",
            "grant_scheme", "locality import 360giving FILE.json");

    /** {@return the title of this build of the report; the definition's title unless a report words it for the council} */
    String title(Scope scope) {
        return title;
    }

    abstract List<Section> sections(Scope scope);
}
