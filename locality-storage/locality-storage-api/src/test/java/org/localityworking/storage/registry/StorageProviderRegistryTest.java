package org.localityworking.storage.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.storage.LocalityStore;
import org.localityworking.core.ValidationException;
import org.localityworking.core.plugin.PluginException;
import org.localityworking.core.plugin.PluginProblem;
import org.localityworking.core.plugin.PluginRegistry;
import org.localityworking.storage.spi.StorageBackendProvider;

/** Discovery through ServiceLoader: found, skipped, refused, and bypassed by an explicit choice. */
class StorageProviderRegistryTest {
    @TempDir
    Path dir;

    private final ClassLoader originalContextLoader = Thread.currentThread().getContextClassLoader();

    @AfterEach
    void restore() {
        System.clearProperty(Stores.PROVIDER_PROPERTY);
        Thread.currentThread().setContextClassLoader(originalContextLoader);
    }

    /** A class loader whose META-INF/services lists exactly these provider classes. */
    private ClassLoader listing(String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StorageBackendProvider.class.getName()),
                String.join("\n", classNames) + "\n", StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private static String[] names(Class<?>... types) {
        return Arrays.stream(types).map(Class::getName).toArray(String[]::new);
    }

    @Test
    void findsEveryListedProvider() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class,
                FakeProviders.Beta.class)));
        assertEquals(List.of("alpha", "beta"), r.ids());
        assertInstanceOf(FakeProviders.Alpha.class, StorageProviderRegistry.forLocation(r, "alpha:x"));
        assertInstanceOf(FakeProviders.Beta.class, r.byId("beta"));
    }

    @Test
    void noProviderForALocationNamesTheLocationAndEveryProvider() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class,
                FakeProviders.Beta.class)));
        PluginException e = assertThrows(PluginException.class,
                () -> StorageProviderRegistry.forLocation(r, "sqlite:./x.db"));
        assertTrue(e.getMessage().startsWith("No storage provider accepts the location 'sqlite:./x.db'"), e.getMessage());
        assertTrue(e.getMessage().contains("alpha (" + FakeProviders.Alpha.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("beta (" + FakeProviders.Beta.class.getName()), e.getMessage());
    }

    @Test
    void aMistypedSchemeIsAnsweredWithTheNearestAndEveryProvidersExamples() {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha(),
                new FakeProviders.Beta()));
        PluginException e = assertThrows(PluginException.class, () -> StorageProviderRegistry.forLocation(r, "alhpa:x"));
        assertTrue(e.getMessage().startsWith("No storage provider accepts the location 'alhpa:x'; did you mean alpha:?"),
                e.getMessage());
        for (StorageBackendProvider p : r.all()) {
            p.info().locationExamples().forEach(x -> assertTrue(e.getMessage().contains(x), x + " in " + e.getMessage()));
        }
        PluginException far = assertThrows(PluginException.class, () -> StorageProviderRegistry.forLocation(r, "zzzzzzz:x"));
        assertTrue(!far.getMessage().contains("did you mean"), "no guess when nothing is near: " + far.getMessage());
    }

    @Test
    void zeroProvidersSaysSoAndHowToFixIt() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing());
        assertEquals(List.of(), r.all());
        PluginException e = assertThrows(PluginException.class, () -> StorageProviderRegistry.forLocation(r, "memory:"));
        assertTrue(e.getMessage().contains("Storage providers found: none"), e.getMessage());
        assertTrue(e.getMessage().contains("locality-storage-memory or locality-storage-jdbc) on the class path or"
                + " module path"), e.getMessage());
    }

    @Test
    void twoProvidersAcceptingOneLocationAreAmbiguousNotFirstWins() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class,
                FakeProviders.AlphaToo.class)));
        PluginException e = assertThrows(PluginException.class, () -> StorageProviderRegistry.forLocation(r, "alpha:x"));
        assertTrue(e.getMessage().startsWith("More than one storage provider accepts the location 'alpha:x'"),
                e.getMessage());
        assertTrue(e.getMessage().contains(FakeProviders.AlphaToo.class.getName()), e.getMessage());
    }

    @Test
    void twoProvidersWithOneIdBreakOnlyTheLookupsOfThatId() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(names(FakeProviders.Beta.class,
                FakeProviders.BetaClone.class, FakeProviders.Alpha.class)));
        PluginException e = assertThrows(PluginException.class, () -> r.byId("beta"));
        assertTrue(e.getMessage().contains("'beta'"), e.getMessage());
        assertTrue(e.getMessage().contains(FakeProviders.Beta.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(FakeProviders.BetaClone.class.getName()), e.getMessage());
        assertInstanceOf(FakeProviders.Alpha.class, r.byId("alpha"));
        assertEquals(List.of(PluginProblem.Kind.DUPLICATE_ID),
                r.problems().stream().map(PluginProblem::kind).toList());
    }

    @Test
    void aProviderThatFailsToLoadIsReportedAndSkipped() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(FakeProviders.Broken.class.getName(),
                "org.example.DoesNotExist", FakeProviders.Alpha.class.getName()));
        assertEquals(List.of("alpha"), r.ids());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("DoesNotExist")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.plugin().equals(FakeProviders.Broken.class.getName())
                && p.kind() == PluginProblem.Kind.LOAD_FAILED), r.problems().toString());
    }

    @Test
    void aProviderForAnotherSpiVersionIsSkipped() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(names(FakeProviders.Future.class)));
        assertEquals(List.of(), r.all());
        assertEquals(PluginProblem.Kind.WRONG_SPI_VERSION, r.problems().get(0).kind());
        assertTrue(r.problems().get(0).message().contains("SPI version 3.0 but this library implements version "
                + StorageBackendProvider.SPI_VERSION), r.problems().toString());
        PluginRegistry<StorageBackendProvider> newer = StorageProviderRegistry.discover(listing(names(
                FakeProviders.NewerMinor.class, FakeProviders.Alpha.class)));
        assertEquals(List.of("alpha"), newer.ids(), "a provider built for 2.4 does not load in a 2.3 library");
        PluginRegistry<StorageBackendProvider> older = StorageProviderRegistry.discover(listing(names(
                FakeProviders.OlderMinor.class, FakeProviders.Alpha.class)));
        assertEquals(List.of("alpha", "older-minor"), older.ids().stream().sorted().toList(),
                "a provider built for 2.0 loads in a 2.3 library");
        // only a provider built for 2.2 or later can be asked to open a store only if it exists
        assertEquals(List.of(false, false, true, true, true, false), java.util.stream.Stream.of("2.0", "2.1", "2.2", "2.3", "3.0",
                "x")
                .map(org.localityworking.storage.spi.OpenMode::takenBy).toList());
        // what the log shows of a location: never its password
        assertEquals("postgresql://db:5432/x?...", Stores.Builder.shown("postgresql://db:5432/x?user=u&password=secret"));
        assertEquals("postgresql://...@db/x", Stores.Builder.shown("postgresql://u:secret@db/x"));
        assertEquals("sqlite:./a.db", Stores.Builder.shown("sqlite:./a.db"));
    }

    @Test
    void anUnknownIdListsTheKnownIds() throws IOException {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class)));
        PluginException e = assertThrows(PluginException.class, () -> r.byId("jdbc"));
        assertEquals("No storage provider has the id 'jdbc'. Known ids: alpha.", e.getMessage());
    }

    @Test
    void aProviderGivenToTheBuilderBypassesDiscovery() {
        FakeProviders.Alpha alpha = new FakeProviders.Alpha();
        PluginRegistry<StorageBackendProvider> ambiguous = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha(),
                new FakeProviders.AlphaToo()));
        LocalityStore store = Stores.builder().registry(ambiguous).provider(alpha).location("alpha:chosen").open();
        assertEquals("LocalityStore[alpha at alpha:chosen]", store.toString());
    }

    @Test
    void theSystemPropertySelectsAmongTheLoadersProvidersByClassName() throws IOException {
        Thread.currentThread().setContextClassLoader(listing(names(FakeProviders.Alpha.class,
                FakeProviders.AlphaToo.class)));
        System.setProperty(Stores.PROVIDER_PROPERTY, FakeProviders.AlphaToo.class.getName());
        LocalityStore store = Stores.builder().location("alpha:x").open();
        assertEquals("LocalityStore[alpha-too at alpha:x]", store.toString());
    }

    @Test
    void aSystemPropertyNamingNoProviderClassIsAClearError() throws IOException {
        Thread.currentThread().setContextClassLoader(listing(names(FakeProviders.Alpha.class)));
        System.setProperty(Stores.PROVIDER_PROPERTY, "org.example.Missing");
        PluginException e = assertThrows(PluginException.class, () -> Stores.open("alpha:x"));
        assertTrue(e.getMessage().startsWith("-D" + Stores.PROVIDER_PROPERTY + "=org.example.Missing: No storage"
                + " provider of class org.example.Missing"), e.getMessage());
        assertTrue(e.getMessage().contains("offered: " + FakeProviders.Alpha.class.getName()), e.getMessage());
        System.setProperty(Stores.PROVIDER_PROPERTY, FakeProviders.Alpha.class.getName());
        assertTrue(assertThrows(PluginException.class, () -> Stores.open("beta:x")).getMessage()
                .contains("does not accept the location 'beta:x'"));
    }

    @Test
    void discoveryUsesTheBuildersRegistryForTheLocation() {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha(),
                new FakeProviders.Beta()));
        assertEquals("LocalityStore[beta at beta:y]", Stores.builder().registry(r).location("beta:y").open().toString());
        PluginException e = assertThrows(PluginException.class,
                () -> Stores.builder().registry(r).location("gamma:z").open());
        assertTrue(e.getMessage().contains("'gamma:z'"), e.getMessage());
    }

    @Test
    void theLibraryOpensNoStoreWithoutALocation() {
        PluginRegistry<StorageBackendProvider> r = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha()));
        ValidationException e = assertThrows(ValidationException.class, () -> Stores.builder().registry(r).open());
        assertEquals("Stores.location", e.field());
        assertTrue(e.getMessage().contains("memory:") && e.getMessage().contains("sqlite:"), e.getMessage());
    }
}
