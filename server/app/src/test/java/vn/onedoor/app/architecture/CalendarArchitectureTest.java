package vn.onedoor.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar feature's boundaries: a plain-Java model, private storage, no web in the core. */
class CalendarArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.onedoor");
    }

    @Test
    void the_calendar_model_is_plain_java() {
        // Test classes of the core's test-jar are on this classpath too; the rule is about the model's own.
        classes().that().resideInAPackage("vn.onedoor.calendar.model..").and().haveSimpleNameNotEndingWith("Test")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.onedoor.calendar.model..", "java..")
                .check(classes);
    }

    @Test
    void calendar_storage_is_used_by_the_calendar_feature_only() {
        noClasses().that().resideOutsideOfPackage("vn.onedoor.calendar..")
                .should().dependOnClassesThat().resideInAPackage("vn.onedoor.calendar.internal..")
                .check(classes);
    }

    @Test
    void the_calendar_feature_knows_nothing_of_the_web_or_the_app() {
        noClasses().that().resideInAPackage("vn.onedoor.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "com.vaadin..",
                        "jakarta.servlet..", "vn.onedoor.app..")
                .check(classes);
    }
}
