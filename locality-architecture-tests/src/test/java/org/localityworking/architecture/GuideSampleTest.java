package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.examples.jsonstorage.JsonFilesStorageProvider;
import org.localityworking.storage.spi.ProviderInfo;
import org.localityworking.storage.spi.StorageBackendProvider;

/**
 * The storage GUIDE's sample is a project a stranger can copy: every file the GUIDE shows (each after a line
 * {@code File `PATH`:}) is written into an empty folder outside the reactor and built with Maven from the GUIDE's own
 * pom, which takes nothing from this repository's parent; the library comes from a local repository holding only
 * the reactor's freshly built artifacts (and everything else from the machine's Maven repository, offline). The
 * kit must run, and pass, on the module path (Surefire 3's default for a modular project) and on the class path.
 * The GUIDE's and the CONTRACT's statements about the code (the SPI version, the JSON-files example's capabilities,
 * the library's version) are checked against it.
 */
class GuideSampleTest {
    private static final Path ROOT = BomTest.ROOT;
    private static final Path TCK = ROOT.resolve("locality-storage/locality-storage-tck");

    @TempDir
    Path dir;

    /** {@return the files the guide shows, by path, in order} */
    static Map<String, String> files(String guide) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^File `([^`]+)`:\\n\\n```[a-z]*\\n(.*?)^```$", Pattern.DOTALL).matcher(guide);
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        return files;
    }

    private static String reactorVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>locality-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(m.find(), "the reactor's version");
        return m.group(1);
    }

    @Test
    void theGuideAndTheContractSayWhatTheCodeDoes() throws IOException {
        String guide = Files.readString(TCK.resolve("GUIDE.md"));
        String contract = Files.readString(TCK.resolve("CONTRACT.md"));
        assertTrue(contract.lines().findFirst().orElseThrow().contains("storage SPI " + StorageBackendProvider.SPI_VERSION),
                "CONTRACT.md's title names the SPI version " + StorageBackendProvider.SPI_VERSION);
        Matcher declares = Pattern.compile("The JSON-files example declares ((?:`[A-Z_]+`(?:,\\s+|\\s+and\\s+)?)+)").matcher(guide);
        assertTrue(declares.find(), "the GUIDE says what the JSON-files example declares");
        Set<String> said = new TreeSet<>();
        Matcher names = Pattern.compile("`([A-Z_]+)`").matcher(declares.group(1));
        while (names.find()) {
            said.add(names.group(1));
        }
        Set<String> declared = new TreeSet<>();
        new JsonFilesStorageProvider().info().capabilities().forEach(c -> declared.add(c.name()));
        assertEquals(declared, said, "the JSON-files example's capabilities, as the GUIDE states them");
        for (ProviderInfo.Capability c : ProviderInfo.Capability.values()) {
            assertTrue(guide.contains("`" + c.name() + "`"), "the GUIDE explains " + c);
        }
        Map<String, String> files = files(guide);
        assertEquals(Set.of("pom.xml", "src/main/java/module-info.java",
                "src/main/resources/META-INF/services/org.localityworking.storage.spi.StorageBackendProvider",
                "src/main/java/org/example/kv/KvStorageProvider.java", "src/main/java/org/example/kv/KvBackend.java",
                "src/test/java/org/example/kv/KvStorageKitTest.java"), files.keySet());
        String pom = files.get("pom.xml");
        assertFalse(pom.contains("<parent>"), "the GUIDE's pom stands alone");
        assertTrue(pom.contains("<locality.version>" + reactorVersion() + "</locality.version>"),
                "the GUIDE's pom builds against this version of the library");
        assertTrue(pom.contains("<artifactId>maven-surefire-plugin</artifactId>\n        <version>3."),
                "the GUIDE's pom pins Surefire 3");
    }

    /** The reactor's artifacts a plug-in project needs, as Maven would have installed them. */
    private static void installReactor(Path repo, String version) throws IOException {
        Map<String, Path> poms = Map.of("locality-parent", ROOT, "locality-bom", ROOT.resolve("locality-bom"),
                "locality-storage", ROOT.resolve("locality-storage"), "locality-core", ROOT.resolve("locality-core"),
                "locality-storage-api", ROOT.resolve("locality-storage/locality-storage-api"),
                "locality-storage-tck", TCK);
        for (Map.Entry<String, Path> e : poms.entrySet()) {
            String id = e.getKey();
            Path to = Files.createDirectories(repo.resolve("org/localityworking").resolve(id).resolve(version));
            Files.copy(e.getValue().resolve("pom.xml"), to.resolve(id + "-" + version + ".pom"));
            Path jar = e.getValue().resolve("target").resolve(id + "-" + version + ".jar");
            if (!Files.readString(e.getValue().resolve("pom.xml")).contains("<packaging>pom</packaging>")) {
                if (!Files.isRegularFile(jar)) {
                    String why = jar + " is not built: run the reactor (mvn -B verify)";
                    if ("true".equals(System.getenv("CI"))) {
                        fail("CI=true: " + why);
                    }
                    assumeTrue(false, why);
                }
                Files.copy(jar, to.resolve(id + "-" + version + ".jar"));
            }
        }
    }

    private record Build(int exit, String log) {
    }

    private static Build maven(Path project, Path settings, String... args) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home", "");
        Path mvn = Path.of(home, "bin", "mvn");
        if (home.isBlank() || !Files.isExecutable(mvn)) {
            String why = "no Maven to run (the system property maven.home, which the reactor's Surefire sets)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + why);
            }
            assumeTrue(false, why);
        }
        List<String> cmd = new ArrayList<>(List.of(mvn.toString(), "-B", "-s", settings.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(project.getParent(), "maven", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("MAVEN_ARGS");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the sample's build did not finish in 15 minutes: " + cmd);
        }
        return new Build(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** {@return tests, failures and errors summed over the Surefire reports, and whether they ran on the module path} */
    private static int[] reports(Path project) throws IOException {
        int[] sums = new int[4];
        Pattern suite = Pattern.compile("<testsuite [^>]*tests=\"(\\d+)\"[^>]*>");
        try (Stream<Path> s = Files.list(project.resolve("target/surefire-reports"))) {
            for (Path xml : s.filter(p -> p.getFileName().toString().startsWith("TEST-")).toList()) {
                String text = Files.readString(xml, StandardCharsets.UTF_8);
                Matcher m = suite.matcher(text);
                if (m.find()) {
                    String head = m.group();
                    sums[0] += Integer.parseInt(m.group(1));
                    sums[1] += attribute(head, "failures");
                    sums[2] += attribute(head, "errors");
                }
                Matcher modulePath = Pattern.compile("<property name=\"jdk.module.path\" value=\"([^\"]*)\"").matcher(text);
                if (modulePath.find() && !modulePath.group(1).isBlank()) {
                    sums[3]++;
                }
            }
        }
        return sums;
    }

    private static int attribute(String head, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(head);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void theGuidesSampleBuildsOutsideTheReactorAndPassesTheKitOnBothPaths() throws Exception {
        String version = reactorVersion();
        Path project = Files.createDirectories(dir.resolve("kv-storage"));
        for (Map.Entry<String, String> f : files(Files.readString(TCK.resolve("GUIDE.md"))).entrySet()) {
            Path to = project.resolve(f.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, f.getValue(), StandardCharsets.UTF_8);
        }
        Path repo = Files.createDirectories(dir.resolve("repository"));
        installReactor(repo, version);
        // everything else from the machine's own Maven repository, read as a remote one: nothing from the network
        Path outer = Path.of(System.getProperty("outer.repository", System.getProperty("user.home") + "/.m2/repository"));
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, "<settings>\n  <localRepository>" + repo + "</localRepository>\n  <mirrors>\n"
                + "    <mirror><id>this-machine</id><mirrorOf>*</mirrorOf><url>" + outer.toUri() + "</url></mirror>\n"
                + "  </mirrors>\n</settings>\n", StandardCharsets.UTF_8);

        Build modulePath = maven(project, settings, "test");
        assertEquals(0, modulePath.exit(), "the GUIDE's sample, on the module path:\n" + tail(modulePath.log()));
        int[] onModules = reports(project);
        assertTrue(onModules[0] >= 100, "the kit ran (" + onModules[0] + " tests):\n" + tail(modulePath.log()));
        assertEquals(0, onModules[1] + onModules[2], "no failure");
        assertTrue(onModules[3] > 0, "the tests ran on the module path");

        Build classPath = maven(project, settings, "test", "-Dsurefire.useModulePath=false");
        assertEquals(0, classPath.exit(), "the GUIDE's sample, on the class path:\n" + tail(classPath.log()));
        int[] onClasses = reports(project);
        assertEquals(onModules[0], onClasses[0], "the same tests on the class path");
        assertEquals(0, onClasses[1] + onClasses[2], "no failure");
        assertEquals(0, onClasses[3], "the tests ran on the class path");
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }
}
