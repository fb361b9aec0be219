package org.localityworking.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.storage.LocalityStore;
import org.localityworking.storage.StandardKinds;
import org.localityworking.storage.UnitOfWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sets up a council of one's own from its configuration file: the first step for a council that is neither example. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        header = "Sets up a council in the store from its configuration file.",
        description = {"Sets up a council in the store from its configuration file (UTF-8 properties, documented at the",
            "top of the shipped trafford.properties): the council, its wards and localities, its strategy, its",
            "officers' posts and its networks, in one unit of work. A bad file is refused whole, naming the file, the",
            "key, the value and the rule, and nothing is written; so is a council the store already holds."})
final class SetupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The council's configuration file, for example ashcombe.properties")
    Path file;

    /** Saves everything a council's configuration defines, as new records, in the unit of work. */
    static void save(UnitOfWork u, CouncilDefinition d) {
        u.save(StandardKinds.COUNCIL, d.council(), 0);
        d.wards().forEach(w -> u.save(StandardKinds.WARD, w, 0));
        d.localities().forEach(l -> u.save(StandardKinds.LOCALITY, l, 0));
        d.strategy().ifPresent(st -> u.save(StandardKinds.STRATEGY, st, 0));
        d.people().forEach(p -> u.save(StandardKinds.PERSON, p, 0));
        d.networks().forEach(n -> u.save(StandardKinds.NETWORK, n, 0));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CouncilDefinition d;
        try {
            d = org.localityworking.interop.run.CouncilMaps.withWardBoundaries(CouncilConfigurations.read(file));
        } catch (UncheckedIOException e) {
            err.println("error: cannot read the configuration file: " + LocalityCli.oneLine(e.getCause()));
            return 1;
        }
        String id = d.council().id();
        try (LocalityStore s = store.open()) {
            if (s.get(StandardKinds.COUNCIL, id).isPresent()) {
                err.println("error: the store " + s.location() + " already holds the council " + id
                        + "; nothing was written (use another store, or change that council's records directly)");
                return 1;
            }
            s.runInTransaction(u -> save(u, d));
            out.printf("Set up %s (%s) in %s: %d wards, %d localities, %d people and posts, %d networks%s.%n",
                    d.council().name(), id, s.location(), d.wards().size(), d.localities().size(), d.people().size(),
                    d.networks().size(), d.strategy().isPresent() ? ", its strategy" : "");
            out.println("Next: record its assets (import assets FILE.csv) and people (import people FILE.csv), then"
                    + " write a report, for example: report locality-profile --council " + id + " --store " + s.location());
        }
        return 0;
    }
}
