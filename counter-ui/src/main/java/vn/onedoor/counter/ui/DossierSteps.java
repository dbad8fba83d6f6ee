package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.DossierRules;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;

/**
 * The steps an officer records at the counter, each shown only when the dossier's status allows
 * it: the result is ready, hand over the result (or the refusal), ask once in writing for the missing papers, take them
 * in, refuse with a reason, apologise for a delay with a new date (003 Điều 11.3); and print the
 * receipt again.
 */
final class DossierSteps extends Div {

    private static final Set<DossierStatus> CHECKING = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENTED,
            DossierStatus.PROCESSING);
    /** The longest reason or instruction the dossier history keeps. */
    private static final int MAX_TEXT = 1000;

    private final Button ready;
    private final Button handOver;
    private final Button supplement;
    private final Button supplemented;
    private final Button reject;
    private final Button apology;
    private LocalDate promised;

    DossierSteps(Consumer<DossierStep> record, Runnable reprint) {
        addClassName("od-dossier-steps");
        ready = button("ready", e -> record.accept(DossierStep.of(EventType.RESULT_READY)));
        handOver = button("return", e -> record.accept(DossierStep.of(EventType.RETURNED)));
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        supplement = button("supplement", e -> new ReasonDialog(getTranslation("counter.dossier.step.supplement"),
                getTranslation("counter.dossier.step.supplement.instruction"), MAX_TEXT, text ->
                        record.accept(new DossierStep(EventType.SUPPLEMENT_REQUESTED, null, text, null))).open());
        supplemented = button("supplemented", e -> record.accept(DossierStep.of(EventType.SUPPLEMENTED)));
        reject = button("reject", e -> new ReasonDialog(getTranslation("counter.dossier.step.reject"),
                getTranslation("counter.dossier.step.reject.reason"), MAX_TEXT, text ->
                        record.accept(new DossierStep(EventType.REJECTED, null, text, null))).open());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        apology = button("apology", e -> new ApologyDialog(promised, MAX_TEXT, (text, date) ->
                record.accept(new DossierStep(EventType.APOLOGY_ISSUED, null, text, date))).open());
        button("reprint", e -> reprint.run());
    }

    private Button button(String name, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> onClick) {
        Button b = new Button(getTranslation("counter.dossier.step." + name), onClick);
        b.setId("od-dossier-" + name);
        add(b);
        return b;
    }

    /** @param today the center's date: an apology is offered only for a dossier that is due or late */
    void show(Dossier d, LocalDate today) {
        DossierStatus s = d.status();
        ready.setVisible(CHECKING.contains(s));
        handOver.setVisible(s == DossierStatus.RESULT_READY || s == DossierStatus.REJECTED);
        supplement.setVisible(CHECKING.contains(s));
        supplemented.setVisible(s == DossierStatus.SUPPLEMENT_REQUESTED);
        reject.setVisible(s.inProgress());
        apology.setVisible(s.inProgress()
                && !today.isBefore(d.promisedDate().minusDays(DossierRules.APOLOGY_DAYS_BEFORE)));
        promised = d.promisedDate();
        setVisible(true);
    }
}
