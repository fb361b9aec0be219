package org.localityworking.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localityworking.interop.registry.ExporterRegistry;
import org.localityworking.interop.registry.ImporterRegistry;

/** {@code export --help} and {@code import --help} name every exporter and importer the registries find. */
class HelpListsEveryPlugInTest {

    @Test
    void exportHelpNamesEveryExporter() {
        Cli help = Cli.run("export", "--help");
        assertEquals(0, help.exit(), help.err());
        List<String> ids = ExporterRegistry.discover().ids().stream().toList();
        assertTrue(ids.size() >= 6, "exporters: " + ids);
        ids.forEach(id -> assertTrue(help.out().contains(id), "export --help does not name " + id + ":\n" + help.out()));
    }

    @Test
    void importHelpNamesEveryImporter() {
        Cli help = Cli.run("import", "--help");
        assertEquals(0, help.exit(), help.err());
        List<String> ids = ImporterRegistry.discover().ids().stream().toList();
        assertTrue(ids.size() >= 6, "importers: " + ids);
        ids.forEach(id -> assertTrue(help.out().contains(id), "import --help does not name " + id + ":\n" + help.out()));
    }
}
