package org.localityworking.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks an import makes on its file before reading a row: that it exists, is a file, can be read and is
 * UTF-8 (with or without a byte order mark). A failure is one line naming the file and, for a byte that is not
 * UTF-8, the line and column where it is; the file is read once, in constant memory.
 */
final class InputFile {
    private InputFile() {
    }

    static void require(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw ImportException.at(name, 0, "-", "", "does not exist");
        }
        if (Files.isDirectory(file)) {
            throw ImportException.at(name, 0, "-", "", "is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw ImportException.at(name, 0, "-", "", "cannot be read (check its permissions)");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        long column = 1;
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                while (true) {
                    CoderResult result = decoder.decode(in, out, end);
                    out.flip();
                    for (int i = 0; i < out.length(); i++) {
                        if (out.charAt(i) == '\n') {
                            line++;
                            column = 1;
                        } else if (!Character.isLowSurrogate(out.charAt(i))) {
                            column++;
                        }
                    }
                    out.clear();
                    if (result.isError()) {
                        int bad = in.get(in.position()) & 0xff;
                        throw ImportException.at(name, line, Long.toString(column), "", String.format(Locale.ROOT,
                                "has the byte 0x%02X, which is not UTF-8: save the file as UTF-8 (in Excel, \"CSV UTF-8\")",
                                bad));
                    }
                    if (result.isUnderflow()) {
                        break;
                    }
                }
                in.compact();
            }
        } catch (IOException e) {
            throw ImportException.at(name, 0, "-", "", "cannot be read: " + ImportException.shown(String.valueOf(e.getMessage())));
        }
    }
}
