package org.localityworking.examples.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.localityworking.core.ValidationException;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The officers who may sign in, from a file of {@code user.NAME=HASH} lines, each password hashed with bcrypt
 * (Spring Security's {@code BCrypt}, cost 12): the file holds no password. {@code locality-web hash-password} makes a
 * line. Checking an unknown name costs as much as a known one, so the time taken does not tell which names exist.
 */
public final class Accounts {
    /** The bcrypt cost: 2^12 rounds, about a quarter of a second on the project's machine. */
    static final int COST = 12;
    private static final String UNKNOWN = BCrypt.hashpw("no such officer", BCrypt.gensalt(COST));

    private final Map<String, String> hashes;

    private Accounts(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /** {@return no accounts: nobody can sign in, and the INTERNAL site is closed} */
    public static Accounts none() {
        return new Accounts(Map.of());
    }

    /**
     * Reads the accounts file.
     *
     * @param file {@code user.NAME=HASH} lines ({@code #} comments allowed)
     * @return the accounts
     * @throws ValidationException naming the file and the line's key when a name or hash is not one
     * @throws IOException when the file cannot be read
     */
    public static Accounts read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> hashes = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (!key.matches("user\\.[A-Za-z0-9._-]{1,64}")) {
                throw new ValidationException(file + ": " + key, value, "must be user.NAME, a name of letters, digits,"
                        + " '.', '_' or '-'");
            }
            if (!value.matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}")) {
                throw new ValidationException(file + ": " + key, "(not shown)", "must be a bcrypt hash, as"
                        + " 'locality-web hash-password' writes: never a password");
            }
            hashes.put(key.substring("user.".length()), value);
        }
        return new Accounts(hashes);
    }

    /**
     * {@return a line for the accounts file}
     *
     * @param name     the officer's user name
     * @param password the password
     */
    public static String line(String name, char[] password) {
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new ValidationException("name", name, "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (password.length < 12) {
            throw new ValidationException("password", "(not shown)", "must be at least 12 characters");
        }
        return "user." + name + "=" + BCrypt.hashpw(new String(password), BCrypt.gensalt(COST));
    }

    /**
     * {@return the officer's name when the password is theirs}
     *
     * @param name     the name given
     * @param password the password given
     */
    Optional<String> check(String name, String password) {
        String hash = hashes.get(name);
        boolean ok;
        try {
            ok = BCrypt.checkpw(password, hash == null ? UNKNOWN : hash);
        } catch (IllegalArgumentException e) {
            ok = false; // longer than bcrypt takes (72 bytes): not a password this file holds
        }
        return ok && hash != null ? Optional.of(name) : Optional.empty();
    }

    /** {@return whether anyone can sign in} */
    boolean any() {
        return !hashes.isEmpty();
    }
}
