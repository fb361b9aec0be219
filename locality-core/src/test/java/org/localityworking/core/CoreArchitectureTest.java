package org.localityworking.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** locality-core is the bottom of the module graph: the JDK and slf4j-api only, no cycles between its packages. */
@AnalyzeClasses(packages = "org.localityworking.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNoOuterModule = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.localityworking.storage..", "org.localityworking.reporting..",
                    "org.localityworking.examples..", "org.localityworking.benchmarks..")
            .because("locality-core is what every other module builds on");

    @ArchTest
    static final ArchRule coreUsesNoJacksonOrGuava = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "com.google.common..")
            .because("locality-core depends on the JDK only");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices()
            .matching("org.localityworking.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule publicApiTypesAreRecordsInterfacesEnumsBuildersOrRuleHolders = classes().that().arePublic()
            .and().resideInAnyPackage("org.localityworking.core.model..", "org.localityworking.core.rules..",
                    "org.localityworking.core.config..")
            .should(new ArchCondition<JavaClass>("be a record, an interface, an enum, a record's nested Builder, or a"
                    + " final holder of static members with a private constructor") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String kind = c.isRecord() ? "a record" : c.isInterface() ? "an interface" : c.isEnum() ? "an enum"
                            : isBuilder(c) ? "a record's builder" : isStaticHolder(c) ? "a holder of static members"
                            : isException(c) ? "an exception" : "";
                    events.add(new SimpleConditionEvent(c, !kind.isEmpty(),
                            c.getName() + " is " + (kind.isEmpty() ? "none of those" : kind)));
                }
            })
            .because("the public API is records, interfaces, enums and builders; rules are static methods of final"
                    + " classes that cannot be instantiated or implemented (the standards)");

    private static boolean isBuilder(JavaClass c) {
        return c.getSimpleName().equals("Builder") && c.getModifiers().contains(JavaModifier.FINAL)
                && c.getModifiers().contains(JavaModifier.STATIC)
                && c.getEnclosingClass().map(JavaClass::isRecord).orElse(false)
                && c.getConstructors().stream().allMatch(k -> k.getModifiers().contains(JavaModifier.PRIVATE));
    }

    private static boolean isStaticHolder(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.FINAL)
                && c.getConstructors().stream().allMatch(k -> k.getModifiers().contains(JavaModifier.PRIVATE))
                && c.getMethods().stream().allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC))
                && c.getFields().stream().allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC));
    }

    private static boolean isException(JavaClass c) {
        return c.isAssignableTo(RuntimeException.class);
    }

    @ArchTest
    static final ArchRule modelDoesNotReachIntoConfig = noClasses()
            .that().resideInAPackage("org.localityworking.core.model..")
            .should().dependOnClassesThat().resideInAPackage("org.localityworking.core.config..");
}
