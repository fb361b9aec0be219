package org.localityworking.reporting.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.localityworking.core.ValidationException;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Council;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.Grant;
import org.localityworking.core.model.GrantScheme;
import org.localityworking.core.model.Locality;
import org.localityworking.core.model.SuccessMeasure;
import org.localityworking.core.model.VotingEvent;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.core.rules.Gap;
import org.localityworking.core.rules.GapAnalysis;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.BarChart;
import org.localityworking.reporting.KeyFigures;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.reporting.builtin.AssetMapReport;
import org.localityworking.reporting.builtin.Blocks;
import org.localityworking.reporting.format.Nav;
import org.localityworking.reporting.format.SitePages;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.Query;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.Versioned;

/**
 * A site of reports a committee can read: plain files that open from disk, with no server, no scripts and no
 * network. For each council a front page ({@code COUNCIL/index.html}: key figures, what each report answers and
 * whether it has data, the localities), a page per locality ({@code COUNCIL/LOCALITY/index.html}), and every
 * report for the whole council ({@code COUNCIL/council/REPORT.html}) and each locality
 * ({@code COUNCIL/LOCALITY/REPORT.html}), each also in the other formats asked for; a home page
 * ({@code index.html}) lists the councils. Every page has the same layout: breadcrumbs from the home page, and
 * the other reports of its council or locality beside it.
 *
 * <pre>{@code
 * ReportSite.Result site = ReportSite.builder().store(store).council("trafford").audience(Audience.PUBLIC)
 *         .asOf(LocalDate.of(2016, 3, 1)).build().write(Path.of("site"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class ReportSite {
    private final LocalityStore store;
    private final List<String> councils;
    private final Audience audience;
    private final LocalDate asOf;
    private final Instant generatedAt;
    private final List<String> formats;
    private final PluginRegistry<ReportDefinition> reports;

    /**
     * What a site holds.
     *
     * @param index        the home page
     * @param files        every file written, the pages first
     * @param reports      the report renders written, in every format
     * @param withoutData  the report pages that hold no data yet (they say what to record)
     */
    public record Result(Path index, List<Path> files, int reports, int withoutData) {
        /** Copies the list. */
        public Result {
            files = List.copyOf(files);
        }
    }

    private ReportSite(Builder b) {
        this.store = b.store;
        this.councils = List.copyOf(b.councils);
        this.audience = b.audience;
        this.asOf = b.asOf;
        this.generatedAt = b.generatedAt;
        this.formats = List.copyOf(b.formats);
        this.reports = b.reports;
    }

    /** {@return a builder: every council in the store, INTERNAL, as of today, HTML and Markdown, every report} */
    public static Builder builder() {
        return new Builder();
    }

    /** One scope of a council: the whole council, or a locality. */
    private record ScopeOf(String folder, String name, Optional<Locality> locality) {
    }

    /** A report built for a scope, and where its HTML is. */
    private record Built(ReportDefinition definition, Report report, String file) {
        Listed listed() {
            return new Listed(definition, report.title(), report.hasData(), file);
        }
    }

    /**
     * What the pages that link to a report need of it, kept once its scope's pages are written: a council's front
     * page lists every locality's reports, and the reports themselves (a national body's are gigabytes) are not kept
     * for it.
     */
    private record Listed(ReportDefinition definition, String title, boolean hasData, String file) {
    }

    /**
     * The library's view of each council's records for the site's audience and day, one for all its pages, each
     * behind a cache of one scope's answers.
     */
    private final Map<String, ScopeCache> views = new java.util.HashMap<>();

    private void forgetReads() {
        views.values().forEach(ScopeCache::clear);
    }

    private org.localityworking.reporting.spi.LocalityView view(Council council) {
        return views.computeIfAbsent(council.id(),
                id -> new ScopeCache(new org.localityworking.reporting.internal.AudienceView(store, id, audience, asOf)));
    }

    /**
     * Where the pages go: a folder, or memory. Paths are relative to the site's root, with {@code /}. A page is
     * written by its {@link Content} straight into its file, not held whole first (a national body's largest pages
     * are tens of megabytes each).
     */
    private interface Sink {
        void put(String path, Content content) throws IOException;
    }

    /** A page's bytes, written to the stream (which it does not close). */
    private interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** {@return the HTML text as a page's content, in UTF-8} */
    private static Content utf8(String html) {
        return out -> SitePages.utf8(html, out);
    }

    /**
     * Writes the site into the folder (made if missing).
     *
     * @param folder the site's root
     * @return what was written
     * @throws ValidationException when a council is not in the store or a format is unknown
     * @throws IOException when a file cannot be written
     */
    public Result write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        int[] counts = emit((path, content) -> {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException | Error e) {
                try {
                    Files.deleteIfExists(file); // no page half written: a failed page leaves no file behind
                } catch (IOException notDeleted) {
                    e.addSuppressed(notDeleted); // the page's own failure is the one reported
                }
                throw e;
            }
            files.add(file);
        });
        Path index = folder.resolve("index.html");
        files.remove(index);
        files.add(0, index);
        return new Result(index, files, counts[0], counts[1]);
    }

    /**
     * Renders the site in memory, for an application that serves it (each call reads the store afresh, through a
     * new view: build a new {@code ReportSite} for each render).
     *
     * @return every page and file of the site by its path from the site's root ({@code index.html},
     *         {@code trafford/sale/asset-map.html}, ...), the home page first, as {@link #write} would write them
     * @throws ValidationException when a council is not in the store or a format is unknown
     */
    public Map<String, byte[]> render() {
        Map<String, byte[]> made = new LinkedHashMap<>();
        try {
            emit((path, content) -> {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                content.writeTo(bytes);
                made.put(path, bytes.toByteArray());
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("rendering in memory does no I/O", e);
        }
        Map<String, byte[]> pages = new LinkedHashMap<>();
        pages.put("index.html", made.remove("index.html"));
        pages.putAll(made);
        return java.util.Collections.unmodifiableMap(pages);
    }

    /** Renders every page into the sink, the home page last; {@return the report renders and pages without data} */
    private int[] emit(Sink sink) throws IOException {
        PluginRegistry<OutputFormat> known = FormatRegistry.discover();
        List<OutputFormat> others = new ArrayList<>();
        for (String f : formats) {
            if (!f.equals("html")) {
                others.add(known.byId(f));
            }
        }
        List<Council> all = new ArrayList<>();
        for (String id : councils.isEmpty() ? store.all(StandardKinds.COUNCIL).stream().map(v -> v.value().id()).toList() : councils) {
            all.add(store.get(StandardKinds.COUNCIL, id).map(Versioned::value).orElseThrow(() ->
                    new ValidationException("ReportSite.councils", id, "must name a council in the store")));
        }
        int renders = 0;
        int empty = 0;
        Map<Council, List<KeyFigures.Figure>> headline = new LinkedHashMap<>();
        for (Council council : all) {
            List<ScopeOf> scopes = new ArrayList<>();
            scopes.add(new ScopeOf("council", council.name() + " (whole council)", Optional.empty()));
            for (Versioned<Locality> l : view(council).query(StandardKinds.LOCALITY, Query.all().council(council.id()))) {
                scopes.add(new ScopeOf(l.value().id(), l.value().name(), Optional.of(l.value())));
            }
            String councilDir = council.id() + "/";
            // scope by scope: build its reports, write its pages, keep only what the front page lists
            Map<ScopeOf, List<Listed>> listed = new LinkedHashMap<>();
            AssetTally tally = new AssetTally();
            for (ScopeOf scope : scopes) {
                forgetReads(); // each scope's reports share its reads; the next scope's are others
                ReportRequest.Builder request = ReportRequest.builder().councilId(council.id()).audience(audience)
                        .asOf(asOf).generatedAt(generatedAt);
                scope.locality().ifPresent(l -> request.localityId(l.id()));
                List<Built> built = new ArrayList<>();
                for (ReportDefinition def : reports.all()) {
                    built.add(new Built(def, org.localityworking.reporting.run.Reports.build(view(council), def, request.build()),
                            def.id() + ".html"));
                }
                List<Listed> list = built.stream().map(Built::listed).toList();
                String dir = councilDir + scope.folder() + "/";
                for (Built b : built) {
                    List<Nav.Link> alternates = new ArrayList<>();
                    for (OutputFormat f : others) {
                        String name = b.definition().id() + "." + f.fileExtension();
                        sink.put(dir + name, out -> f.render(b.report(), out));
                        renders++;
                        alternates.add(new Nav.Link(label(f.id()), name, false));
                    }
                    Nav nav = new Nav(trail(council, scope, Optional.of(b.report().title()), 2), siblings(list,
                            b.definition().id(), scope), alternates, "Reports for " + scope.name());
                    sink.put(dir + b.file(), out -> SitePages.report(b.report(), nav, out));
                    renders++;
                    empty += b.report().hasData() ? 0 : 1;
                }
                if (scope.locality().isPresent()) {
                    sink.put(dir + "index.html", utf8(localityPage(council, scope, built, list)));
                    // the front page's counts of the locality's assets, while the scope's answers are in its cache
                    // (its asset map asked the same question): not a second read of every asset after the last scope
                    tally.add(view(council).query(StandardKinds.ASSET, Query.all().locality(scope.locality().get().id())));
                }
                listed.put(scope, list);
            }
            forgetReads();
            List<Locality> localities = listed.keySet().stream().flatMap(s -> s.locality().stream()).toList();
            AssetCounts assets = tally.counts(); // read once, for the figures and the chart
            List<KeyFigures.Figure> figures = councilFigures(council, localities, assets);
            headline.put(council, figures);
            sink.put(councilDir + "index.html", utf8(frontPage(council, listed, figures, assets)));
        }
        forgetReads();
        sink.put("index.html", utf8(home(headline)));
        return new int[] {renders, empty};
    }

    private static String label(String formatId) {
        return switch (formatId) {
            case "markdown" -> "Markdown";
            case "csv" -> "CSV";
            case "json" -> "JSON";
            default -> formatId;
        };
    }

    /**
     * @param depth how many folders below the site's root the page is (0 home, 1 a council's front page, 2 a
     *              scope's page or report)
     * @return home, council, locality and (for a report) the report, the last marked as the page itself
     */
    private static List<Nav.Link> trail(Council council, ScopeOf scope, Optional<String> report, int depth) {
        String up = "../".repeat(depth);
        List<Nav.Link> links = new ArrayList<>();
        links.add(new Nav.Link("All councils", up + "index.html", false));
        links.add(new Nav.Link(council.name(), up + council.id() + "/index.html", scope == null && report.isEmpty()));
        if (scope != null && scope.locality().isPresent()) {
            links.add(new Nav.Link(scope.name(), "index.html", report.isEmpty()));
        } else if (scope != null) {
            links.add(new Nav.Link("Whole council", "../index.html#reports", false));
        }
        report.ifPresent(r -> links.add(new Nav.Link(r, "#content", true)));
        return links;
    }

    private static List<Nav.Link> siblings(List<Listed> built, String current, ScopeOf scope) {
        List<Nav.Link> links = new ArrayList<>();
        if (scope.locality().isPresent()) {
            links.add(new Nav.Link(scope.name() + ": overview", "index.html", current.isEmpty()));
        } else {
            links.add(new Nav.Link("Council front page", "../index.html", false));
        }
        for (Listed b : built) {
            links.add(new Nav.Link(b.title() + (b.hasData() ? "" : " (no data yet)"), b.file(),
                    b.definition().id().equals(current)));
        }
        return links;
    }

    /** A table of the scope's reports: each linked, what it answers, and whether it has data. */
    private static String reportTable(List<Listed> built, String prefix, String caption) {
        StringBuilder b = new StringBuilder("<table id=\"reports\">\n<caption>").append(SitePages.escape(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">Report</th><th scope=\"col\">What it answers</th>"
                        + "<th scope=\"col\">Data</th></tr></thead>\n<tbody>\n");
        for (Listed x : built) {
            b.append("<tr><th scope=\"row\"><a href=\"").append(SitePages.escape(prefix + x.file())).append("\">")
                    .append(SitePages.escape(x.title())).append("</a></th><td>")
                    .append(SitePages.escape(x.definition().description())).append("</td><td>")
                    .append(x.hasData() ? "Has data" : "No data yet: the report says what to record")
                    .append("</td></tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** The council's key figures, as its front page and the site's home page show them. */
    private List<KeyFigures.Figure> councilFigures(Council council, List<Locality> localities, AssetCounts assets) {
        org.localityworking.reporting.spi.LocalityView store = view(council);
        long paid = 0;
        int grants = 0;
        int firstTime = 0;
        for (Versioned<GrantScheme> s : store.query(StandardKinds.GRANT_SCHEME, Query.all().council(council.id()))) {
            for (Versioned<Grant> g : store.query(StandardKinds.GRANT, Query.all().parent(s.value().id()))) {
                grants++;
                paid += g.value().amount().minorUnits();
                firstTime += g.value().firstTimeRecipient() ? 1 : 0;
            }
        }
        // people who voted and the votes they cast are different figures: each voter casts several votes
        int voters = 0;
        int votes = 0;
        for (Versioned<VotingEvent> v : store.query(StandardKinds.VOTING_EVENT, Query.all().council(council.id()))) {
            voters += v.value().voters();
            votes += v.value().tallies().stream().mapToInt(VotingEvent.Tally::votes).sum();
        }
        int events = 0;
        for (Locality l : localities) {
            for (Versioned<EngagementEvent> e : store.query(StandardKinds.EVENT, Query.all().locality(l.id()))) {
                events += e.value().heldOn().getYear() == asOf.getYear() ? 1 : 0;
            }
        }
        return List.of(
                new KeyFigures.Figure(org.localityworking.core.model.Terminology.plural(council.configuration().terminology().locality()),
                        Blocks.cell(localities.size())),
                new KeyFigures.Figure("Community assets mapped", Blocks.cell(assets.total())),
                new KeyFigures.Figure("Grants awarded", Blocks.cell(grants)),
                new KeyFigures.Figure("Paid in grants", Blocks.pounds(paid)),
                new KeyFigures.Figure("Grants to first-time recipients", Blocks.cell(firstTime)),
                new KeyFigures.Figure("People who voted at voting events", Blocks.cell(voters)),
                new KeyFigures.Figure("Votes cast at voting events", Blocks.cell(votes)),
                new KeyFigures.Figure("Events in " + asOf.getYear(), Blocks.cell(events)));
    }

    /** A council's assets as its front page counts them: in all, by category and by locality. */
    private record AssetCounts(int total, Map<AssetCategory, Integer> byCategory, Map<String, Integer> byLocality) {
    }

    /** Counts the council's assets the view shows, a locality's answer at a time. */
    private static final class AssetTally {
        private int total;
        private final Map<AssetCategory, Integer> byCategory = new java.util.EnumMap<>(AssetCategory.class);
        private final Map<String, Integer> byLocality = new java.util.HashMap<>();

        void add(List<Versioned<Asset>> assets) {
            for (Versioned<Asset> v : assets) {
                total++;
                byCategory.merge(v.value().category(), 1, Integer::sum);
                byLocality.merge(v.value().localityId(), 1, Integer::sum);
            }
        }

        AssetCounts counts() {
            return new AssetCounts(total, byCategory, byLocality);
        }
    }

    private String frontPage(Council council, Map<ScopeOf, List<Listed>> built, List<KeyFigures.Figure> figures,
                             AssetCounts assets) {
        List<Locality> localities = built.keySet().stream().flatMap(s -> s.locality().stream()).toList();
        StringBuilder c = new StringBuilder();
        String programme = council.configuration().terminology().programmeTerm();
        c.append("<header>\n<h1>").append(SitePages.escape(council.name() + ": " + programme)).append("</h1>\n")
                .append("<p class=\"meta\">").append(SitePages.escape(audience == Audience.PUBLIC ? "Public" : "Internal"))
                .append(" reports as of ").append(SitePages.escape(Blocks.cell(asOf))).append("</p>\n</header>\n");
        c.append("<section>\n<h2>Key figures</h2>\n").append(SitePages.figures(new KeyFigures(figures))).append("</section>\n");
        List<String> categories = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (AssetCategory cat : AssetCategory.values()) {
            categories.add(AssetMapReport.label(cat));
            counts.add((double) assets.byCategory().getOrDefault(cat, 0));
        }
        c.append("<section>\n<h2>Assets by category</h2>\n").append(SitePages.chart(new BarChart("Community assets by"
                + " ABCD category", "assets", categories, List.of(new BarChart.Series("Assets", counts)), false),
                "front-assets")).append("</section>\n");
        c.append("<section>\n<h2>Largest gaps</h2>\n").append(gaps(council, localities)).append("</section>\n");
        c.append("<section>\n<h2>Reports for the whole council</h2>\n")
                .append(reportTable(built.values().iterator().next(), "council/", "Reports for " + council.name()))
                .append("</section>\n");
        StringBuilder list = new StringBuilder("<ul class=\"localities\">\n");
        for (Map.Entry<ScopeOf, List<Listed>> e : built.entrySet()) {
            e.getKey().locality().ifPresent(l -> {
                long withData = e.getValue().stream().filter(Listed::hasData).count();
                list.append("<li><a href=\"").append(SitePages.escape(l.id() + "/index.html")).append("\">")
                        .append(SitePages.escape(l.name())).append("</a>: ")
                        .append(assets.byLocality().getOrDefault(l.id(), 0))
                        .append(" assets; ").append(withData).append(" of ").append(e.getValue().size())
                        .append(" reports have data</li>\n");
            });
        }
        list.append("</ul>\n");
        c.append("<section>\n<h2>Localities</h2>\n").append(list).append("</section>\n");
        Nav nav = new Nav(trail(council, null, Optional.empty(), 1), localityLinks(built, ""), List.of(),
                council.name() + ": localities");
        return SitePages.page(council.name() + ": " + programme, nav, c);
    }

    private static List<Nav.Link> localityLinks(Map<ScopeOf, List<Listed>> built, String prefix) {
        List<Nav.Link> links = new ArrayList<>();
        links.add(new Nav.Link("Front page", prefix + "index.html", prefix.isEmpty()));
        built.keySet().forEach(s -> s.locality().ifPresent(l -> links.add(new Nav.Link(l.name(),
                prefix + l.id() + "/index.html", false))));
        return links;
    }

    /** The three largest gaps between a locality's assessed stage and a measure's target, in words. */
    private String gaps(Council council, List<Locality> localities) {
        org.localityworking.reporting.spi.LocalityView store = view(council);
        List<SuccessMeasure> measures = store.query(StandardKinds.MEASURE, Query.all().council(council.id())).stream()
                .map(Versioned::value).toList();
        List<org.localityworking.core.model.Assessment> assessments = new ArrayList<>();
        localities.forEach(l -> store.query(StandardKinds.ASSESSMENT, Query.all().locality(l.id()))
                .forEach(v -> assessments.add(v.value())));
        List<Gap> gaps = new ArrayList<>(GapAnalysis.analyse(measures, localities, assessments).stream()
                .filter(g -> g.gap().isPresent() && g.gap().getAsInt() > 0).toList());
        if (gaps.isEmpty()) {
            return "<p class=\"note no-data\"><strong>No data:</strong> no locality has been assessed short of a"
                    + " measure's target. Record success measures (kind measure) and assessments (kind assessment)"
                    + " to see the gaps; see the gap analysis report.</p>\n";
        }
        gaps.sort(java.util.Comparator.comparingInt((Gap g) -> g.gap().getAsInt()).reversed()
                .thenComparing(Gap::localityId).thenComparing(Gap::measureId));
        List<List<String>> rows = new ArrayList<>();
        for (Gap g : gaps.subList(0, Math.min(3, gaps.size()))) {
            String locality = localities.stream().filter(l -> l.id().equals(g.localityId())).findFirst()
                    .map(Locality::name).orElse(g.localityId());
            SuccessMeasure measure = measures.stream().filter(m -> m.id().equals(g.measureId())).findFirst().orElseThrow();
            rows.add(List.of(locality, measure.name(),
                    org.localityworking.reporting.builtin.GapAnalysisReport.stage(measure, g.assessedStage().getAsInt()),
                    org.localityworking.reporting.builtin.GapAnalysisReport.stage(measure, g.targetStage()),
                    Blocks.cell(g.gap().getAsInt())));
        }
        return SitePages.table("The largest gaps to target", List.of("Locality", "Measure", "Assessed", "Target",
                "Stages to go"), rows);
    }

    private String localityPage(Council council, ScopeOf scope, List<Built> built, List<Listed> listed) {
        StringBuilder c = new StringBuilder();
        c.append("<header>\n<h1>").append(SitePages.escape(scope.name())).append("</h1>\n<p class=\"meta\">A ")
                .append(SitePages.escape(council.configuration().terminology().locality().toLowerCase(java.util.Locale.UK)))
                .append(" of ").append(SitePages.escape(council.name())).append("</p>\n</header>\n");
        List<KeyFigures.Figure> figures = localityFigures(built);
        if (!figures.isEmpty()) {
            c.append("<section>\n<h2>Key figures</h2>\n").append(SitePages.figures(new KeyFigures(figures)))
                    .append("</section>\n");
        }
        c.append("<section>\n<h2>Reports</h2>\n").append(reportTable(listed, "", "Reports for " + scope.name()))
                .append("</section>\n");
        Nav nav = new Nav(trail(council, scope, Optional.empty(), 2), siblings(listed, "", scope), List.of(),
                "Reports for " + scope.name());
        return SitePages.page(scope.name() + " - " + council.name(), nav, c);
    }

    /**
     * A locality page's figures, each taken from the report of the page that counts it (so the page and its
     * reports never disagree): assets, wards and categories from the asset map, grants and their total from the
     * grants report, voters and votes, projects, stories, associations; then how many of its reports have data.
     */
    private static List<KeyFigures.Figure> localityFigures(List<Built> built) {
        List<KeyFigures.Figure> out = new ArrayList<>();
        figure(built, "asset-map", "Assets mapped").ifPresent(out::add);
        figure(built, "asset-map", "Wards").ifPresent(out::add);
        figure(built, "asset-map", "Categories present").ifPresent(out::add);
        List<KeyFigures.Figure> grants = figures(built, "grants", "Grants");
        if (!grants.isEmpty()) {
            // the grants report gives a count and a total per scheme, in the one en-GB style (Blocks.cell, pounds)
            try {
                long count = grants.stream().mapToLong(f -> Long.parseLong(f.value().replace(",", ""))).sum();
                long pence = figures(built, "grants", "Total awarded").stream().mapToLong(f -> new java.math.BigDecimal(
                        f.value().replace("£", "").replace(",", "")).movePointRight(2).longValueExact()).sum();
                out.add(new KeyFigures.Figure("Grants awarded", Blocks.cell(count)));
                out.add(new KeyFigures.Figure("Awarded in grants", Blocks.pounds(pence)));
            } catch (NumberFormatException | ArithmeticException e) {
                // a grants report that words its figures otherwise: its own page shows them
            }
        }
        figure(built, "grants", "People who voted").ifPresent(out::add);
        figure(built, "grants", "Votes cast").ifPresent(out::add);
        figure(built, "projects", "Projects").ifPresent(out::add);
        figure(built, "stories", "Stories collected").ifPresent(out::add);
        figure(built, "connections", "Associations").ifPresent(out::add);
        long withData = built.stream().filter(b -> b.report().hasData()).count();
        out.add(new KeyFigures.Figure("Reports with data", withData + " of " + built.size()));
        return out;
    }

    private static Optional<KeyFigures.Figure> figure(List<Built> built, String report, String label) {
        return figures(built, report, label).stream().findFirst();
    }

    /** @return the figures of that label in the report's key figures, in order */
    private static List<KeyFigures.Figure> figures(List<Built> built, String report, String label) {
        return built.stream().filter(b -> b.definition().id().equals(report))
                .flatMap(b -> b.report().sections().stream()).flatMap(s -> s.blocks().stream())
                .filter(KeyFigures.class::isInstance).flatMap(k -> ((KeyFigures) k).figures().stream())
                .filter(f -> f.label().equals(label)).toList();
    }

    /** The site's home page: each council with its headline figures. */
    private static String home(Map<Council, List<KeyFigures.Figure>> councils) {
        java.util.Set<String> programmes = new java.util.TreeSet<>();
        councils.keySet().forEach(x -> programmes.add(x.configuration().terminology().programmeTerm()));
        String title = programmes.size() == 1 ? programmes.iterator().next() + " reports" : "Reports by council";
        StringBuilder c = new StringBuilder("<header>\n<h1>").append(SitePages.escape(title))
                .append("</h1>\n</header>\n");
        councils.forEach((council, figures) -> {
            c.append("<section>\n<h2><a href=\"").append(SitePages.escape(council.id() + "/index.html")).append("\">")
                    .append(SitePages.escape(council.name())).append("</a></h2>\n")
                    .append(SitePages.figures(new KeyFigures(figures.subList(0, Math.min(5, figures.size())))))
                    .append("</section>\n");
        });
        List<Council> list = List.copyOf(councils.keySet());
        List<Nav.Link> links = new ArrayList<>();
        links.add(new Nav.Link("All councils", "index.html", true));
        List<Nav.Link> siblings = list.stream().map(x -> new Nav.Link(x.name(), x.id() + "/index.html", false)).toList();
        return SitePages.page(title, new Nav(links, siblings, List.of(), "Councils"), c);
    }

    /** Builds a {@link ReportSite}. */
    public static final class Builder {
        private LocalityStore store;
        private final List<String> councils = new ArrayList<>();
        private Audience audience = Audience.INTERNAL;
        private LocalDate asOf = LocalDate.now(java.time.ZoneOffset.UTC);
        private Instant generatedAt = Instant.now();
        private List<String> formats = List.of("html", "markdown");
        private PluginRegistry<ReportDefinition> reports;

        private Builder() {
        }

        /** {@return this builder, reading the store} */
        public Builder store(LocalityStore store) {
            this.store = store;
            return this;
        }

        /** {@return this builder, adding a council (none added: every council in the store)} */
        public Builder council(String councilId) {
            councils.add(councilId);
            return this;
        }

        /** {@return this builder, for the audience} */
        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        /** {@return this builder, the reports describing the day} */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /** {@return this builder, stamping the pages with the time} */
        public Builder generatedAt(Instant generatedAt) {
            this.generatedAt = generatedAt;
            return this;
        }

        /** {@return this builder, writing each report in these formats too (HTML always)} */
        public Builder formats(List<String> formats) {
            this.formats = List.copyOf(formats);
            return this;
        }

        /** {@return this builder, with these reports (default: every one discovered)} */
        public Builder reports(PluginRegistry<ReportDefinition> reports) {
            this.reports = reports;
            return this;
        }

        /**
         * {@return the site}
         *
         * @throws ValidationException when no store is given
         */
        public ReportSite build() {
            if (store == null) {
                throw new ValidationException("ReportSite.store", "null", "is required: the store to read");
            }
            if (reports == null) {
                reports = ReportRegistry.discover();
            }
            return new ReportSite(this);
        }
    }
}
