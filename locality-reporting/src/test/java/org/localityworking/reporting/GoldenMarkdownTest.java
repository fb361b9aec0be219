package org.localityworking.reporting;

import org.localityworking.reporting.run.Reports;

import org.localityworking.reporting.fixture.BothCouncilsTest;
import org.localityworking.reporting.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files pin the Markdown of four reports. After an intended change, regenerate them with
 * {@code mvn test -pl locality-reporting -Dtest=GoldenMarkdownTest -Dgolden.update=true} and review the diff.
 */
class GoldenMarkdownTest extends BothCouncilsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({
        "asset-map, trafford, sale, INTERNAL",
        "grants, trafford, old-trafford-stretford, PUBLIC",
        "gap-analysis, herefordshire, '', INTERNAL",
        "governance-update, trafford, '', PUBLIC"})
    void markdownMatchesTheGoldenFile(String report, String council, String locality, Audience audience) throws IOException {
        ReportRequest request = Fixture.request(council, Optional.ofNullable(locality).filter(s -> !s.isBlank()), audience);
        String md = Fixture.render(Reports.build(store, Fixture.REPORTS.byId(report), request), Fixture.FORMATS.byId("markdown"));
        Path file = GOLDEN.resolve(report + "-" + council + (locality == null || locality.isBlank() ? "" : "-" + locality)
                + "-" + audience.name().toLowerCase(java.util.Locale.ROOT) + ".md");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), md, "golden file " + file);
    }
}
