package org.localityworking.examples.modulepath;

import org.localityworking.interop.run.Exporting;

import org.localityworking.reporting.run.Reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.Report;
import org.localityworking.reporting.ReportRequest;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.reporting.registry.FormatRegistry;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.interop.spi.DataExporter;
import org.localityworking.reporting.spi.OutputFormat;
import org.localityworking.reporting.spi.ReportDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.registry.StorageProviderRegistry;
import org.localityworking.storage.registry.Stores;

/**
 * Embeds the library as a modular application would, and exits non-zero (with the reason) when any step
 * fails: every module of the library, and this one, must be named modules on the module path; storage
 * providers, reports, formats and exporters are found through {@code provides}/{@code uses}; a
 * {@code memory:} and a {@code sqlite:} store open and keep Trafford's configuration; a report renders; and
 * the storage provider named by the property {@code localityworking.storage.provider} is the one used.
 *
 * <p>Run by {@code ModulePathSmokeTest} as
 * {@code java --module-path ... -m org.localityworking.examples.modulepath/org.localityworking.examples.modulepath.ModulePathSmoke DIR}.
 */
public final class ModulePathSmoke {
    private static final Set<String> REPORTS = Set.of("locality-profile", "asset-map", "composition",
            "community-builders", "plan-coverage", "projects", "grants", "stories", "gap-analysis",
            "governance-update", "acv-deadlines", "connections");
    private static final Set<String> FORMATS = Set.of("markdown", "html", "csv", "json");
    private static final Set<String> IMPORTERS = Set.of("assets", "people", "organisations", "snapshot", "360giving",
            "openreferral");
    private static final Set<String> EXPORTERS = Set.of("360giving", "openreferral", "geojson", "csv", "snapshot",
            "hexjson");

    private ModulePathSmoke() {
    }

