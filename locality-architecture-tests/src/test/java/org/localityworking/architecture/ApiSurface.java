package org.localityworking.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The public API of the library's modules, read from their compiled classes: the packages each module exports
 * to everyone, the public types in them, and a description of each type's public and protected signatures.
 * The description is what {@code ApiDescriptionTest} compares with the committed one.
 */
final class ApiSurface {

    private ApiSurface() {
    }

    /** {@return every library module on the class path (named {@code org.localityworking.*}, examples apart), by name} */
    static Map<String, ModuleDescriptor> libraryModules() {
        Map<String, ModuleDescriptor> modules = new TreeMap<>();
        try {
            for (URL url : Collections.list(ApiSurface.class.getClassLoader().getResources("module-info.class"))) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor d = ModuleDescriptor.read(in);
                    if (d.name().startsWith("org.localityworking.") && !d.name().startsWith("org.localityworking.examples")) {
                        modules.put(d.name(), d);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modules;
    }

    /** {@return the packages the module exports to every module (qualified exports are not public API)} */
    static SortedSet<String> exportedPackages(ModuleDescriptor module) {
        SortedSet<String> packages = new TreeSet<>();
        module.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
        return packages;
    }

    /** {@return the public top-level types of the packages, sorted by name} */
    static List<Class<?>> publicTypes(Iterable<String> packages) {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : packages) {
            for (JavaClass c : new ClassFileImporter().importPackages(pkg)) {
                if (c.getPackageName().equals(pkg) && c.isTopLevelClass()
                        && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                    types.add(load(c.getName()));
                }
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSurface.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    /** {@return the type's {@code @API} mark as "STATUS since VERSION", or empty when it carries none} */
    static Optional<String> mark(Class<?> type) {
        API api = type.getAnnotation(API.class);
        return Optional.ofNullable(api).map(a -> a.status() + " since " + a.since());
    }

    /**
     * {@return the lines that describe the types: each type with its mark, its supertypes and the types a sealed
     *         one permits, then its public and protected constructors, fields and methods (and its public nested
     *         types, the same way), sorted so that the description changes only when the API does}
     */
    static List<String> describe(List<Class<?>> types) {
        List<String> lines = new ArrayList<>();
        for (Class<?> t : types) {
            describe(t, lines);
        }
        return lines;
    }

    private static void describe(Class<?> t, List<String> lines) {
        StringBuilder head = new StringBuilder(t.toGenericString());
        if (t.getGenericSuperclass() != null && t.getSuperclass() != Object.class) {
            head.append(" extends ").append(t.getGenericSuperclass().getTypeName());
        }
        if (t.getGenericInterfaces().length > 0) {
            head.append(t.isInterface() ? " extends " : " implements ");
            head.append(String.join(", ", Arrays.stream(t.getGenericInterfaces()).map(i -> i.getTypeName()).toList()));
        }
        if (t.isSealed()) {
            head.append(" permits ").append(String.join(", ",
                    Arrays.stream(t.getPermittedSubclasses()).map(Class::getName).sorted().toList()));
        }
        mark(t).ifPresent(m -> head.append("  @API(").append(m).append(')'));
        lines.add(head.toString());
        SortedSet<String> members = new TreeSet<>();
        for (Constructor<?> c : t.getDeclaredConstructors()) {
            if (visible(c) && !c.isSynthetic()) {
                members.add("  " + c.toGenericString());
            }
        }
        for (Field f : t.getDeclaredFields()) {
            if (visible(f) && !f.isSynthetic()) {
                members.add("  " + f.toGenericString());
            }
        }
        for (Method m : t.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
                members.add("  " + m.toGenericString());
            }
        }
        lines.addAll(members);
        Arrays.stream(t.getDeclaredClasses())
                .filter(n -> Modifier.isPublic(n.getModifiers()) || Modifier.isProtected(n.getModifiers()))
                .sorted(Comparator.comparing(Class::getName))
                .forEach(n -> describe(n, lines));
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }
}
