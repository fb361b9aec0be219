package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * Each council's front page says what its figures count: the people who voted at participatory budgeting events
 * and the votes they cast are two figures (each voter casts several votes), each the sum the store holds, as the
 * grants report counts them.
 */
class FrontPageFiguresTest {
    @TempDir
    Path dir;

    private static Map<String, String> figures(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Map<String, String> out = new LinkedHashMap<>();
        for (Element figure : doc.select("dl.figures > div")) {
            out.put(figure.selectFirst("dt").text(), figure.selectFirst("dd").text());
        }
        return out;
    }

    @Test
    void votersAndVotesAreTwoFiguresEachTheStoresOwn() throws IOException {
        try (LocalityStore store = Fixture.bothCouncils()) {
            ReportSite.builder().store(store).council("trafford").council("herefordshire").audience(Audience.INTERNAL)
                    .asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED).formats(List.of("html")).build().write(dir);
            for (String council : List.of("trafford", "herefordshire")) {
                int voters = 0;
                int votes = 0;
                for (Versioned<VotingEvent> v : store.query(StandardKinds.VOTING_EVENT, Query.all().council(council))) {
                    voters += v.value().voters();
                    votes += v.value().tallies().stream().mapToInt(VotingEvent.Tally::votes).sum();
                }
                Map<String, String> shown = figures(dir.resolve(council).resolve("index.html"));
                assertEquals(String.format(java.util.Locale.UK, "%,d", voters), shown.get("People who voted at voting events"),
                        council + ": " + shown);
                assertEquals(String.format(java.util.Locale.UK, "%,d", votes), shown.get("Votes cast at voting events"),
                        council + ": " + shown);
                if (council.equals("trafford")) {
                    assertTrue(votes > voters, "each voter casts several votes: " + voters + " voters, " + votes + " votes");
                }
            }
        }
    }

    /**
     * The front page counts the assets each audience may see, in all and locality by locality, as the view answers
     * each locality's question: the site takes the counts from each locality's scope as it writes it, so a scope
     * left out, counted twice or counted in the wrong audience shows here.
     */
    @Test
    void assetsMappedAreTheViewsOwnInAllAndByLocality() throws IOException {
        try (LocalityStore store = Fixture.bothCouncils()) {
            for (Audience audience : Audience.values()) {
                Path root = dir.resolve(audience.name());
                ReportSite.builder().store(store).council("trafford").council("herefordshire").audience(audience)
                        .asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED).formats(List.of("html")).build().write(root);
                for (String council : List.of("trafford", "herefordshire")) {
                    org.localityworking.reporting.spi.LocalityView view = org.localityworking.reporting.run.Reports.view(
                            store, council, audience, Fixture.AS_OF);
                    Path page = root.resolve(council).resolve("index.html");
                    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                    int total = 0;
                    for (Versioned<org.localityworking.core.model.Locality> l : view.query(StandardKinds.LOCALITY,
                            Query.all().council(council))) {
                        int here = view.query(StandardKinds.ASSET, Query.all().locality(l.value().id())).size();
                        total += here;
                        Element item = doc.selectFirst("ul.localities a[href=\"" + l.value().id() + "/index.html\"]").parent();
                        assertTrue(item.text().contains(": " + here + " assets;"), council + " " + audience + ": " + item.text());
                    }
                    assertTrue(total > 0, council);
                    assertEquals(String.format(java.util.Locale.UK, "%,d", total), figures(page).get("Community assets mapped"),
                            council + " " + audience);
                }
            }
        }
    }
}