    /**
     * Runs every check.
     *
     * @param args one argument: a folder to create the SQLite store in
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        for (Class<?> c : List.of(ModulePathSmoke.class, LocalityStore.class, ReportDefinition.class,
                CouncilConfigurations.class)) {
            check(c.getModule().isNamed(), c.getName() + " is in a named module (" + c.getModule() + ")");
        }

        CouncilDefinition trafford = CouncilConfigurations.trafford();
        check(trafford.localities().size() == 4, "Trafford's configuration loads from its module: 4 localities");

        check(Set.copyOf(StorageProviderRegistry.discover().ids()).containsAll(Set.of("memory", "jdbc")),
                "storage providers memory and jdbc are discovered");
        for (String location : List.of("memory:", "sqlite:" + dir.resolve("smoke.db"))) {
            try (LocalityStore store = Stores.open(location)) {
                save(store, trafford);
                check(store.get(StandardKinds.LOCALITY, "sale").orElseThrow().value().name().equals("Sale"),
                        location + " store keeps what was saved");
            }
        }
        check(Files.isRegularFile(dir.resolve("smoke.db")), "the sqlite: store is a file");
        // storage SPI 2.2 on the module path: a store opened only if it exists is refused where none is, creating nothing
        Path missing = dir.resolve("not-there.db");
        try (LocalityStore store = Stores.builder().location("sqlite:" + missing)
                .openMode(org.localityworking.storage.spi.OpenMode.MUST_EXIST).open()) {
            check(false, "a missing sqlite: store opened with MUST_EXIST: " + store);
        } catch (org.localityworking.storage.NoStoreException e) {
            check(!Files.exists(missing) && e.location().equals("sqlite:" + missing),
                    "a missing sqlite: store is refused with MUST_EXIST, naming it, and not created");
        }
        try (LocalityStore store = Stores.builder().location("sqlite:" + dir.resolve("smoke.db"))
                .openMode(org.localityworking.storage.spi.OpenMode.MUST_EXIST).open()) {
            check(store.get(StandardKinds.LOCALITY, "sale").isPresent(), "an existing sqlite: store opens with MUST_EXIST");
        }

        PluginRegistry<ReportDefinition> reports = ReportRegistry.discover();
        PluginRegistry<OutputFormat> formats = FormatRegistry.discover();
        PluginRegistry<DataExporter> exporters = ExporterRegistry.discover();
        check(Set.copyOf(reports.ids()).equals(REPORTS), "every built-in report is discovered: " + reports.ids());
        check(Set.copyOf(formats.ids()).equals(FORMATS), "every built-in format is discovered: " + formats.ids());
        check(Set.copyOf(exporters.ids()).equals(EXPORTERS), "every built-in exporter is discovered: " + exporters.ids());
        PluginRegistry<org.localityworking.interop.spi.DataImporter> importers =
                org.localityworking.interop.registry.ImporterRegistry.discover();
        check(Set.copyOf(importers.ids()).equals(IMPORTERS), "every built-in importer is discovered: " + importers.ids());
        check(Set.copyOf(ReportRegistry.discover(ModuleLayer.boot()).ids()).equals(REPORTS),
                "reports are discovered from the boot module layer too");

        try (LocalityStore store = Stores.open("memory:")) {
            save(store, trafford);
            Report report = Reports.build(store, reports.byId("locality-profile"), ReportRequest.council("trafford",
                    Audience.PUBLIC).forLocality("sale").at(LocalDate.of(2016, 3, 1),
                    Instant.parse("2016-03-01T09:00:00Z")));
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            formats.byId("html").render(report, html);
            String page = html.toString(StandardCharsets.UTF_8);
            check(page.startsWith("<!DOCTYPE html>") && page.contains("Sale"), "the locality profile renders as HTML");

            // data in and out through the interop module: a CSV with a formula-like, apostrophe-led name
            var result = importers.byId("organisations").importInto(store, org.localityworking.interop.ImportRequest
                    .builder().build(), org.localityworking.interop.spi.ImportSource.of("orgs.csv",
                    "id,name,sector,kind,locality\r\nsmoke-org,\"'=Sale Friends\",VCSE,COMMUNITY_GROUP,sale\r\n"
                            .getBytes(StandardCharsets.UTF_8)));
            check(result.created() == 1 && store.get(StandardKinds.ORGANISATION, "smoke-org").orElseThrow().value().name()
                    .equals("=Sale Friends"), "an organisations CSV imports, its neutralised cell restored: " + result);
            java.util.Map<String, ByteArrayOutputStream> files = new java.util.TreeMap<>();
            Exporting.export(store, exporters.byId("csv"), new org.localityworking.interop.ExportRequest("trafford",
                    java.util.Optional.empty(), Audience.PUBLIC, java.util.Map.of()),
                    name -> files.computeIfAbsent(name, k -> new ByteArrayOutputStream()));
            check(files.get("organisations.csv").toString(StandardCharsets.UTF_8).contains("\"'=Sale Friends\""),
                    "the csv exporter writes it back neutralised: " + files.keySet());
        }

        // The explicit choice: the provider's package is not exported, so it must be selected among
        // ServiceLoader's providers, not constructed by reflection.
        try {
            System.setProperty(Stores.PROVIDER_PROPERTY, "org.localityworking.storage.jdbc.JdbcStorageProvider");
            try (LocalityStore store = Stores.open("sqlite:" + dir.resolve("explicit.db"))) {
                check(store.toString().startsWith("LocalityStore[jdbc at sqlite:"),
                        "the provider named by " + Stores.PROVIDER_PROPERTY + " opened the store: " + store);
            }
            System.setProperty(Stores.PROVIDER_PROPERTY, "org.localityworking.storage.memory.MemoryStorageProvider");
            try (LocalityStore store = Stores.open("sqlite:" + dir.resolve("refused.db"))) {
                check(false, "the memory provider named by " + Stores.PROVIDER_PROPERTY + " opened an sqlite: store: "
                        + store);
            } catch (PluginException e) {
                check(e.getMessage().contains("does not accept the location"),
                        "the provider named by " + Stores.PROVIDER_PROPERTY + " is used without discovery: "
                                + e.getMessage());
            }
        } finally {
            System.clearProperty(Stores.PROVIDER_PROPERTY);
        }
        System.out.println("module-path smoke: all checks passed");
    }

    private static void save(LocalityStore store, CouncilDefinition council) {
        store.runInTransaction(u -> {
            u.save(StandardKinds.COUNCIL, council.council(), 0);
            council.wards().forEach(w -> u.save(StandardKinds.WARD, w, 0));
            council.localities().forEach(l -> u.save(StandardKinds.LOCALITY, l, 0));
        });
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError("module-path smoke failed: " + what);
        }
        System.out.println("ok: " + what);
    }
}
