package vn.onedoor.counter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;

/**
 * Prints a dossier's receipt on the counter's document printer and says truthfully what became of
 * it. When it did not print (no printer, or the printer failed) the receipt is offered as a PDF to
 * open in the browser, so the officer can print it another way; a failed print can be sent again.
 */
final class ReceiptPrint extends Div {

    /** The papers a counter prints for a dossier: their texts' keys and their file names. */
    enum Paper {
        RECEIPT("counter.receipt", "giay-tiep-nhan-"),
        APOLOGY("counter.apology", "phieu-xin-loi-"),
        SUPPLEMENT("counter.supplement", "phieu-yeu-cau-bo-sung-"),
        REFUSAL("counter.refusal", "phieu-tu-choi-");

        final String keys;
        final String fileName;

        Paper(String keys, String fileName) {
            this.keys = keys;
            this.fileName = fileName;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrint.class);

    private final CounterDossiers dossiers;
    private final long counterId;
    private final long centerId;
    private final Span status = new Span();
    private final Div actions = new Div();
    /** Which print the panel shows: an answer to an earlier one must not overwrite it. */
    private int job;

    ReceiptPrint(CounterDossiers dossiers, long counterId, long centerId) {
        this.dossiers = dossiers;
        this.counterId = counterId;
        this.centerId = centerId;
        addClassName("od-receipt");
        status.setId("od-receipt-status");
        actions.addClassName("od-receipt-actions");
        add(status, actions);
        setVisible(false);
    }

    /** Renders the receipt of {@code code} and sends it to the printer; the answer comes later. */
    void print(String code) {
        print(Paper.RECEIPT, code);
    }

    /** Renders a paper of {@code code} and sends it to the printer; the answer comes later. */
    void print(Paper paper, String code) {
        int mine = ++job;
        setVisible(true);
        actions.removeAll();
        byte[] pdf;
        try {
            pdf = dossiers.paper(paper, code, centerId);
        } catch (RuntimeException e) {
            // The step is recorded whatever happens to its paper: say so, never fail the step.
            LOG.error("Could not render the {} of {}", paper, code, e);
            shown(paper, code, null, new PrintReport(Outcome.FAILED, "RENDER_ERROR"));
            return;
        }
        show(paper.keys + ".printing", "od-print-pending");
        UI ui = UI.getCurrent();
        CompletableFuture<PrintReport> sent;
        try {
            sent = dossiers.print(counterId, code, pdf);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((report, failure) -> ui.access(() -> {
            if (failure != null) {
                LOG.warn("Printing the {} of {} failed", paper, code, failure);
            }
            answered(mine, paper, code, pdf, failure != null ? new PrintReport(Outcome.FAILED, "ERROR") : report);
        }));
    }

    void clear() {
        job++;
        setVisible(false);
        actions.removeAll();
        status.setText("");
    }

    /**
     * The printer's answer. When the officer has moved on (another citizen, another dossier) it no
     * longer belongs on the panel; a receipt that did not print is then said in a notification.
     */
    private void answered(int which, Paper paper, String code, byte[] pdf, PrintReport report) {
        if (which == job) {
            shown(paper, code, pdf, report);
        } else if (!report.isPrinted()) {
            Texts.error(this, getTranslation(paper.keys + ".failed-later", code, reasonOf(report)));
        }
    }

    private void shown(Paper paper, String code, byte[] pdf, PrintReport report) {
        actions.removeAll();
        switch (report.outcome()) {
            case PRINTED -> show(paper.keys + ".printed", "od-print-ok");
            case NO_PRINTER -> {
                show(paper.keys + ".no-printer", "od-print-failed");
                actions.add(pdfLink(paper, code, pdf));
            }
            case FAILED -> {
                status.setText(getTranslation(paper.keys + ".failed", reasonOf(report)));
                status.setClassName("od-print-failed");
                Button again = new Button(getTranslation("counter.receipt.again"), e -> print(paper, code));
                again.setId("od-receipt-again");
                again.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(again);
                if (pdf != null) {
                    actions.add(pdfLink(paper, code, pdf));
                }
            }
        }
    }

    private String reasonOf(PrintReport report) {
        return report.outcome() == Outcome.NO_PRINTER ? getTranslation("counter.print.reason.NO_PRINTER")
                : Texts.known(this, "counter.print.reason." + report.reason(), "counter.print.reason.other", report.reason());
    }

    private void show(String key, String className) {
        status.setText(getTranslation(key));
        status.setClassName(className);
    }


    private Anchor pdfLink(Paper paper, String code, byte[] pdf) {
        StreamResource resource = new StreamResource(paper.fileName + code + ".pdf", () -> new ByteArrayInputStream(pdf));
        resource.setContentType("application/pdf");
        Anchor link = new Anchor(resource, getTranslation(paper.keys + ".open-pdf"));
        link.setTarget(AnchorTarget.BLANK);
        link.setId("od-receipt-pdf");
        return link;
    }
}
