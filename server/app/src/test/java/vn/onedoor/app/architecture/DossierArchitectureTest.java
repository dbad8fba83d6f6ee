package vn.onedoor.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dossier feature's boundaries: its internals stay inside, its model stays framework-free. */
class DossierArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.onedoor");
    }

    @Test
    void only_the_dossier_feature_uses_its_internals() {
        noClasses().that().resideOutsideOfPackage("vn.onedoor.dossier..")
                .should().dependOnClassesThat().resideInAPackage("vn.onedoor.dossier.internal..")
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
}
