package org.localityworking.publishing.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.reporting.Audience;
import org.localityworking.reporting.registry.ReportRegistry;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.registry.Stores;

/**
 * Fifty residents without consent (twenty-five in each council), each with unique tokens in their name, e-mail
 * address, phone number and address, written into other records' free text: none of them is in any PUBLIC report
 * (every format), site page or export of either council; the councillor and the resident with a naming consent
 * are still named.
 */
class FiftyPeopleTest {
    @Test
    void noPrivateTokenInAnyPublicOutputAndTheNameableAreNamed(@TempDir Path dir) throws IOException {
        List<String> tokens = new ArrayList<>();
        HostileCouncils.COUNCILS.forEach(c -> tokens.addAll(HostileCouncils.privateTokens(c)));
        assertTrue(tokens.size() >= 50 * 5, "tokens: " + tokens.size());
        List<String> outputs = new ArrayList<>();
        try (LocalityStore store = Stores.open("memory:fifty")) {
            HostileCouncils.loadInto(store);
            for (String council : HostileCouncils.COUNCILS) {
                List<PluginUnderTest> plugins = new ArrayList<>();
                ReportRegistry.discover().all().forEach(r -> plugins.add(PluginUnderTest.report(r)));
                ExporterRegistry.discover().all().forEach(e -> plugins.add(PluginUnderTest.exporter(e)));
                for (PluginUnderTest p : plugins) {
                    for (Map.Entry<String, String> e : p.outputs(store, council, Audience.PUBLIC).entrySet()) {
                        outputs.add(e.getKey() + "\n" + e.getValue());
                    }
                }
            }
            ReportSite.builder().store(store).audience(Audience.PUBLIC).asOf(HostileCouncils.AS_OF)
                    .generatedAt(PluginUnderTest.GENERATED).build().write(dir.resolve("site"));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                outputs.add(f + "\n" + Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertTrue(outputs.size() > 500, "outputs: " + outputs.size());
        List<String> leaks = new ArrayList<>();
        for (String out : outputs) {
            for (String t : tokens) {
                if (out.contains(t)) {
                    leaks.add(out.substring(0, out.indexOf('\n')) + " shows " + t);
                }
            }
            if (out.matches("(?s).*[\\w.+-]+@mail\\.example.*")) {
                leaks.add(out.substring(0, out.indexOf('\n')) + " shows an e-mail address");
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks, first: " + leaks.subList(0, Math.min(5, leaks.size())));
        for (String council : HostileCouncils.COUNCILS) {
            for (String name : HostileCouncils.namedInPublic(council)) {
                assertTrue(outputs.stream().anyMatch(o -> o.contains(name)), name + " is named somewhere public");
            }
        }
        // the redaction leaves its marks where the names were
        assertTrue(outputs.stream().anyMatch(o -> o.contains("met (name withheld) ((contact withheld)")),
                "a published story keeps its text, without the resident's name and contacts");
    }
}
