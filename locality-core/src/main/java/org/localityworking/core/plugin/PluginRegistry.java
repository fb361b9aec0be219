package org.localityworking.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one registry of plug-ins for every SPI of the library (storage providers, report definitions, output
 * formats, data exporters): the same lookups, log lines and errors whatever the plug-in.
 *
 * <p>A registry is built from a {@link ServiceLoader} that the <em>consuming</em> module creates, so that
 * module's {@code uses} clause is what the module system checks; each SPI's entry point
 * ({@code StorageProviderRegistry}, {@code ReportRegistry}, {@code FormatRegistry},
 * {@code ExporterRegistry}) does this from a class loader or a {@link ModuleLayer}.
 *
 * <ul>
 *   <li>What was found is logged at INFO through SLF4J, one line per registry; each plug-in that was skipped
 *       is logged at WARN and listed in {@link #problems()}.</li>
 *   <li>A plug-in whose own dependency is missing is skipped with a {@link PluginProblem.Kind#MISSING_DEPENDENCY}
 *       problem naming the plug-in and the missing class; one that targets another SPI version is skipped
 *       with {@link PluginProblem.Kind#WRONG_SPI_VERSION}.</li>
 *   <li>Two plug-ins with the same id break only the lookups of that id: {@link #byId} fails naming both
 *       classes; every other id still works.</li>
 *   <li>{@link #byId} with an unknown id, and {@link #single} with no match or several, throw
 *       {@link PluginException} naming what was asked for and listing every plug-in found. There is no
 *       "first one found wins".</li>
 * </ul>
 * Instances are immutable and safe to share between threads.
 *
 * @param <T> the service type
 */
@API(status = STABLE, since = "1.0")
public final class PluginRegistry<T> {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    /** Stops a loader that fails on every call from looping forever. */
    private static final int MAX_LOAD_ERRORS = 100;

    private final PluginType<T> type;
    private final List<T> plugins;
    private final List<PluginProblem> problems;

    private PluginRegistry(PluginType<T> type, List<T> plugins, List<PluginProblem> loadProblems) {
        this.type = type;
        this.plugins = List.copyOf(plugins);
        List<PluginProblem> all = new ArrayList<>(loadProblems);
        all.addAll(duplicates());
        this.problems = List.copyOf(all);
    }

    /**
     * Discovers the plug-ins a service loader finds. The loader must have been created by the module that
     * uses the service (the one whose {@code module-info} says {@code uses}).
     *
     * @param type   the SPI
     * @param loader {@code ServiceLoader.load(Service.class, classLoader)} or {@code ServiceLoader.load(layer, Service.class)}
     * @param <T>    the service type
     * @return the registry of what loaded; never fails because one plug-in is broken
     */
    public static <T> PluginRegistry<T> load(PluginType<T> type, ServiceLoader<T> loader) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(loader, "loader");
        List<T> found = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (ServiceLoader.Provider<T> provider : providers(type, loader, problems)) {
            instantiate(type, provider, problems).ifPresent(found::add);
        }
        PluginRegistry<T> registry = new PluginRegistry<>(type, found, problems);
        registry.problems.forEach(p -> LOG.warn("{}", p.message()));
        LOG.info("{} found: {}", capitalised(type.nouns()), registry.describe());
        return registry;
    }

    /**
     * The class loader discovery uses when the caller names none: the thread's context class loader, or, when
     * there is none, the loader of the given class.
     *
     * @param owner the class whose loader is the fallback (the SPI entry point's own class)
     * @return the loader
     */
    public static ClassLoader defaultLoader(Class<?> owner) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : owner.getClassLoader();
    }

    /**
     * A registry of exactly these plug-ins, with no discovery: for explicit wiring and tests.
     *
     * @param type    the SPI
     * @param plugins the plug-ins, in the order lookups list them
     * @param <T>     the service type
     * @return the registry
     */
    public static <T> PluginRegistry<T> of(PluginType<T> type, List<? extends T> plugins) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(plugins, "plugins");
        return new PluginRegistry<>(type, new ArrayList<>(plugins), List.of());
    }

    /**
     * The plug-in of exactly this class among those the service loader offers, instantiating no other:
     * an explicit choice that bypasses discovery's id and ambiguity rules. Selecting among the loader's
     * providers (rather than by reflection on the class name) works on the module path, where a provider's
     * package is not exported.
     *
     * @param type      the SPI
     * @param loader    a service loader created by the module that uses the service
     * @param className the plug-in's fully qualified class name
     * @param <T>       the service type
     * @return the plug-in
     * @throws PluginException when no such plug-in is offered (naming those that are), or it cannot load
     */
    public static <T> T explicit(PluginType<T> type, ServiceLoader<T> loader, String className) {
        Objects.requireNonNull(className, "className");
        List<String> offered = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (ServiceLoader.Provider<T> provider : providers(type, loader, problems)) {
            String name;
            try {
                name = provider.type().getName();
            } catch (ServiceConfigurationError | LinkageError e) {
                continue;
            }
            if (name.equals(className)) {
                return instantiate(type, provider, problems).orElseThrow(
                        () -> new PluginException(problems.get(problems.size() - 1).message()));
            }
            offered.add(name);
        }
        throw new PluginException("No " + type.noun() + " of class " + className
                + " is on the class path or module path (a " + type.noun() + " must be registered in"
                + " META-INF/services or with 'provides' in its module-info). " + capitalised(type.nouns())
                + " offered: " + (offered.isEmpty() ? "none" : String.join(", ", offered)) + ".");
    }

    /**
     * The providers a loader offers, without instantiating any; a failure to read the next one (a listed class
     * that does not exist, for example) is recorded and the rest are still read, up to a limit.
     */
    private static <T> List<ServiceLoader.Provider<T>> providers(PluginType<T> type, ServiceLoader<T> loader,
                                                                  List<PluginProblem> problems) {
        List<ServiceLoader.Provider<T>> providers = new ArrayList<>();
        Iterator<ServiceLoader.Provider<T>> it = loader.stream().iterator();
        for (int errors = 0; errors < MAX_LOAD_ERRORS; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                providers.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                problems.add(problem(type, "a " + type.noun() + " listed for " + type.service().getName(), e));
            }
        }
        return providers;
    }

    private static <T> Optional<T> instantiate(PluginType<T> type, ServiceLoader.Provider<T> provider,
                                               List<PluginProblem> problems) {
        String name;
        try {
            name = provider.type().getName();
        } catch (ServiceConfigurationError | LinkageError e) {
            problems.add(problem(type, "a " + type.noun(), e));
            return Optional.empty();
        }
        T plugin;
        try {
            plugin = provider.get();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(problem(type, name, e));
            return Optional.empty();
        }
        String version;
        try {
            version = type.spiVersion().apply(plugin);
        } catch (RuntimeException | LinkageError e) {
            problems.add(problem(type, name, e));
            return Optional.empty();
        }
        if (!type.accepts(version)) {
            problems.add(new PluginProblem(name, PluginProblem.Kind.WRONG_SPI_VERSION, "Skipping the " + type.noun()
                    + " " + name + ": it targets " + type.noun() + " SPI version " + version
                    + " but this library implements version " + type.currentVersion() + " (a plug-in loads when it"
                    + " targets the same major version and a minor version no higher)"));
            return Optional.empty();
        }
        return Optional.of(plugin);
    }

    private static PluginProblem problem(PluginType<?> type, String plugin, Throwable error) {
        Optional<String> missing = missingClass(error);
        if (missing.isPresent()) {
            return new PluginProblem(plugin, PluginProblem.Kind.MISSING_DEPENDENCY, "Skipping the " + type.noun() + " "
                    + plugin + ": it needs the class " + missing.get() + ", which is on neither the class path nor"
                    + " the module path. Add the jar that holds it, or remove the " + type.noun() + "'s jar.");
        }
        return new PluginProblem(plugin, PluginProblem.Kind.LOAD_FAILED, "Skipping the " + type.noun() + " " + plugin
                + ": it failed to load: " + error);
    }

    /**
     * {@return the class a failure's cause chain says is missing (a plug-in's dependency that no jar holds), by its
     * binary name, if it says so}: for a plug-in that fails when it first uses a class, as discovery does for one
     * that fails to load
     *
     * @param error the failure, for example a {@link NoClassDefFoundError}
     * @since 1.1
     */
    public static Optional<String> missingClass(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if ((t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) && t.getMessage() != null) {
                return Optional.of(t.getMessage().replace('/', '.'));
            }
        }
        return Optional.empty();
    }

    private List<PluginProblem> duplicates() {
        Map<String, List<T>> byId = new LinkedHashMap<>();
        plugins.forEach(p -> byId.computeIfAbsent(type.idOf(p), k -> new ArrayList<>()).add(p));
        return byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> new PluginProblem(e.getValue().get(1).getClass().getName(), PluginProblem.Kind.DUPLICATE_ID,
                        duplicateMessage(e.getKey(), e.getValue())))
                .toList();
    }

    private String duplicateMessage(String id, List<T> claimants) {
        return "Several " + type.nouns() + " have the id '" + id + "': " + classes(claimants)
                + ". Lookups of '" + id + "' fail until one jar is removed from the class path or module path.";
    }

    /** {@return the SPI this registry holds plug-ins of} */
    public PluginType<T> type() {
        return type;
    }

    /** {@return every plug-in found, in discovery order (two with one id are both listed)} */
    public List<T> all() {
        return plugins;
    }

    /** {@return the distinct ids of the plug-ins found, in discovery order} */
    public List<String> ids() {
        return plugins.stream().map(type::idOf).distinct().toList();
    }

    /** {@return what was skipped at discovery, and the ids that several plug-ins claim} */
    public List<PluginProblem> problems() {
        return problems;
    }

    /**
     * The plug-in with this id, if one has it.
     *
     * @param id the id
     * @return the plug-in, or empty when none has the id
     * @throws PluginException when several plug-ins have the id, naming their classes
     */
    public Optional<T> find(String id) {
        List<T> matching = plugins.stream().filter(p -> type.idOf(p).equals(id)).toList();
        if (matching.size() > 1) {
            throw new PluginException(duplicateMessage(id, matching));
        }
        return matching.stream().findFirst();
    }

    /**
     * The plug-in with this id.
     *
     * @param id the id
     * @return the plug-in
     * @throws PluginException when none has the id (listing the known ids) or several have it (naming them)
     */
    public T byId(String id) {
        return find(id).orElseThrow(() -> new PluginException("No " + type.noun() + " has the id '" + id + "'. Known ids: "
                + (plugins.isEmpty() ? "none" : String.join(", ", ids())) + "." + whenNone()));
    }

    /**
     * The one plug-in that passes a test, for example the one storage provider that accepts a location.
     *
     * @param test        the test
     * @param description what the test asks, completing "No storage provider ...", for example
     *                    {@code "accepts the location 'memory:'"}
     * @return the one plug-in that passes
     * @throws PluginException when none passes (listing every plug-in found) or several do (naming them)
     */
    public T single(Predicate<? super T> test, String description) {
        List<T> passing = plugins.stream().filter(test).toList();
        if (passing.size() == 1) {
            return passing.get(0);
        }
        if (passing.isEmpty()) {
            throw new PluginException("No " + type.noun() + " " + description + ". " + capitalised(type.nouns())
                    + " found: " + describe() + "." + whenNone());
        }
        throw new PluginException("More than one " + type.noun() + " " + description + ": " + describe(passing)
                + ". Choose one explicitly, or remove one jar from the class path or module path.");
    }

    /** {@return the plug-ins found as {@code id (class)}, or "none", for messages} */
    public String describe() {
        return describe(plugins);
    }

    private String describe(List<T> some) {
        return some.isEmpty() ? "none"
                : some.stream().map(p -> type.idOf(p) + " (" + p.getClass().getName() + ")").collect(Collectors.joining(", "));
    }

    private String whenNone() {
        String skipped = problems.stream().filter(p -> p.kind() != PluginProblem.Kind.DUPLICATE_ID)
                .map(PluginProblem::message).collect(Collectors.joining(" "));
        return (skipped.isEmpty() ? "" : " " + skipped) + (plugins.isEmpty() ? " " + type.hint() : "");
    }

    private String classes(List<T> plugins) {
        return plugins.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(" and "));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String toString() {
        return "PluginRegistry[" + type.nouns() + ": " + describe() + "]";
    }
}
