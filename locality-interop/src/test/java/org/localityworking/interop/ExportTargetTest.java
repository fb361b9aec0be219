package org.localityworking.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.ValidationException;
import org.localityworking.interop.spi.ExportTarget;

/** An exporter writes only plain files inside its folder, whatever names it gives. */
class ExportTargetTest {
    @TempDir
    Path dir;

    @Test
    void aPlainNameIsWrittenInsideTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        try (OutputStream out = ExportTarget.folder(folder).file("grants.json")) {
            out.write('x');
        }
        assertEquals("x", Files.readString(folder.resolve("grants.json")));
    }

    @Test
    void aNameThatIsAPathIsRefusedAndNothingIsWrittenOutside() {
        Path folder = dir.resolve("out");
        for (String name : List.of("../x", "..", ".", "a/b", "/etc/passwd", "..\\x", "", ".hidden", "x\u0000y",
                "C:\\x", "a..b")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> ExportTarget.folder(folder).file(name), name);
            assertEquals("ExportTarget.file", e.field());
            assertTrue(e.rule().contains("plain file name"), e.rule());
        }
        assertFalse(Files.exists(dir.resolve("x")), "nothing written beside the folder");
    }
}
