package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.di.Instantiator;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.identity.StaffPrincipal;

/**
 * The kiosk's rating door: the citizen types the dossier code from the receipt, or scans the
 * receipt's QR (a USB scanner types it, the kiosk's serial scanner or its camera hands it over),
 * and rates. Only a completed dossier of this center is rated, once (003 Điều 12.1–12.2): an
 * unknown code, a dossier not finished yet or already rated is told so before the scale is shown.
 */
@StyleSheet("context://styles/rating.css")
final class KioskRating extends Div {

    private final KioskView kiosk;
    private final Center center;
    private final RatingServices services;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();
    private final Div step = new Div();
    private final CameraScan camera;

    /** The services come from the bean context through Vaadin's instantiator (the kiosk view does not carry them). */
    KioskRating(KioskView kiosk, Center center) {
        this.kiosk = kiosk;
        this.center = center;
        this.services = Instantiator.get(UI.getCurrent()).getOrCreate(RatingServices.class);
        this.camera = new CameraScan(this::scanned);
        addClassNames("od-kiosk-panel", "od-kiosk-rating");
        code.setLabel(getTranslation("kiosk.rate.code"));
        code.setPlaceholder(getTranslation("kiosk.rate.code.placeholder"));
        code.setId("rating-code");
        code.setAutofocus(true);
        code.addClassName("od-rating-code");
        code.addKeyPressListener(Key.ENTER, e -> next());
        message.addClassName("od-rating-message");
        message.setId("rating-message");
        add(new H2(getTranslation("kiosk.rate.title")), step);
        askCode();
    }

    /** A scan from the kiosk's serial scanner or its camera: the code goes in the field and on to the check. */
    void scanned(String text) {
        if (!code.isAttached()) {
            askCode();
        }
        code.setValue(text);
        next();
    }

    private void askCode() {
        NativeButton go = new NativeButton(getTranslation("kiosk.rate.next"), e -> next());
        go.addClassName("od-rating-next");
        go.setId("rating-next");
        message.setText("");
        Div row = new Div(code, go);
        row.addClassName("od-rating-code-row");
        step.removeAll();
        step.add(new Paragraph(getTranslation("kiosk.rate.explain")), row, camera, message, back());
    }

    private void next() {
        Optional<DossierCode> found = DossierCode.find(code.getValue());
        if (found.isEmpty()) {
            message.setText(getTranslation("kiosk.rate.bad-code"));
            return;
        }
        String dossier = found.get().value();
        RatingServices.DoorCheck check = services.checkDossier(center.id(), dossier);
        switch (check.door()) {
            case UNKNOWN -> message.setText(getTranslation("kiosk.rate.unknown", dossier));
            case NOT_FINISHED -> message.setText(getTranslation("kiosk.rate.not-finished", dossier));
            case TOO_MANY -> message.setText(getTranslation("dossier.lookup.too-many", check.retryAfterSeconds()));
            case ALREADY_RATED -> done(getTranslation("kiosk.rate.already", dossier));
            case OPEN -> {
                step.removeAll();
                step.add(new Paragraph(getTranslation("kiosk.rate.question", dossier)),
                        new RatingForm(services.scale(center.id()), vote -> vote(dossier, vote)));
            }
        }
    }

    private void vote(String dossier, RatingServices.Vote vote) {
        RatingServices.Outcome outcome = services.rateDossier(center.id(), dossier, vote,
                SessionCenter.device().map(DevicePrincipal::deviceId).orElse(null),
                SessionCenter.staff().map(StaffPrincipal::userId).orElse(null));
        done(switch (outcome) {
            case RECORDED -> getTranslation("rating.thanks.detail");
            case ALREADY_RATED -> getTranslation("kiosk.rate.already", dossier);
            case FAILED -> getTranslation("rating.error.OTHER");
        });
    }

    private void done(String text) {
        Paragraph detail = new Paragraph(text);
        detail.addClassName("od-rating-message");
        NativeButton home = new NativeButton(getTranslation("kiosk.ticket.done"), e -> kiosk.home());
        home.addClassName("od-rating-next");
        home.setId("rating-done");
        step.removeAll();
        H2 thanks = new H2(getTranslation("rating.thanks"));
        thanks.addClassName("od-rating-thanks");
        step.add(thanks, detail, home);
    }

    private NativeButton back() {
        NativeButton back = new NativeButton(getTranslation("kiosk.back"), e -> kiosk.home());
        back.addClassName("od-back");
        return back;
    }
}
