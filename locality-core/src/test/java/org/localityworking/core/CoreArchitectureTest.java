package org.localityworking.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** locality-core is the bottom of the module graph: the JDK only, no cycles between its packages. */
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
    static final ArchRule publicApiTypesAreRecordsInterfacesOrEnums = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().arePublic().and().resideInAnyPackage("org.localityworking.core.model..",
                    "org.localityworking.core.rules..", "org.localityworking.core.config..")
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "be a record, an interface or an enum") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean ok = c.isRecord() || c.isInterface() || c.isEnum();
                    events.add(new com.tngtech.archunit.lang.SimpleConditionEvent(c, ok,
                            c.getName() + (ok ? " is" : " is not") + " a record, an interface or an enum"));
                }
            })
            .because("the public API is records and interfaces (the standards)");

    @ArchTest
    static final ArchRule modelDoesNotReachIntoConfig = noClasses()
            .that().resideInAPackage("org.localityworking.core.model..")
            .should().dependOnClassesThat().resideInAPackage("org.localityworking.core.config..");
}
