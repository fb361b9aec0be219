package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The BOM names every published library artifact of the reactor (every jar module outside the examples, the
 * benchmarks and this module), each at the reactor's version, and nothing else.
 */
class BomTest {

    static final Path ROOT = Path.of(System.getProperty("reactor.root", ".."));

    @Test
    void theBomListsEveryLibraryArtifactAtTheReactorsVersion() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String version = first(Pattern.compile("<artifactId>locality-parent</artifactId>\\s*<version>([^<]+)</version>"),
                rootPom);
        Set<String> library = new TreeSet<>();
        collect(ROOT, library);

        String bom = Files.readString(ROOT.resolve("locality-bom/pom.xml"));
        assertEquals(version, first(Pattern.compile("<artifactId>locality-bom</artifactId>\\s*<version>([^<]+)</version>"),
                bom), "the BOM's own version");
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(
                bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>")));
        while (m.find()) {
            listed.add(m.group(1));
            assertEquals(version, m.group(2), "the BOM's version of " + m.group(1));
        }
        assertEquals(library, listed);
    }

    private static void collect(Path dir, Set<String> library) throws IOException {
        String pom = Files.readString(dir.resolve("pom.xml"));
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        boolean any = false;
        while (modules.find()) {
            any = true;
            String name = modules.group(1);
            if (!name.equals("locality-examples") && !name.equals("locality-benchmarks")
                    && !name.equals("locality-architecture-tests") && !name.equals("locality-bom")) {
                collect(dir.resolve(name), library);
            }
        }
        if (!any && !pom.contains("<packaging>pom</packaging>")) {
            String withoutParent = pom.replaceFirst("(?s)<parent>.*?</parent>", "");
            library.add(first(Pattern.compile("<artifactId>([^<]+)</artifactId>"), withoutParent));
        }
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no match for " + p);
        }
        return m.group(1);
    }
}
