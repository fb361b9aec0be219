package org.localityworking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The whole library's architecture, checked over every library module and the example plug-ins and app
 * (this module depends on all of them):
 * the module layers, no package cycles, SPI types are interfaces/records/enums, public signatures use
 * JDK and library types only, and library code logs rather than prints.
 */
@AnalyzeClasses(packages = "org.localityworking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Privacy by construction: no report, output format or exporter, built-in or example, and nothing of the
     * built-in reports' and formats' packages, refers to the writable store or a unit of work; they read the
     * library's audience view only.
     */
    @ArchTest
    static final ArchRule publishingPluginsNeverReachTheStore = noClasses()
            .that().implement(org.localityworking.reporting.spi.ReportDefinition.class)
            .or().implement(org.localityworking.reporting.spi.OutputFormat.class)
            .or().implement(org.localityworking.interop.spi.DataExporter.class)
            .or().resideInAnyPackage("org.localityworking.reporting.builtin..", "org.localityworking.reporting.format..",
                    "org.localityworking.reporting.spi..", "org.localityworking.reporting.internal..")
            .should().dependOnClassesThat().areAssignableTo(org.localityworking.storage.UnitOfWork.class)
            .orShould(new ArchCondition<JavaClass>("refer to the writable store") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    boolean view = c.getName().equals("org.localityworking.reporting.internal.AudienceView");
                    c.getDirectDependenciesFromSelf().stream()
                            .filter(d -> d.getTargetClass().isAssignableTo(org.localityworking.storage.LocalityStore.class))
                            .filter(d -> !view)
                            .forEach(d -> events.add(SimpleConditionEvent.violated(c, d.getDescription())));
                }
            });

    /** The report, format and exporter SPIs hand a plug-in no store: no method of theirs takes or returns one. */
    @ArchTest
    static final ArchRule publishingSpisCarryNoStore = methods().that().areDeclaredInClassesThat()
            .resideInAnyPackage("org.localityworking.reporting.spi..")
            .or().areDeclaredIn(org.localityworking.interop.spi.DataExporter.class)
            .or().areDeclaredIn(org.localityworking.interop.spi.ExportContext.class)
            .should(new ArchCondition<JavaMethod>("take or return no store") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                    boolean store = m.getRawReturnType().isAssignableTo(org.localityworking.storage.LocalityStore.class)
                            || m.getRawParameterTypes().stream()
                                    .anyMatch(t -> t.isAssignableTo(org.localityworking.storage.LocalityStore.class));
                    if (store) {
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " takes or returns the store"));
                    }
                }
            });

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Core").definedBy("org.localityworking.core..")
            .layer("Storage").definedBy("org.localityworking.storage..")
            .layer("Reporting").definedBy("org.localityworking.reporting..")
            .layer("Interop").definedBy("org.localityworking.interop..")
            .layer("Examples").definedBy("org.localityworking.examples..")
            .layer("Benchmarks").definedBy("org.localityworking.benchmarks..")
            .whereLayer("Examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("Benchmarks").mayNotBeAccessedByAnyLayer()
            .whereLayer("Interop").mayOnlyBeAccessedByLayers("Examples", "Benchmarks")
            .whereLayer("Reporting").mayOnlyBeAccessedByLayers("Interop", "Examples", "Benchmarks")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Reporting", "Interop", "Examples", "Benchmarks");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.localityworking.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule spiTypesAreInterfacesRecordsOrEnums = classes()
            .that().resideInAPackage("..spi..")
            .should(new ArchCondition<JavaClass>("be an interface, a record or an enum") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    boolean ok = c.isInterface() || c.isEnum() || c.isRecord()
                            || (c.isNestedClass() && c.getEnclosingClass().map(JavaClass::isRecord).orElse(false));
                    events.add(new SimpleConditionEvent(c, ok, c.getName() + " is a "
                            + (ok ? "permitted" : "plain class, not permitted") + " SPI type"));
                }
            })
            .allowEmptyShould(false);

    private static final DescribedPredicate<JavaClass> GUAVA_OR_JACKSON =
            DescribedPredicate.describe("a Guava or Jackson type", c -> c.getPackageName().startsWith("com.google.common")
                    || c.getPackageName().startsWith("com.fasterxml.jackson"));

    @ArchTest
    static final ArchRule publicSignaturesUseNoGuavaOrJackson = methods()
            .that().arePublic().and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackages("..internal..", "..examples..", "..benchmarks..")
            .should(new ArchCondition<JavaMethod>("use no Guava or Jackson type in the signature") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                    boolean bad = GUAVA_OR_JACKSON.test(m.getRawReturnType())
                            || m.getRawParameterTypes().stream().anyMatch(GUAVA_OR_JACKSON);
                    events.add(new SimpleConditionEvent(m, !bad, m.getFullName()
                            + (bad ? " exposes a Guava or Jackson type" : " uses JDK and library types only")));
                }
            })
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule libraryCodeDoesNotPrint = noClasses()
            .that().resideOutsideOfPackage("org.localityworking.examples..")
            .and().doNotHaveFullyQualifiedName("org.localityworking.storage.tck.CrashChild")
            .and().doNotHaveFullyQualifiedName("org.localityworking.storage.tck.MultiProcessChild")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("library code logs through SLF4J; only the example apps print, and the storage kit's two"
                    + " child processes, which report to the kit through their standard output");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
