package vn.onedoor.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rating feature's boundaries: private storage, no web in the core, the queue does not know ratings. */
class RatingArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.onedoor");
    }

    @Test
    void rating_storage_is_used_by_the_rating_feature_only() {
        noClasses().that().resideOutsideOfPackage("vn.onedoor.rating..")
                .should().dependOnClassesThat().resideInAPackage("vn.onedoor.rating.internal..")
                .check(classes);
    }

    @Test
    void the_rating_feature_knows_nothing_of_the_web_the_screens_or_the_app() {
        noClasses().that().resideInAPackage("vn.onedoor.rating..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "com.vaadin..",
                        "jakarta.servlet..", "vn.onedoor.app..", "vn.onedoor.kiosk..")
                .check(classes);
    }

    @Test
    void the_queue_does_not_depend_on_ratings() {
        noClasses().that().resideInAPackage("vn.onedoor.queue..")
                .should().dependOnClassesThat().resideInAPackage("vn.onedoor.rating..")
                .check(classes);
    }
}
