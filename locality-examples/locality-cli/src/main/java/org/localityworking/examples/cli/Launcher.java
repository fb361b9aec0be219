package org.localityworking.examples.cli;

import java.nio.file.Path;

/**
 * The jar's entry point. It uses nothing outside the JDK, so that {@code locality-cli.jar} copied without the
 * {@code lib/} folder its manifest names says so in one line, instead of failing with a Java error on the first
 * library class; then it runs {@link LocalityCli}. {@code locality-cli-standalone.jar} carries every library inside
 * it and needs no folder.
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * Checks that the app's libraries are there, then runs it.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (missing("picocli.CommandLine") || missing("org.localityworking.storage.LocalityStore")) {
            String jar = "locality-cli.jar";
            try {
                jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (java.net.URISyntaxException | RuntimeException e) {
                // the name alone will do
            }
            System.err.println("error: " + jar + " needs the lib/ folder that was built beside it (target/lib): copy"
                    + " the folder with the jar, or run locality-cli-standalone.jar, which carries everything in one"
                    + " file");
            System.exit(1);
        }
        LocalityCli.main(args);
    }

    private static boolean missing(String className) {
        try {
            Class.forName(className, false, Launcher.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }
}
