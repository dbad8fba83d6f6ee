package vn.onedoor.counter.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.calendar.model.Appointment;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.DocumentPrinting;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.DossierQueries;
import vn.onedoor.dossier.DossierReceipts;
import vn.onedoor.dossier.ReceiveDossier;
import vn.onedoor.dossier.RecordDossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffUser;
import vn.onedoor.platform.web.PublicAddress;

/**
 * The dossier services the counter screen uses, in one place: receiving with the promised dates
 * first, the receipt and its printing on the counter's document printer, opening a dossier from
 * a scanned receipt, and the steps an officer records at the counter.
 */
@Singleton
public class CounterDossiers {

    /** The receipt is an official paper: always in Vietnamese, whatever the officer's screen language. */
    static final Locale RECEIPT_LOCALE = Locale.forLanguageTag("vi");

    private final ReceiveDossier receiving;
    private final RecordDossierEvent recording;
    private final DossierQueries queries;
    private final DossierReceipts receipts;
    private final DocumentPrinting printing;
    private final Catalog catalog;
    private final CenterDirectory directory;
    private final PublicAddress address;
    private final Clock clock;
    private final StaffAccounts staff;

    CounterDossiers(ReceiveDossier receiving, RecordDossierEvent recording, DossierQueries queries,
            DossierReceipts receipts, DocumentPrinting printing, Catalog catalog, CenterDirectory directory,
            PublicAddress address, Clock clock, StaffAccounts staff) {
        this.receiving = receiving;
        this.recording = recording;
        this.queries = queries;
        this.receipts = receipts;
        this.printing = printing;
        this.catalog = catalog;
        this.directory = directory;
        this.address = address;
        this.clock = clock;
        this.staff = staff;
    }

    /** What a scanned or typed text opened. */
    sealed interface Opened {
        record Found(DossierDetail detail) implements Opened {}

        record Malformed() implements Opened {}

        record NotFound(String code) implements Opened {}

        /** The code exists but belongs to another center: its details are not shown here. */
        record OtherCenter(String code) implements Opened {}
    }

    /** The procedures the center's service groups serve, by name. */
    List<Procedure> procedures(long centerId) {
        Map<Long, Procedure> byId = new LinkedHashMap<>();
        for (ServiceGroup group : directory.serviceGroups(centerId)) {
            catalog.proceduresOfServiceGroup(group.id()).forEach(p -> byId.putIfAbsent(p.id(), p));
        }
        return byId.values().stream().sorted(Comparator.comparing(Procedure::name)).toList();
    }

    Appointment promise(long centerId, long procedureId) {
        return receiving.promise(centerId, procedureId, Channel.DIRECT);
    }

    ReceiveDossier.Received receive(long centerId, long procedureId, Applicant applicant, Long ticketId, long userId) {
        return receiving.receive(new ReceiveDossier.Request(centerId, procedureId, applicant, Channel.DIRECT, null,
                ticketId, Actor.officer(userId)));
    }

    Opened open(String scanned, long centerId) {
        var code = DossierCode.find(scanned);
        if (code.isEmpty()) {
            return new Opened.Malformed();
        }
        String value = code.get().value();
        return queries.detail(value, null)
                .<Opened>map(d -> d.dossier().centerId() == centerId ? new Opened.Found(d) : new Opened.OtherCenter(value))
                .orElseGet(() -> new Opened.NotFound(value));
    }

    RecordDossierEvent.Recorded record(String code, long centerId, DossierStep step, long userId) {
        return recording.record(new RecordDossierEvent.Request(code, step, null, Actor.officer(userId), null, centerId));
    }

    /** The paper of a dossier: the receipt, the apology letter, or the notice of a supplement request or a refusal. */
    byte[] paper(ReceiptPrint.Paper paper, String code, long centerId) {
        return switch (paper) {
            case RECEIPT -> receipts.pdf(code, centerId, baseUrl(), RECEIPT_LOCALE)
                    .orElseThrow(() -> Rejection.notFound("DOSSIER_NOT_FOUND", "No dossier " + code));
            case APOLOGY -> receipts.apologyPdf(code, centerId, RECEIPT_LOCALE)
                    .orElseThrow(() -> Rejection.conflict("NO_APOLOGY", "No apology for " + code));
            case SUPPLEMENT -> receipts.noticePdf(code, centerId, EventType.SUPPLEMENT_REQUESTED, baseUrl(), RECEIPT_LOCALE)
                    .orElseThrow(() -> Rejection.conflict("NO_NOTICE", "No supplement request for " + code));
            case REFUSAL -> receipts.noticePdf(code, centerId, EventType.REJECTED, baseUrl(), RECEIPT_LOCALE)
                    .orElseThrow(() -> Rejection.conflict("NO_NOTICE", "No refusal for " + code));
        };
    }

    /** The address the counter reached the server by: the papers' QR codes hold the lookup link on it. */
    private String baseUrl() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest r
                ? address.of(r.getScheme(), r.getServerName(), r.getServerPort(), r.getContextPath())
                : address.or("");
    }

    CompletableFuture<PrintReport> print(long counterId, String code, byte[] pdf) {
        return printing.print(new DocumentPrinting.Place.Counter(counterId), code, pdf);
    }

    /** Staff names by user id, for "who recorded it" on a dossier's history (a center has tens of accounts). */
    Map<Long, String> staffNames() {
        Map<Long, String> names = new HashMap<>();
        for (StaffUser u : staff.users()) {
            names.put(u.id(), u.fullName() == null || u.fullName().isBlank() ? u.username() : u.fullName());
        }
        return names;
    }

    LocalDate today(long centerId) {
        return LocalDate.now(clock.withZone(ZoneId.of(directory.center(centerId).orElseThrow().timeZone())));
    }
}
