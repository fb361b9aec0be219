package org.localityworking.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no file in it (sources, build files, documents, scripts) points at a path outside
 * it, such as a folder beside the clone that a stranger's clone does not have. A reader of the README, a build on
 * a new machine and a test all find everything they are told about inside the repository.
 */
class SelfContainedTest {
    /** A relative path climbing out of the repository's root, or the project's notes beside it. */
    private static final Pattern OUTSIDE = Pattern.compile("(?<![\\w.])\\.\\./(\\.\\./)*(shared|\\.library)\\b"
            + "|(?<![\\w/.-])shared/(seeds|DOMAIN\\.md|FACTS\\.md|DESIGN-REVIEW\\.md)");

    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", ".idea");

    @Test
    void noFileRefersToAPathOutsideTheRepository() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("locality-core")),
                "the repository's root: " + root);
        List<String> found = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).toString().split("[/\\\\]").length > 0)
                    .filter(p -> SKIPPED.stream().noneMatch(s -> root.relativize(p).startsWith(s)
                            || root.relativize(p).toString().contains("/" + s + "/")))
                    .toList()) {
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
                            .toString();
                } catch (CharacterCodingException binary) {
                    continue; // an image, a jar: no path a reader follows
                }
                read++;
                Matcher m = OUTSIDE.matcher(text);
                while (m.find()) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(root.relativize(f) + ":" + line + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(read > 500, "files read: " + read);
    }

    /** The check can fail: it finds the kinds of reference it forbids, and not ordinary text. */
    @Test
    void theCheckFindsAPathOutsideAndNothingElse() {
        String up = "..";
        String notes = "shared";
        // made from pieces, so that this file does not itself name a path outside the repository
        for (String bad : List.of("see " + up + "/" + notes + "/DOMAIN.md", "(" + up + "/" + up + "/" + notes
                + "/seeds/000.md)", "in " + notes + "/seeds/", "cite " + notes + "/DOMAIN.md", up + "/.library/README.md")) {
            assertTrue(OUTSIDE.matcher(bad).find(), bad);
        }
        for (String fine : List.of("a shared fingerprint", "shared/other.txt", "src/shared/seeds-like", "the shared(s)")) {
            assertTrue(!OUTSIDE.matcher(fine).find(), fine);
        }
    }
}
