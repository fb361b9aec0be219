package org.localityworking.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.localityworking.storage.ErasureReport;
import org.localityworking.storage.LocalityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Erases one person from the store (the right to erasure), or says what that would change. */
@Command(name = "erase", mixinStandardHelpOptions = true,
        header = "Erases a person everywhere (the right to erasure), or with --dry-run says what it would change.",
        description = {"Erases a person everywhere (the right to erasure): their personal fields, and their name,",
            "e-mail address, phone number and address in the free text of every record, in one unit of work; the",
            "records others own stay, marking the person's place. Lists the records to read again, field by field.",
            "With --dry-run, says what it would change and writes nothing."})
final class EraseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "PERSON", description = "The person's id, for example p-123")
    String personId;

    @Option(names = "--dry-run", description = "say what the erasure would change, writing nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (LocalityStore s = store.openExisting()) {
            ErasureReport r = dryRun ? s.previewErasure(personId) : s.erasePerson(personId);
            o.printf("%s %s in %s: %d records %s, %d still point at the person's (erased) record.%n",
                    dryRun ? "Erasing would change" : "Erased", personId, s.location(), r.rewritten().size(),
                    dryRun ? "would be rewritten" : "rewritten", r.referring().size());
            if (r.reviews().isEmpty()) {
                o.println("Nothing to review: no other record's text named them.");
            } else {
                o.println("To review (their name, e-mail, phone or address was taken out of these fields; the words"
                        + " around it may still identify them):");
                r.reviews().forEach(review -> o.println("  " + review));
            }
            r.traces().forEach(t -> o.println("Note: " + t));
            if (dryRun) {
                o.println("Nothing was written (--dry-run).");
            }
        }
        return 0;
    }
}
