package org.localityworking.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The floor under any program that writes a given set of files: a JVM that holds their bytes and writes them to a
 * new folder, computing nothing. {@code demo-scale.sh} times it, as a process of its own, beside the demo that wrote
 * those files: what the demo costs above starting a JVM and writing its output.
 *
 * <p>Run: {@code java -cp locality-benchmarks/target/benchmarks.jar org.localityworking.benchmarks.FilesFloor FROM TO}
 * (reads every file under FROM, then writes each under TO at the same relative path; prints one RESULT line).
 */
public final class FilesFloor {
    private FilesFloor() {
    }

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(from)) {
            all.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(from.relativize(f), Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        long start = System.nanoTime();
        long bytes = 0;
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Path target = to.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
            bytes += f.getValue().length;
        }
        System.out.printf(Locale.ROOT, "RESULT floor files=%d bytes=%d write_seconds=%.3f%n", files.size(), bytes,
                (System.nanoTime() - start) / 1e9);
    }
}
