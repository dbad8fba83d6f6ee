package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import vn.onedoor.center.Center;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Ticket;

/**
 * The dossier side of the counter: receive a dossier for the citizen at the counter and print its
 * receipt; open a dossier from its receipt (a keyboard-wedge scanner types the QR's lookup link and
 * Enter into the field, or the officer types the code); hand over a result, ask for papers with one
 * written instruction, or refuse with a reason. A ticket that carries a dossier code opens it.
 */
final class DossierPanel extends Div {

    private final CounterDossiers dossiers;
    private final long centerId;
    private final long userId;
    private final ZoneId zone;
    private final Consumer<String> outcome;
    private final TextField scan = new TextField();
    private final Paragraph error = new Paragraph();
    private final ReceiptPrint receipt;
    private final Div card = new Div();
    private final DossierSteps steps;
    private Long ticketId;
    private String openCode;

    /** {@code outcome} hears the completion outcome the dossier work suggests for the ticket. */
    DossierPanel(CounterDossiers dossiers, Center center, long counterId, long userId, Consumer<String> outcome) {
        this.dossiers = dossiers;
        this.centerId = center.id();
        this.userId = userId;
        this.zone = ZoneId.of(center.timeZone());
        this.outcome = outcome;
        this.receipt = new ReceiptPrint(dossiers, counterId, centerId);
        this.steps = new DossierSteps(this::record, () -> receipt.print(openCode));
        addClassName("od-dossier-panel");
        scan.setId("od-dossier-scan");
        scan.setPlaceholder(getTranslation("counter.dossier.scan"));
        scan.setClearButtonVisible(true);
        scan.setWidthFull();
        // A wedge scanner types the whole link then Enter: the change event brings it at once.
        scan.addValueChangeListener(e -> openDossier(e.getValue()));
        scan.addFocusShortcut(Key.KEY_M, KeyModifier.ALT);
        Button open = new Button(getTranslation("counter.dossier.open"), e -> openDossier(scan.getValue()));
        open.setId("od-dossier-open");
        Div bar = new Div(scan, open);
        bar.addClassName("od-dossier-bar");
        error.setId("od-dossier-error");
        error.addClassName("od-print-failed");
        error.setVisible(false);
        add(new H3(getTranslation("counter.dossier.title")), bar, error, receipt, card, steps);
        steps.setVisible(false);
    }

    /** Opens the dossier in what a scanner or the officer typed: a bare code or the receipt's lookup link. */
    void openDossier(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            return;
        }
        clear();
        CounterDossiers.Opened opened = dossiers.open(scanned, centerId);
        if (opened instanceof CounterDossiers.Opened.Found found) {
            show(found.detail());
        } else if (opened instanceof CounterDossiers.Opened.NotFound missing) {
            fail(getTranslation("counter.dossier.not-found", missing.code()));
        } else if (opened instanceof CounterDossiers.Opened.OtherCenter other) {
            fail(getTranslation("counter.dossier.other-center", other.code()));
        } else {
            fail(getTranslation("counter.dossier.malformed"));
        }
        scan.setValue("");
    }

    /**
     * Called on every refresh; when the ticket at the counter changed, what was shown belonged to
     * the last citizen and goes. Answers whether it changed.
     */
    boolean ticketChanged(Ticket current) {
        Long id = current == null ? null : current.id();
        if (Objects.equals(id, ticketId)) {
            return false;
        }
        ticketId = id;
        clear();
        if (current != null && current.dossierCode() != null) {
            openDossier(current.dossierCode());
        }
        return true;
    }

    /** Opens the receive form for the citizen of {@code ticket}. */
    void receive(Ticket ticket) {
        new ReceiveDossierForm(dossiers, centerId, ticket.procedureId(), (procedureId, applicant) -> {
            String code = dossiers.receive(centerId, procedureId, applicant, ticket.id(), userId).code();
            outcome.accept(Outcomes.DOSSIER_RECEIVED);
            openDossier(code);
            receipt.print(code);
        }).open();
    }

    private void record(DossierStep step) {
        try {
            dossiers.record(openCode, centerId, step, userId);
            if (step.type() == EventType.RETURNED) {
                outcome.accept(Outcomes.RESULT_RETURNED);
            }
            Texts.done(this, "counter.dossier.recorded." + step.type().name());
        } catch (Rejection refused) {
            String code = openCode;
            openDossier(code);
            fail(Texts.message(this, refused));
            return;
        }
        String code = openCode;
        openDossier(code);
        // the letter and the notices go to the citizen: printed at once, like the receipt
        switch (step.type()) {
            case APOLOGY_ISSUED -> receipt.print(ReceiptPrint.Paper.APOLOGY, code);
            case SUPPLEMENT_REQUESTED -> receipt.print(ReceiptPrint.Paper.SUPPLEMENT, code);
            case REJECTED -> receipt.print(ReceiptPrint.Paper.REFUSAL, code);
            default -> { }
        }
    }

    private void show(DossierDetail detail) {
        openCode = detail.dossier().code().value();
        card.add(new DossierCard(detail, zone, dossiers.today(centerId), dossiers.staffNames()));
        steps.show(detail.dossier(), dossiers.today(centerId));
        // The panel sits below the actions: bring the dossier up to where the officer looks.
        getElement().executeJs("this.scrollIntoView({block: 'nearest', behavior: 'smooth'})");
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clear() {
        openCode = null;
        error.setVisible(false);
        receipt.clear();
        card.removeAll();
        steps.setVisible(false);
    }
}
