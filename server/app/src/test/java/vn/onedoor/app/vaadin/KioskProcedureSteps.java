package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.html.NativeButton;

/** Steps through the kiosk's procedure screens, for the form tests. */
final class KioskProcedureSteps {

    private KioskProcedureSteps() {
    }

    /** From the kiosk's home: procedures, the field, then the procedure whose name starts so. */
    static void openProcedure(String field, String procedureStart) {
        click("od-door", "Thủ tục & biểu mẫu");
        click("od-choice", field);
        click("od-choice", procedureStart);
    }

    private static void click(String className, String textStart) {
        _click(_find(NativeButton.class, spec -> spec.withClasses(className)).stream()
                .filter(b -> b.getElement().getTextRecursively().startsWith(textStart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + className + " starting with " + textStart)));
    }
}
