package vn.onedoor.display.speech;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SpeechIsFrameworkFreeTest {

    @Test
    void speech_depends_on_the_jdk_only_not_on_vaadin_micronaut_servlets_or_other_features() {
        JavaClasses speech = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("vn.onedoor.display.speech");
        assertThat(speech).extracting(c -> c.getSimpleName()).contains("VietnameseNumbers", "AnnouncementAudio");

        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "io.micronaut..",
                "jakarta..", "javax.servlet..", "vn.onedoor.display.ui..", "vn.onedoor.center..")
                .check(speech);
    }
}
