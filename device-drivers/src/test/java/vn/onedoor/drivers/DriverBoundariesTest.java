package vn.onedoor.drivers;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The drivers run inside the device agent and the server alike, so they stay framework-free. */
@AnalyzeClasses(packages = "vn.onedoor.drivers", importOptions = ImportOption.DoNotIncludeTests.class)
class DriverBoundariesTest {

    @ArchTest
    static final ArchRule drivers_use_no_framework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "com.vaadin..", "jakarta..");

    @ArchTest
    static final ArchRule drivers_use_none_of_our_other_modules = noClasses()
            .should().dependOnClassesThat(resideInAPackage("vn.onedoor..").and(resideOutsideOfPackage("vn.onedoor.drivers..")));

    @ArchTest
    static final ArchRule printer_internals_are_used_only_by_the_printer_package = noClasses()
            .that().resideOutsideOfPackage("vn.onedoor.drivers.printer..")
            .should().dependOnClassesThat().resideInAPackage("vn.onedoor.drivers.printer.internal..");

    @ArchTest
    static final ArchRule simulator_internals_are_used_only_by_the_simulator = noClasses()
            .that().resideOutsideOfPackage("vn.onedoor.drivers.sim..")
            .should().dependOnClassesThat().resideInAPackage("vn.onedoor.drivers.sim.internal..");
}
