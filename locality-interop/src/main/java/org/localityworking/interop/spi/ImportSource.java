package org.localityworking.interop.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.localityworking.interop.ImportException;

/**
 * The file an importer reads: its name (for messages) and its bytes, which an importer may open more than once
 * (to check the encoding before it parses).
 */
@API(status = STABLE, since = "1.0")
public interface ImportSource {
    /** {@return the file's name, as the user knows it} */
    String name();

    /**
     * {@return a new stream over the file's bytes; the importer closes it}
     *
     * @throws ImportException when the file does not exist, is a folder or cannot be read
     */
    InputStream open() throws IOException;

    /** {@return a source over the file, which is checked (exists, is a file, can be read) each time it is opened} */
    static ImportSource file(Path file) {
        return new FromFile(file);
    }

    /** {@return a source over a copy of the bytes in memory, named for messages} */
    static ImportSource of(String name, byte[] bytes) {
        return new FromBytes(name, bytes.clone());
    }

    /**
     * A file on disk, checked each time it is opened.
     *
     * @param file the file
     */
    record FromFile(Path file) implements ImportSource {
        /** @return the path as given */
        @Override
        public String name() {
            return file.toString();
        }

        /** @throws ImportException when the file does not exist, is a folder or cannot be read */
        @Override
        public InputStream open() throws IOException {
            String name = name();
            if (!Files.exists(file)) {
                throw ImportException.at(name, 0, "-", "", "does not exist");
            }
            if (Files.isDirectory(file)) {
                throw ImportException.at(name, 0, "-", "", "is a folder, not a file");
            }
            if (!Files.isReadable(file)) {
                throw ImportException.at(name, 0, "-", "", "cannot be read (check its permissions)");
            }
            return Files.newInputStream(file);
        }
    }

    /**
     * Bytes in memory (for tests, or a file an application already holds).
     *
     * @param name  the name messages use
     * @param bytes the bytes (not copied again: use {@link ImportSource#of})
     */
    @SuppressWarnings("ArrayRecordComponent") // a source is read, never compared: equality of the bytes is not needed
    record FromBytes(String name, byte[] bytes) implements ImportSource {
        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
