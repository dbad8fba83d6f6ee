package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Field;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.catalog.ProcedureForm;
import vn.onedoor.center.Center;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.platform.text.Folding;

/**
 * Procedures and forms: fields, then a field's procedures, then one procedure's requirements, its
 * forms to print and a button that takes a number for it. A search box above the fields finds
 * procedures by name or code, without diacritics too ("khai sinh", "dang ky ket hon").
 */
final class ProcedureBrowser extends Div {

    /** The most procedures a search lists; more words narrow it. */
    static final int SEARCH_LIMIT = 30;

    private final KioskView kiosk;
    private final Center center;
    private final KioskServices services;
    private final Catalog catalog;
    private final KioskForms kioskForms;

    ProcedureBrowser(KioskView kiosk, Center center, KioskServices services, KioskForms kioskForms) {
        this.kiosk = kiosk;
        this.center = center;
        this.services = services;
        this.catalog = services.catalog();
        this.kioskForms = kioskForms;
        addClassName("od-kiosk-panel");
        fields();
    }

    private void fields() {
        Div list = list();
        for (Field field : catalog.fields()) {
            int count = catalog.proceduresOfField(field.id()).size();
            if (count > 0) {
                list.add(item(field.name(), getTranslation("kiosk.services.procedures", count), () -> procedures(field)));
            }
        }
        Div results = list();
        results.setId("procedure-results");
        results.setVisible(false);
        TextField search = new TextField();
        search.setId("procedure-search");
        search.setPlaceholder(getTranslation("kiosk.procedures.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("od-search");
        search.addValueChangeListener(e -> search(e.getValue(), list, results, search));
        Div body = new Div(search, results, list);
        replace(getTranslation("kiosk.procedures.title"), body, kiosk::home);
    }

    /** Lists the procedures whose name or code holds every word typed; with none, says so and offers to clear. */
    private void search(String query, Div fieldList, Div results, TextField search) {
        List<String> words = List.of(Folding.fold(query).strip().split("\\s+")).stream().filter(w -> !w.isEmpty())
                .toList();
        results.removeAll();
        fieldList.setVisible(words.isEmpty());
        results.setVisible(!words.isEmpty());
        if (words.isEmpty()) {
            return;
        }
        Map<Long, Field> fieldsById = catalog.fields().stream().collect(Collectors.toMap(Field::id, Function.identity()));
        List<Procedure> found = catalog.procedures().stream()
                .filter(p -> {
                    String text = Folding.fold(p.name() + " " + p.code());
                    return words.stream().allMatch(text::contains);
                })
                .toList();
        for (Procedure p : found.stream().limit(SEARCH_LIMIT).toList()) {
            Field field = fieldsById.get(p.fieldId());
            results.add(item(p.name(), field == null ? p.code() : field.name() + " · " + p.code(),
                    () -> detail(field, p)));
        }
        if (found.size() > SEARCH_LIMIT) {
            results.add(new Paragraph(getTranslation("kiosk.procedures.more", found.size() - SEARCH_LIMIT)));
        }
        if (found.isEmpty()) {
            Div none = new Div();
            none.setId("procedure-no-match");
            none.addClassName("od-no-match");
            NativeButton clear = new NativeButton(getTranslation("kiosk.take.clear-search"), e -> search.clear());
            clear.addClassName("od-back");
            none.add(new Paragraph(getTranslation("kiosk.take.no-match", query.strip())), clear);
            results.add(none);
        }
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
                new Paragraph(getTranslation("kiosk.procedures.days", p.processingDays())));
        boolean note = p.feeNote() != null && !p.feeNote().isBlank();
        // a fee the catalog gives only in words ("theo Nghị quyết của HĐND tỉnh") is not "free"
        if (p.feeVnd() > 0 || !note) {
            body.add(new Paragraph(p.feeVnd() == 0 ? getTranslation("kiosk.procedures.free")
                    : getTranslation("kiosk.procedures.fee", p.feeVnd())));
        }
        if (note) {
            body.add(new Paragraph(p.feeNote()));
        }
        UnorderedList documents = new UnorderedList();
        p.requiredDocumentList().forEach(d -> documents.add(new ListItem(d)));
        body.add(new H3(getTranslation("kiosk.procedures.documents")), documents);
        List<ProcedureForm> forms = catalog.forms(p.id());
        if (!forms.isEmpty()) {
            body.add(new FormList(forms, kioskForms));
        }
        body.add(takeNumber(p));
        replace(p.name(), body, field == null ? this::fields : () -> procedures(field));
    }

    /**
     * "Lấy số cho thủ tục này": a normal ticket of the group that takes this procedure (the first in
     * the kiosk's order when several do), naming the procedure; where no group of this center takes
     * it, the citizen is told so rather than given a ticket for the wrong queue.
     */
    private Component takeNumber(Procedure p) {
        List<ServiceGroup> groups = services.groupsFor(center, p);
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("kiosk.procedures.not-here"));
            none.setId("procedure-not-here");
            none.addClassName("od-note");
            return none;
        }
        ServiceGroup group = groups.get(0);
        String attemptKey = UUID.randomUUID().toString();
        NativeButton take = new NativeButton(getTranslation("kiosk.procedures.take", group.prefix(), group.name()));
        take.setId("procedure-take");
        take.addClassName("od-primary-action");
        take.addClickListener(e -> {
            take.setEnabled(false);
            kiosk.show(new TicketConfirmation(kiosk, group,
                    services.issueFor(center, group, p, attemptKey, UI.getCurrent().getLocale().getLanguage())));
        });
        return take;
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
