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
import org.localityworking.storage.StorageException;
import org.localityworking.storage.spi.StorageProvider;

/** Discovery through ServiceLoader: found, skipped, refused, and bypassed by an explicit choice. */
class StorageProviderRegistryTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Stores.PROVIDER_PROPERTY);
    }

    /** A class loader whose META-INF/services lists exactly these provider classes. */
    private ClassLoader listing(String... classNames) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StorageProvider.class.getName()),
                String.join("\n", classNames) + "\n", StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private static String[] names(Class<?>... types) {
        return Arrays.stream(types).map(Class::getName).toArray(String[]::new);
    }

    @Test
    void findsEveryListedProvider() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class,
                FakeProviders.Beta.class)));
        assertEquals(List.of("alpha", "beta"), r.providers().stream().map(StorageProvider::id).toList());
        assertInstanceOf(FakeProviders.Alpha.class, r.forLocation("alpha:x"));
        assertInstanceOf(FakeProviders.Beta.class, r.byId("beta"));
    }

    @Test
    void noProviderForALocationNamesTheLocationAndEveryProvider() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class,
                FakeProviders.Beta.class)));
        StorageException e = assertThrows(StorageException.class, () -> r.forLocation("sqlite:./x.db"));
        assertTrue(e.getMessage().contains("'sqlite:./x.db'"), e.getMessage());
        assertTrue(e.getMessage().contains("alpha (" + FakeProviders.Alpha.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("beta (" + FakeProviders.Beta.class.getName()), e.getMessage());
    }

    @Test
    void zeroProvidersSaysSoAndHowToFixIt() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing());
        assertEquals(List.of(), r.providers());
        StorageException e = assertThrows(StorageException.class, () -> r.forLocation("memory:"));
        assertTrue(e.getMessage().contains("Providers found: none"), e.getMessage());
        assertTrue(e.getMessage().contains("class path"), e.getMessage());
    }

    @Test
    void twoProvidersAcceptingOneLocationAreAmbiguousNotFirstWins() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class,
                FakeProviders.AlphaToo.class)));
        StorageException e = assertThrows(StorageException.class, () -> r.forLocation("alpha:x"));
        assertTrue(e.getMessage().startsWith("Several storage providers accept the location 'alpha:x'"), e.getMessage());
        assertTrue(e.getMessage().contains(FakeProviders.AlphaToo.class.getName()), e.getMessage());
    }

    @Test
    void twoProvidersWithOneIdFailDiscoveryNamingBoth() throws IOException {
        ClassLoader loader = listing(names(FakeProviders.Beta.class, FakeProviders.BetaClone.class));
        StorageException e = assertThrows(StorageException.class, () -> StorageProviderRegistry.discover(loader));
        assertTrue(e.getMessage().contains("'beta'"), e.getMessage());
        assertTrue(e.getMessage().contains(FakeProviders.Beta.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(FakeProviders.BetaClone.class.getName()), e.getMessage());
    }

    @Test
    void aProviderThatFailsToLoadIsReportedAndSkipped() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing(FakeProviders.Broken.class.getName(),
                "org.example.DoesNotExist", FakeProviders.Alpha.class.getName()));
        assertEquals(List.of("alpha"), r.providers().stream().map(StorageProvider::id).toList());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("DoesNotExist")), r.problems().toString());
    }

    @Test
    void aProviderForAnotherSpiVersionIsSkipped() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing(names(FakeProviders.Future.class)));
        assertEquals(List.of(), r.providers());
        assertTrue(r.problems().get(0).contains("SPI version 2"), r.problems().toString());
    }

    @Test
    void anUnknownIdListsWhatIsAvailable() throws IOException {
        StorageProviderRegistry r = StorageProviderRegistry.discover(listing(names(FakeProviders.Alpha.class)));
        StorageException e = assertThrows(StorageException.class, () -> r.byId("jdbc"));
        assertTrue(e.getMessage().contains("'jdbc'") && e.getMessage().contains("alpha ("), e.getMessage());
    }

    @Test
    void aProviderGivenToTheBuilderBypassesDiscovery() {
        FakeProviders.Alpha alpha = new FakeProviders.Alpha();
        StorageProviderRegistry ambiguous = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha(),
                new FakeProviders.AlphaToo()));
        LocalityStore store = Stores.builder().registry(ambiguous).provider(alpha).location("alpha:chosen").open();
        assertEquals("alpha:chosen via alpha", store.location());
    }

    @Test
    void theSystemPropertyBypassesDiscovery() {
        System.setProperty(Stores.PROVIDER_PROPERTY, FakeProviders.AlphaToo.class.getName());
        StorageProviderRegistry ambiguous = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha(),
                new FakeProviders.AlphaToo()));
        LocalityStore store = Stores.builder().registry(ambiguous).location("alpha:x").open();
        assertEquals("alpha:x via alpha-too", store.location());
    }

    @Test
    void aSystemPropertyNamingNoProviderClassIsAClearError() {
        System.setProperty(Stores.PROVIDER_PROPERTY, "org.example.Missing");
        StorageException e = assertThrows(StorageException.class, () -> Stores.open("alpha:x"));
        assertTrue(e.getMessage().contains("org.example.Missing"), e.getMessage());
        System.setProperty(Stores.PROVIDER_PROPERTY, String.class.getName());
        assertTrue(assertThrows(StorageException.class, () -> Stores.open("alpha:x")).getMessage()
                .contains("does not name a StorageProvider"));
    }

    @Test
    void discoveryUsesTheBuildersRegistryForTheLocation() {
        StorageProviderRegistry r = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha(), new FakeProviders.Beta()));
        assertEquals("beta:y via beta", Stores.builder().registry(r).location("beta:y").open().location());
        StorageException e = assertThrows(StorageException.class,
                () -> Stores.builder().registry(r).location("gamma:z").open());
        assertTrue(e.getMessage().contains("'gamma:z'"), e.getMessage());
    }

    @Test
    void theDefaultLocationIsAnSqliteFile() {
        assertEquals("sqlite:./locality-data/locality.db", Stores.DEFAULT_LOCATION);
        StorageProviderRegistry r = StorageProviderRegistry.of(List.of(new FakeProviders.Alpha()));
        StorageException e = assertThrows(StorageException.class, () -> Stores.builder().registry(r).open());
        assertTrue(e.getMessage().contains(Stores.DEFAULT_LOCATION), e.getMessage());
    }
}
