package vn.onedoor.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module and layer boundaries of ARCHITECTURE.md, checked on the compiled classes of all modules. */
class ArchitectureTest {

    private static final String[] CORE = {"vn.onedoor.center..", "vn.onedoor.catalog..", "vn.onedoor.identity..",
        "vn.onedoor.device..", "vn.onedoor.platform..", "vn.onedoor.demo..", "vn.onedoor.queue..",
        "vn.onedoor.calendar..", "vn.onedoor.dossier..", "vn.onedoor.rating.."};
    private static final String[] UI = {"vn.onedoor.kiosk..", "vn.onedoor.counter..", "vn.onedoor.display.."};
    private static final String DRIVERS = "vn.onedoor.drivers..";
    private static final String APP = "vn.onedoor.app..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.onedoor");
    }

    @Test
    void every_module_is_on_the_classpath_of_this_check() {
        // Guards the guard: a rule over an empty set of classes would pass vacuously.
        org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("vn.onedoor.center"))
                .anyMatch(p -> p.startsWith("vn.onedoor.kiosk"))
                .anyMatch(p -> p.startsWith("vn.onedoor.counter"))
                .anyMatch(p -> p.startsWith("vn.onedoor.display"))
                .anyMatch(p -> p.startsWith("vn.onedoor.drivers"))
                .anyMatch(p -> p.startsWith("vn.onedoor.app"));
    }

    @Test
    void screens_use_application_services_only_never_repositories_or_sql() {
        noClasses().that().resideInAnyPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "io.micronaut.data..", "java.sql..",
                        "javax.sql..", APP, DRIVERS)
                .check(classes);
    }

    @Test
    void a_screen_module_does_not_reach_into_another() {
        noClasses().that().resideInAPackage("vn.onedoor.kiosk..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.onedoor.counter..", "vn.onedoor.display..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.onedoor.counter..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.onedoor.kiosk..", "vn.onedoor.display..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.onedoor.display..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.onedoor.kiosk..", "vn.onedoor.counter..")
                .check(classes);
    }

    @Test
    void the_core_knows_nothing_of_the_web_the_screens_or_the_app() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "io.micronaut.http..",
                        "jakarta.servlet..", APP, DRIVERS, "vn.onedoor.kiosk..", "vn.onedoor.counter..",
                        "vn.onedoor.display..")
                .check(classes);
    }

    @Test
    void device_drivers_depend_on_nothing_of_ours_nor_on_micronaut_or_vaadin() {
        noClasses().that().resideInAPackage(DRIVERS)
                .should().dependOnClassesThat().resideInAnyPackage(CORE)
                .orShould().dependOnClassesThat().resideInAnyPackage(UI)
                .orShould().dependOnClassesThat().resideInAnyPackage(APP, "io.micronaut..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void internals_of_a_feature_are_used_by_that_feature_only() {
        for (String feature : new String[] {"center", "catalog", "identity", "device", "calendar", "dossier", "rating",
            "queue"}) {
            noClasses().that().resideOutsideOfPackage("vn.onedoor." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("vn.onedoor." + feature + ".internal..")
                    .check(classes);
        }
    }

    @Test
    void the_queue_and_dossier_models_are_free_of_frameworks_and_serialisation() {
        noClasses().that().resideInAnyPackage("vn.onedoor.queue.model..", "vn.onedoor.dossier.model..")
                .and().haveSimpleNameNotEndingWith("Test")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "com.fasterxml..",
                        "com.vaadin..", "java.sql..", "javax.sql..", "org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void the_calendar_model_is_plain_java() {
        // Test classes of the core's test-jar are on this classpath too; the rule is about the model's own.
        classes().that().resideInAPackage("vn.onedoor.calendar.model..").and().haveSimpleNameNotEndingWith("Test")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.onedoor.calendar.model..", "java..")
                .check(classes);
    }

    @Test
    void the_dossier_model_knows_no_framework_no_sql_and_no_other_feature_but_the_calendar_channel() {
        noClasses().that().resideInAPackage("vn.onedoor.dossier.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.context..", "io.micronaut.data..",
                        "java.sql..", "vn.onedoor.dossier.internal..", "vn.onedoor.queue..", "vn.onedoor.catalog..",
                        "vn.onedoor.center..")
                .check(classes);
    }

    @Test
    void nothing_of_the_core_depends_on_dossiers_but_the_dossier_feature() {
        noClasses().that().resideInAnyPackage("vn.onedoor.queue..", "vn.onedoor.calendar..", "vn.onedoor.catalog..",
                        "vn.onedoor.center..", "vn.onedoor.identity..")
                .should().dependOnClassesThat().resideInAPackage("vn.onedoor.dossier..")
                .check(classes);
    }

    @Test
    void the_queue_does_not_depend_on_ratings() {
        noClasses().that().resideInAPackage("vn.onedoor.queue..")
                .should().dependOnClassesThat().resideInAPackage("vn.onedoor.rating..")
                .check(classes);
    }

    @Test
    void features_of_the_core_have_no_dependency_cycles() {
        slices().matching("vn.onedoor.(*)..").should().beFreeOfCycles().check(classes);
    }
}
