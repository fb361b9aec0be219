package org.localityworking.interop.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;

/** Where an exporter writes its files: a folder, a zip, memory in tests. */
@FunctionalInterface
@API(status = STABLE, since = "1.0")
public interface ExportTarget {
    /** The rule for a file an exporter names: a plain file name, never a path. */
    String PLAIN_NAME_RULE = "must be a plain file name (letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit), not a path: an exporter writes only inside its target";

    /** {@return a new stream for the named file (a plain name such as {@code grants.json}); the exporter closes it} */
    OutputStream file(String name) throws IOException;

    /**
     * {@return the name, when it is a plain file name}
     *
     * @param name a file name an exporter gave
     * @throws org.localityworking.core.ValidationException naming the name and {@link #PLAIN_NAME_RULE} otherwise
     *         ({@code ../x}, {@code /etc/x}, {@code a/b}, {@code ..})
     */
    static String requirePlainName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}") || name.contains("..")) {
            throw new org.localityworking.core.ValidationException("ExportTarget.file", name, PLAIN_NAME_RULE);
        }
        return name;
    }

    /**
     * {@return a target that writes each file into the folder, refusing any name that is not a plain file name}
     *
     * @param folder an existing folder
     */
    static ExportTarget folder(java.nio.file.Path folder) {
        return name -> java.nio.file.Files.newOutputStream(folder.resolve(requirePlainName(name)));
    }
}
