package org.localityworking.reporting.builtin;

import java.util.List;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.reporting.spi.ReportParameter;
import org.localityworking.storage.Kind;
import org.localityworking.storage.LocalityStore;

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
    public final int spiVersion() {
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
    public final Report build(LocalityStore store, ReportRequest request) {
        Scope scope = Scope.of(store, request);
        List<String> sources = new java.util.ArrayList<>(law);
        sources.addAll(scope.sources(draws));
        return new Report(id, title(scope), scope.subject(), request.audience(), request.generatedAt(), sources,
                sections(scope));
    }

    /** @return the title of this build of the report; the definition's title unless a report words it for the council */
    String title(Scope scope) {
        return title;
    }

    abstract List<Section> sections(Scope scope);
}
