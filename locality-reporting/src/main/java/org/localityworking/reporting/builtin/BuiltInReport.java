package org.localityworking.reporting.builtin;

import java.util.List;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.Section;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.reporting.spi.ReportParameter;
import org.localityworking.storage.LocalityStore;

/** What the built-in reports share: their descriptions, parameters and the build around their sections. */
abstract class BuiltInReport implements ReportDefinition {
    private final String id;
    private final String title;
    private final String description;
    private final List<String> sources;

    BuiltInReport(String id, String title, String description, List<String> sources) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.sources = sources;
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
        return new Report(id, title, scope.subject(), request.audience(), request.generatedAt(), sources,
                sections(scope));
    }

    abstract List<Section> sections(Scope scope);
}
