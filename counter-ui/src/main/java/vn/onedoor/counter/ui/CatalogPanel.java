package vn.onedoor.counter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.admin.CatalogAdmin;
import vn.onedoor.admin.CatalogImport;
import vn.onedoor.admin.ProcedureEdit;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.rules.Rejection;

/**
 * The catalog: a file of the national database's columns (CSV or XLSX) previewed, with every
 * fault by row and column, then imported whole or not at all; the procedures listed a page at a
 * time, edited one by one, retired or deleted, and their form files (PDF) uploaded.
 */
final class CatalogPanel extends VerticalLayout {

    private final AdminServices services;
    private final Div preview = new Div();
    private final Grid<CatalogAdmin.ProcedureRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox withRetired = new Checkbox();
    private String fileName;
    private byte[] file;

    CatalogPanel(AdminServices services) {
        this.services = services;
        setPadding(false);
        Anchor xlsx = new Anchor(new StreamResource("mau-danh-muc-thu-tuc.xlsx",
                () -> new ByteArrayInputStream(CatalogImport.template())), getTranslation("catalog.template.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("catalog-template-xlsx");
        Anchor csv = new Anchor(new StreamResource("mau-danh-muc-thu-tuc.csv",
                () -> new ByteArrayInputStream(CatalogImport.templateCsv())), getTranslation("catalog.template.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("catalog-template-csv");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            fileName = meta.fileName();
            file = bytes;
            if (ui != null) {
                ui.access(this::showPreview);
            } else {
                showPreview();
            }
        }));
        Uploads.localized(upload);
        upload.setId("catalog-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setDropAllowed(true);
        preview.setId("catalog-preview");
        preview.setWidthFull();
        HorizontalLayout templates = new HorizontalLayout(xlsx, csv);
        add(new H3(getTranslation("catalog.import.title")), new Paragraph(getTranslation("catalog.import.intro")),
                templates, upload, preview, new H3(getTranslation("catalog.list.title")), listBar(), grid);
        grid.setId("catalog-grid");
        grid.addColumn(CatalogAdmin.ProcedureRow::code).setHeader(getTranslation("catalog.column.CODE")).setAutoWidth(true);
        grid.addColumn(CatalogAdmin.ProcedureRow::name).setHeader(getTranslation("catalog.column.NAME")).setFlexGrow(4);
        grid.addColumn(CatalogAdmin.ProcedureRow::field).setHeader(getTranslation("catalog.column.FIELD")).setFlexGrow(1);
        grid.addColumn(CatalogAdmin.ProcedureRow::processingDays).setHeader(getTranslation("catalog.days"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.retired() ? getTranslation("admin.retired") : "").setAutoWidth(true);
        grid.addComponentColumn(p -> new Button(getTranslation("admin.edit"), e -> edit(p))).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setHeight("60vh");
        grid.setItems(DataProvider.fromCallbacks(
                q -> services.catalogAdmin().page(search.getValue(), withRetired.getValue(), q.getOffset(), q.getLimit())
                        .stream(),
                q -> services.catalogAdmin().count(search.getValue(), withRetired.getValue())));
    }

    private HorizontalLayout listBar() {
        search.setPlaceholder(getTranslation("catalog.search"));
        search.setId("catalog-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        withRetired.setLabel(getTranslation("catalog.with-retired"));
        withRetired.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(search, withRetired);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return bar;
    }

    /** What the file would do, every fault by row and column; the import button only for a file without faults. */
    private void showPreview() {
        preview.removeAll();
        Checkbox retireMissing = new Checkbox(getTranslation("catalog.retire-missing"));
        retireMissing.setId("catalog-retire-missing");
        CatalogImport.Preview p;
        try {
            p = services.catalogImport().preview(AdminSupport.caller(), fileName, file, false);
        } catch (Rejection r) {
            Paragraph bad = new Paragraph(Texts.message(this, r));
            bad.setId("catalog-file-refused");
            bad.addClassName("od-form-error");
            preview.add(bad);
            Texts.refused(this, r);
            return;
        }
        CatalogImport.Report r = p.report();
        Paragraph summary = new Paragraph(getTranslation("catalog.preview.summary", fileName, r.rows(), r.created(),
                r.updated(), r.unchanged(), r.fieldsCreated(), r.agenciesCreated()));
        summary.setId("catalog-preview-summary");
        preview.add(summary);
        if (!p.problems().isEmpty()) {
            Paragraph faults = new Paragraph(getTranslation("catalog.preview.faults", p.problems().size()));
            faults.setId("catalog-preview-faults");
            faults.addClassName("od-form-error");
            Grid<CatalogImport.Problem> problems = new Grid<>();
            problems.setId("catalog-problems");
            problems.addColumn(CatalogImport.Problem::row).setHeader(getTranslation("catalog.row")).setAutoWidth(true);
            problems.addColumn(x -> getTranslation(x.column())).setHeader(getTranslation("catalog.column"))
                    .setAutoWidth(true);
            problems.addColumn(x -> getTranslation("error." + x.code(), x.args().toArray()))
                    .setHeader(getTranslation("catalog.problem")).setFlexGrow(3);
            problems.setItems(p.problems());
            problems.setAllRowsVisible(p.problems().size() <= 20);
            problems.setHeight(p.problems().size() <= 20 ? null : "24em");
            preview.add(faults, problems);
            return;
        }
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Button run = new Button(getTranslation("catalog.import.run", r.rows()));
        run.setId("catalog-import");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> {
            run.setEnabled(false);
            progress.setVisible(true);
            UI ui = UI.getCurrent();
            Caller caller = AdminSupport.caller();
            String name = fileName;
            byte[] bytes = file;
            boolean retire = retireMissing.getValue();
            CompletableFuture.supplyAsync(() -> services.catalogImport().apply(caller, name, bytes, retire))
                    .whenComplete((report, failure) -> ui.access(() -> {
                        progress.setVisible(false);
                        run.setEnabled(true);
                        if (failure != null) {
                            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                            if (cause instanceof Rejection rej) {
                                Texts.refused(this, rej);
                            } else {
                                Texts.error(this, getTranslation("error.other", String.valueOf(cause.getMessage())));
                            }
                            return;
                        }
                        preview.removeAll();
                        Paragraph done = new Paragraph(getTranslation("catalog.import.done", report.rows(),
                                report.created(), report.updated(), report.unchanged(), report.retired(),
                                report.deleted()));
                        done.setId("catalog-import-done");
                        done.addClassName("od-form-ok");
                        preview.add(done);
                        grid.getDataProvider().refreshAll();
                    }));
        });
        preview.add(retireMissing, new HorizontalLayout(run, progress));
    }

    private void edit(CatalogAdmin.ProcedureRow p) {
        Dialog d = new Dialog();
        d.setHeaderTitle(p.code() + " – " + p.name());
        TextField code = new TextField(getTranslation("catalog.column.CODE"));
        code.setValue(p.code());
        TextArea name = new TextArea(getTranslation("catalog.column.NAME"));
        name.setValue(p.name());
        IntegerField days = new IntegerField(getTranslation("catalog.days"));
        days.setValue(p.processingDays());
        IntegerField online = new IntegerField(getTranslation("catalog.column.ONLINE_LEVEL"));
        online.setMin(1);
        online.setMax(4);
        online.setValue(p.onlineLevel());
        TextField fee = new TextField(getTranslation("catalog.fee-vnd"));
        fee.setValue(String.valueOf(p.feeVnd()));
        TextField feeNote = new TextField(getTranslation("catalog.fee-note"));
        feeNote.setValue(p.feeNote() == null ? "" : p.feeNote());
        TextArea documents = new TextArea(getTranslation("catalog.column.DOCUMENTS"));
        documents.setValue(p.requiredDocuments());
        FormLayout form = new FormLayout(code, name, days, online, fee, feeNote, documents);
        form.setColspan(name, 2);
        form.setColspan(documents, 2);
        Grid<CatalogAdmin.FormRow> forms = new Grid<>();
        forms.addColumn(CatalogAdmin.FormRow::code).setHeader(getTranslation("catalog.form.code")).setAutoWidth(true);
        forms.addColumn(CatalogAdmin.FormRow::name).setHeader(getTranslation("catalog.form.name")).setFlexGrow(2);
        forms.addColumn(f -> getTranslation(f.uploaded() ? "catalog.form.uploaded" : "catalog.form.generated"))
                .setAutoWidth(true);
        forms.setItems(services.catalogAdmin().forms(p.id()));
        forms.setAllRowsVisible(true);
        TextField formCode = new TextField(getTranslation("catalog.form.code"));
        formCode.setHelperText(getTranslation("catalog.form.code.help"));
        Upload pdf = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            Runnable store = () -> {
                if (AdminSupport.attempt(this, Map.of("code", formCode), () -> services.catalogAdmin().uploadForm(
                        AdminSupport.caller(), p.id(), formCode.getValue(), null, meta.fileName(), bytes))) {
                    Texts.done(this, "catalog.form.stored", meta.fileName());
                    forms.setItems(services.catalogAdmin().forms(p.id()));
                }
            };
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(store::run);
            } else {
                store.run();
            }
        }));
        Uploads.localized(pdf);
        pdf.setAcceptedFileTypes(".pdf", "application/pdf");
        pdf.setMaxFileSize(CatalogAdmin.MAX_FORM_BYTES);
        Button save = new Button(getTranslation("admin.save"), e -> {
            long feeVnd;
            try {
                feeVnd = Long.parseLong(fee.getValue().replaceAll("[.,\\s]", ""));
            } catch (NumberFormatException ex) {
                fee.setErrorMessage(getTranslation("catalog.fee-not-number"));
                fee.setInvalid(true);
                return;
            }
            ProcedureEdit edit = new ProcedureEdit(code.getValue(), name.getValue(), p.fieldId(), p.agencyId(),
                    p.levels(), days.getValue() == null ? -1 : days.getValue(), feeVnd, feeNote.getValue(),
                    online.getValue() == null ? 0 : online.getValue(), List.of(documents.getValue().split("\\R")));
            if (AdminSupport.attempt(this, Map.of("code", code, "name", name, "processingDays", days, "onlineLevel",
                    online, "feeNote", feeNote), () -> services.catalogAdmin().update(AdminSupport.caller(), p.id(), edit))) {
                d.close();
                Texts.done(this, "admin.saved");
                grid.getDataProvider().refreshAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation(p.retired() ? "admin.restore" : "catalog.remove"), e -> {
            boolean[] deleted = new boolean[1];
            if (AdminSupport.attempt(this, Map.of(), () -> {
                if (p.retired()) {
                    services.catalogAdmin().restore(AdminSupport.caller(), p.id());
                } else {
                    deleted[0] = services.catalogAdmin().remove(AdminSupport.caller(), p.id());
                }
            })) {
                d.close();
                Texts.done(this, p.retired() ? "admin.saved" : deleted[0] ? "catalog.deleted" : "catalog.retired", p.code());
                grid.getDataProvider().refreshAll();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        d.add(form, new H3(getTranslation("catalog.forms")), forms, formCode, pdf);
        d.getFooter().add(remove, new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("64em");
        d.open();
    }
}
