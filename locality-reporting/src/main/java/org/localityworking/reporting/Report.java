package org.localityworking.reporting;

import java.time.Instant;
import java.util.List;
import org.localityworking.core.internal.Checks;

/**
 * A report, ready to render in any format.
 *
 * @param reportId    the definition that built it
 * @param title       its title
 * @param subject     what it is about (a locality or a council, by name)
 * @param audience    who it is for
 * @param generatedAt when it was generated
 * @param sources     the source documents it draws on (seed files, standards)
 * @param sections    its sections, in order
 */
public record Report(String reportId, String title, String subject, Audience audience, Instant generatedAt,
                     List<String> sources, List<Section> sections) {
    public Report {
        Checks.id("Report.reportId", reportId);
        Checks.name("Report.title", title);
        Checks.name("Report.subject", subject);
        Checks.present("Report.audience", audience);
        Checks.present("Report.generatedAt", generatedAt);
        sources = Checks.list("Report.sources", sources);
        sections = Checks.list("Report.sections", sections);
    }
}
