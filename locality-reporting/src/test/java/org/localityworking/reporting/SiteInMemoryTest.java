package org.localityworking.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.reporting.fixture.Fixture;
import org.localityworking.reporting.site.ReportSite;
import org.localityworking.storage.LocalityStore;

/**
 * A site rendered in memory, as an application serving it live would take it, is the site written to a folder,
 * byte for byte and file for file, the home page first; a second render reads the store afresh.
 */
class SiteInMemoryTest {
    @TempDir
    Path dir;

    private static ReportSite site(LocalityStore store) {
        return ReportSite.builder().store(store).council("trafford").council("herefordshire").audience(Audience.PUBLIC)
                .asOf(Fixture.AS_OF).generatedAt(Fixture.GENERATED).formats(List.of("html", "markdown")).build();
    }

    @Test
    void theSiteInMemoryIsTheSiteOnDisk() throws IOException {
        try (LocalityStore store = Fixture.bothCouncils()) {
            ReportSite.Result written = site(store).write(dir);
            Map<String, byte[]> pages = site(store).render();
            assertEquals("index.html", pages.keySet().iterator().next(), "the home page first");
            assertEquals(dir.resolve("index.html"), written.files().get(0));
            TreeSet<String> onDisk = new TreeSet<>();
            for (Path file : written.files()) {
                onDisk.add(dir.relativize(file).toString().replace('\\', '/'));
            }
            assertEquals(onDisk, new TreeSet<>(pages.keySet()));
            assertTrue(pages.size() > 300, "every page of both councils: " + pages.size());
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                assertArrayEquals(Files.readAllBytes(dir.resolve(page.getKey())), page.getValue(), page.getKey());
            }
            assertThrows(UnsupportedOperationException.class, () -> pages.put("x.html", new byte[0]));
        }
    }
}
