package org.localityworking.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localityworking.core.plugin.Greeters.Greeter;

/** The one plug-in registry: the same lookups and errors for any SPI. */
class PluginRegistryTest {
    @TempDir
    Path dir;

    private static final String HIDDEN = Greeters.Helper.class.getName();
    private static final String DEFINED_HERE = Greeters.NeedsHelper.class.getName();

    /**
     * A class loader whose {@code META-INF/services} lists exactly these classes; it defines
     * {@link Greeters.NeedsHelper} itself and cannot see {@link Greeters.Helper}, as when a plug-in's own
     * dependency is missing from the class path.
     */
    private ServiceLoader<Greeter> listing(String... classNames) {
        Path services = dir.resolve("META-INF/services");
        try {
            Files.createDirectories(services);
            Files.writeString(services.resolve(Greeter.class.getName()), String.join("\n", classNames) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader parent = getClass().getClassLoader();
        ClassLoader loader = new ClassLoader("hiding", parent) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    if (name.equals(HIDDEN)) {
                        throw new ClassNotFoundException(name);
                    }
                    if (name.equals(DEFINED_HERE)) {
                        Class<?> done = findLoadedClass(name);
                        if (done != null) {
                            return done;
                        }
                        try (InputStream in = parent.getResourceAsStream(name.replace('.', '/') + ".class")) {
                            byte[] bytes = in.readAllBytes();
                            return defineClass(name, bytes, 0, bytes.length);
                        } catch (IOException e) {
                            throw new ClassNotFoundException(name, e);
                        }
                    }
                    return super.loadClass(name, resolve);
                }
            }

            @Override
            protected Enumeration<URL> findResources(String name) throws IOException {
                Path file = dir.resolve(name);
                return Files.exists(file) ? Collections.enumeration(List.of(file.toUri().toURL()))
                        : Collections.emptyEnumeration();
            }
        };
        return ServiceLoader.load(Greeter.class, loader);
    }

    @Test
    void findsEveryListedPluginInOrder() {
        PluginRegistry<Greeter> r = PluginRegistry.load(Greeters.TYPE,
                listing(Greeters.Hello.class.getName(), Greeters.Hi.class.getName()));
        assertEquals(List.of("hello", "hi"), r.ids());
        assertInstanceOf(Greeters.Hi.class, r.byId("hi"));
        assertEquals(List.of(), r.problems());
        assertEquals("PluginRegistry[greeters: hello (" + Greeters.Hello.class.getName() + "), hi ("
                + Greeters.Hi.class.getName() + ")]", r.toString());
    }

    @Test
    void anUnknownIdListsTheKnownIds() {
        PluginRegistry<Greeter> r = PluginRegistry.of(Greeters.TYPE, List.of(new Greeters.Hello(), new Greeters.Hi()));
        PluginException e = assertThrows(PluginException.class, () -> r.byId("hey"));
        assertEquals("No greeter has the id 'hey'. Known ids: hello, hi.", e.getMessage());
        assertTrue(r.find("hey").isEmpty());
    }

    @Test
    void zeroPluginsSayHowToAddOne() {
        PluginRegistry<Greeter> r = PluginRegistry.load(Greeters.TYPE, listing());
        PluginException e = assertThrows(PluginException.class, () -> r.byId("hello"));
        assertEquals("No greeter has the id 'hello'. Known ids: none. Put a greeter jar on the class path.",
                e.getMessage());
        PluginException single = assertThrows(PluginException.class, () -> r.single(g -> true, "greets in Welsh"));
        assertEquals("No greeter greets in Welsh. Greeters found: none. Put a greeter jar on the class path.",
                single.getMessage());
    }

    @Test
    void twoPluginsWithOneIdBreakOnlyTheLookupsOfThatId() {
        PluginRegistry<Greeter> r = PluginRegistry.load(Greeters.TYPE, listing(Greeters.Hi.class.getName(),
                Greeters.Hello.class.getName(), Greeters.HiAgain.class.getName()));
        PluginException e = assertThrows(PluginException.class, () -> r.byId("hi"));
        assertEquals("Several greeters have the id 'hi': " + Greeters.Hi.class.getName() + " and "
                + Greeters.HiAgain.class.getName() + ". Lookups of 'hi' fail until one jar is removed from the class"
                + " path or module path.", e.getMessage());
        assertInstanceOf(Greeters.Hello.class, r.byId("hello"));
        assertEquals(1, r.problems().size());
        assertEquals(PluginProblem.Kind.DUPLICATE_ID, r.problems().get(0).kind());
        assertEquals(3, r.all().size(), "both claimants stay listed");
    }

    @Test
    void ambiguityIsAnErrorNotFirstOneWins() {
        PluginRegistry<Greeter> r = PluginRegistry.of(Greeters.TYPE, List.of(new Greeters.Hello(), new Greeters.Hi()));
        PluginException e = assertThrows(PluginException.class, () -> r.single(g -> g.id().startsWith("h"),
                "starts with h"));
        assertTrue(e.getMessage().startsWith("More than one greeter starts with h: hello ("), e.getMessage());
        assertInstanceOf(Greeters.Hi.class, r.single(g -> g.id().equals("hi"), "is hi"));
    }

    @Test
    void aPluginWhoseOwnDependencyIsMissingIsNamedWithTheMissingClass() {
        PluginRegistry<Greeter> r = PluginRegistry.load(Greeters.TYPE,
                listing(DEFINED_HERE, Greeters.Hello.class.getName()));
        assertEquals(List.of("hello"), r.ids(), "the others still load");
        PluginProblem p = r.problems().get(0);
        assertEquals(PluginProblem.Kind.MISSING_DEPENDENCY, p.kind(), p.message());
        assertEquals(DEFINED_HERE, p.plugin());
        assertEquals("Skipping the greeter " + DEFINED_HERE + ": it needs the class " + HIDDEN + ", which is on"
                + " neither the class path nor the module path. Add the jar that holds it, or remove the greeter's"
                + " jar.", p.message());
    }

    @Test
    void aListedClassThatDoesNotExistAndAWrongSpiVersionAreSkipped() {
        PluginRegistry<Greeter> r = PluginRegistry.load(Greeters.TYPE, listing("org.example.Gone",
                Greeters.FromTheFuture.class.getName(), Greeters.Hello.class.getName()));
        assertEquals(List.of("hello"), r.ids());
        assertEquals(Set.of(PluginProblem.Kind.LOAD_FAILED, PluginProblem.Kind.WRONG_SPI_VERSION),
                Set.copyOf(r.problems().stream().map(PluginProblem::kind).toList()), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("org.example.Gone not found")),
                r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("targets greeter SPI version 2.0 but this"
                + " library implements version 1.0 (a plug-in loads when")), r.problems().toString());
        PluginException e = assertThrows(PluginException.class, () -> r.byId("future"));
        assertTrue(e.getMessage().contains("SPI version 2"), "a failed lookup says why: " + e.getMessage());
    }

    @Test
    void spiVersionsAreMajorDotMinorAndAnOlderMinorLoads() {
        PluginType<Greeter> twoDotOne = PluginType.builder(Greeter.class).noun("greeter").id(Greeter::id)
                .spiVersion(g -> "2.0", "2.1").hint("").build();
        assertTrue(twoDotOne.accepts("2.0"));
        assertTrue(twoDotOne.accepts("2.1"));
        assertTrue(twoDotOne.accepts("2"));
        assertEquals(false, twoDotOne.accepts("2.2"), "a newer minor version needs a newer library");
        assertEquals(false, twoDotOne.accepts("1.9"));
        assertEquals(false, twoDotOne.accepts("3.0"));
        assertEquals(false, twoDotOne.accepts("two"));
        assertEquals(List.of("hello"), PluginRegistry.of(twoDotOne, List.of(new Greeters.Hello())).ids());
        assertThrows(IllegalArgumentException.class, () -> PluginType.builder(Greeter.class).noun("greeter")
                .id(Greeter::id).spiVersion(g -> "1", "v1").hint("").build());
    }

    @Test
    void anExplicitChoiceSelectsByClassNameAndInstantiatesNoOther() {
        Greeter hi = PluginRegistry.explicit(Greeters.TYPE, listing(DEFINED_HERE, Greeters.Hi.class.getName()),
                Greeters.Hi.class.getName());
        assertInstanceOf(Greeters.Hi.class, hi);
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.explicit(Greeters.TYPE,
                listing(Greeters.Hello.class.getName()), "org.example.Nope"));
        assertEquals("No greeter of class org.example.Nope is on the class path or module path (a greeter must be"
                + " registered in META-INF/services or with 'provides' in its module-info). Greeters offered: "
                + Greeters.Hello.class.getName() + ".", e.getMessage());
        PluginException broken = assertThrows(PluginException.class, () -> PluginRegistry.explicit(Greeters.TYPE,
                listing(DEFINED_HERE), DEFINED_HERE));
        assertTrue(broken.getMessage().contains("it needs the class " + HIDDEN), broken.getMessage());
    }
}
