package vn.onedoor.counter.ui;

import static vn.onedoor.platform.text.Folding.fold;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.platform.rules.Rejection;

/**
 * "Tiếp nhận hồ sơ": the procedure (searchable without diacritics), the applicant, and the
 * appointment date the receipt will promise, shown before the officer confirms. Mistakes are said
 * in words next to the field; nothing is received until the form is right.
 */
final class ReceiveDossierForm extends Dialog {

    /** Receives the dossier; a refusal keeps the form open with the reason. */
    interface Receiver {
        void receive(long procedureId, Applicant applicant);
    }

    final ComboBox<Procedure> procedure = new ComboBox<>();
    final TextField name = field("counter.receive.name");
    final TextField idNumber = field("counter.receive.id-number");
    final TextField phone = field("counter.receive.phone");
    final TextField email = field("counter.receive.email");
    final TextField address = field("counter.receive.address");
    final Paragraph promise = new Paragraph();
    final Paragraph error = new Paragraph();
    final Button confirm;
    private final CounterDossiers dossiers;
    private final long centerId;

    ReceiveDossierForm(CounterDossiers dossiers, long centerId, Long preselected, Receiver receiver) {
        this.dossiers = dossiers;
        this.centerId = centerId;
        setHeaderTitle(getTranslation("counter.receive.title"));
        List<Procedure> procedures = dossiers.procedures(centerId);
        procedure.setId("od-receive-procedure");
        procedure.setLabel(getTranslation("counter.receive.procedure"));
        procedure.setItems((p, filter) -> fold(p.code() + " " + p.name()).contains(fold(filter)), procedures);
        procedure.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        procedure.setWidthFull();
        procedure.setRequiredIndicatorVisible(true);
        procedure.addValueChangeListener(e -> showPromise(e.getValue()));
        name.setRequiredIndicatorVisible(true);
        idNumber.setRequiredIndicatorVisible(true);
        idNumber.setHelperText(getTranslation("counter.receive.id-number.help"));
        idNumber.setMaxLength(20);
        promise.setId("od-receive-promise");
        promise.addClassName("od-receive-promise");
        error.setId("od-receive-error");
        error.addClassName("od-print-failed");
        error.setVisible(false);
        Div form = new Div(procedure, name, idNumber, phone, email, address, promise, error);
        form.addClassName("od-dialog-form");
        add(form);
        confirm = new Button(getTranslation("counter.receive.confirm"), e -> submit(receiver));
        confirm.setId("od-receive-confirm");
        confirm.setDisableOnClick(true); // a double click must not receive the dossier twice
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
        setWidth("44rem");
        procedures.stream().filter(p -> p.id().equals(preselected)).findFirst().ifPresent(procedure::setValue);
    }

    private TextField field(String labelKey) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId("od-" + labelKey.substring("counter.".length()).replace('.', '-'));
        f.setWidthFull();
        f.addValueChangeListener(e -> f.setInvalid(false));
        return f;
    }

    private void showPromise(Procedure p) {
        if (p == null) {
            promise.setText("");
            return;
        }
        var dates = dossiers.promise(centerId, p.id());
        String day = dates.appointmentDate().format(DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", getLocale()));
        promise.setText(getTranslation("counter.receive.promise", day, p.processingDays()));
    }

    private void submit(Receiver receiver) {
        boolean ok = check(procedure.getValue() != null, procedure, "counter.receive.error.procedure");
        ok &= check(!name.getValue().isBlank(), name, "counter.receive.error.name");
        String id = ApplicantChecks.idNumber(idNumber.getValue());
        ok &= check(id != null, idNumber, idNumber.getValue().isBlank() ? "counter.receive.error.id-missing"
                : "counter.receive.error.id-number");
        String tel = ApplicantChecks.phone(phone.getValue());
        ok &= check(tel != null, phone, "counter.receive.error.phone");
        ok &= check(ApplicantChecks.email(email.getValue()), email, "counter.receive.error.email");
        if (!ok) {
            confirm.setEnabled(true);
            return;
        }
        try {
            receiver.receive(procedure.getValue().id(), new Applicant(name.getValue(), id, tel.isEmpty() ? null : tel,
                    email.getValue(), address.getValue()));
            close();
        } catch (Rejection refused) {
            String message = Texts.message(this, refused);
            // the field at fault says so where the officer looks; the line under the form says it too
            TextField atFault = refused.field() == null ? null : switch (refused.field()) {
                case "applicant.name" -> name;
                case "applicant.address" -> address;
                case "applicant.email" -> email;
                default -> null;
            };
            if (atFault != null) {
                atFault.setErrorMessage(message);
                atFault.setInvalid(true);
                atFault.focus();
            }
            error.setText(message);
            error.setVisible(true);
            confirm.setEnabled(true);
        }
    }

    private boolean check(boolean valid, com.vaadin.flow.component.HasValidation field, String errorKey) {
        field.setErrorMessage(valid ? null : getTranslation(errorKey));
        field.setInvalid(!valid);
        return valid;
    }
}
