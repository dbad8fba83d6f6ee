package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Field;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.catalog.ProcedureForm;

/** Procedures and forms: fields, then a field's procedures, then one procedure's requirements and forms to print. */
final class ProcedureBrowser extends Div {

    private final KioskView kiosk;
    private final Catalog catalog;
    private final KioskForms kioskForms;

    ProcedureBrowser(KioskView kiosk, Catalog catalog, KioskForms kioskForms) {
        this.kiosk = kiosk;
        this.catalog = catalog;
        this.kioskForms = kioskForms;
        addClassName("od-kiosk-panel");
        fields();
    }

    private void fields() {
        Div list = list();
        for (Field field : catalog.fields()) {
            int count = catalog.proceduresOfField(field.id()).size();
            list.add(item(field.name(), getTranslation("kiosk.services.procedures", count), () -> procedures(field)));
        }
        replace(getTranslation("kiosk.procedures.title"), list, kiosk::home);
    }

    private void procedures(Field field) {
        Div list = list();
        for (Procedure p : catalog.proceduresOfField(field.id())) {
            list.add(item(p.name(), getTranslation("kiosk.procedures.days", p.processingDays()), () -> detail(field, p)));
        }
        replace(field.name(), list, this::fields);
    }

    private void detail(Field field, Procedure p) {
        Div body = new Div();
        body.addClassName("od-procedure");
        body.add(new Paragraph(getTranslation("kiosk.procedures.code", p.code())),
                new Paragraph(getTranslation("kiosk.procedures.days", p.processingDays())),
                new Paragraph(p.feeVnd() == 0 ? getTranslation("kiosk.procedures.free")
                        : getTranslation("kiosk.procedures.fee", p.feeVnd())));
        if (p.feeNote() != null && !p.feeNote().isBlank()) {
            body.add(new Paragraph(p.feeNote()));
        }
        UnorderedList documents = new UnorderedList();
        p.requiredDocumentList().forEach(d -> documents.add(new ListItem(d)));
        body.add(new H3(getTranslation("kiosk.procedures.documents")), documents);
        List<ProcedureForm> forms = catalog.forms(p.id());
        if (!forms.isEmpty()) {
            body.add(new FormList(forms, kioskForms));
        }
        replace(p.name(), body, () -> procedures(field));
    }

    private static Div list() {
        Div list = new Div();
        list.addClassName("od-choice-list");
        return list;
    }

    private NativeButton item(String title, String hint, Runnable action) {
        NativeButton item = new NativeButton();
        Div t = new Div(title);
        t.addClassName("od-door-title");
        Div h = new Div(hint);
        h.addClassName("od-door-hint");
        item.add(t, h);
        item.addClassName("od-choice");
        item.addClickListener(e -> action.run());
        return item;
    }

    private void replace(String title, Component body, Runnable back) {
        removeAll();
        NativeButton backButton = new NativeButton(getTranslation("kiosk.back"), e -> back.run());
        backButton.addClassName("od-back");
        add(new H2(title), body, backButton);
    }
}
