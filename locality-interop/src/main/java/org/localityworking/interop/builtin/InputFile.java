package org.localityworking.interop.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Locale;
import org.localityworking.interop.ImportException;
import org.localityworking.interop.spi.ImportSource;

/**
 * The checks an import makes on its file before reading a value: that it exists, is a file, can be read and is
 * UTF-8 (with or without a byte order mark). A failure is one line naming the file and, for a byte that is not
 * UTF-8, the line and column where it is; the check reads the file once, in constant memory.
 */
final class InputFile {
    private InputFile() {
    }

    /**
     * @return a reader over the source's text, without a leading byte order mark, once the whole file is known to
     *         be UTF-8
     * @throws ImportException naming the file (and for a byte that is not UTF-8, its line and column)
     */
    static Reader reader(ImportSource source) throws IOException {
        if (!(source instanceof Checked)) {
            require(source);
        }
        PushbackReader in = new PushbackReader(new java.io.BufferedReader(new InputStreamReader(source.open(),
                StandardCharsets.UTF_8), 64 * 1024), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /**
     * A source whose whole file has been found to be UTF-8: an import that reads its file several times (check,
     * then write) opens it through this, so the encoding is checked once, not on every read.
     */
    private record Checked(ImportSource source) implements ImportSource {
        @Override
        public String name() {
            return source.name();
        }

        @Override
        public java.io.InputStream open() throws IOException {
            return source.open();
        }
    }

    /**
     * @return the source, its whole file now known to be UTF-8, so that {@link #reader} reads it without checking
     *         again
     * @throws ImportException as {@link #reader} does
     */
    static ImportSource checked(ImportSource source) throws IOException {
        if (source instanceof Checked) {
            return source;
        }
        require(source);
        return new Checked(source);
    }

    private static void require(ImportSource source) throws IOException {
        String name = source.name();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        long column = 1;
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = source.open()) {
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
                    char[] decoded = out.array(); // counted over the array: a buffer's charAt per character is slow
                    for (int i = 0, count = out.position(); i < count; i++) {
                        char c = decoded[i];
                        if (c == '\n') {
                            line++;
                            column = 1;
                        } else if (!Character.isLowSurrogate(c)) {
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
