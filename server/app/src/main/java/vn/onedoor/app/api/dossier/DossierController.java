package vn.onedoor.app.api.dossier;

import vn.onedoor.dossier.model.EventType;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.time.DateTimeInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.app.api.PublicUrl;
import vn.onedoor.app.api.dossier.DossierDtos.DetailDto;
import vn.onedoor.app.api.dossier.DossierDtos.EventBody;
import vn.onedoor.app.api.dossier.DossierDtos.ReceiveBody;
import vn.onedoor.app.api.dossier.DossierDtos.ReceivedDto;
import vn.onedoor.app.api.dossier.DossierDtos.RecordedDto;
import vn.onedoor.dossier.DossierQueries;
import vn.onedoor.dossier.DossierReceipts;
import vn.onedoor.dossier.ReceiveDossier;
import vn.onedoor.dossier.RecordDossierEvent;
import vn.onedoor.dossier.model.DossierStep;

/** Officers receive dossiers, print receipts and record steps; integrated systems record steps too. */
@Controller("/api/v1/dossiers")
@Tag(name = "dossiers")
public class DossierController {

    private final ReceiveDossier receive;
    private final RecordDossierEvent record;
    private final DossierQueries queries;
    private final DossierReceipts receipts;
    private final PublicUrl publicUrl;
    private final CenterZones zones;

    DossierController(ReceiveDossier receive, RecordDossierEvent record, DossierQueries queries, DossierReceipts receipts,
            PublicUrl publicUrl, CenterZones zones) {
        this.zones = zones;
        this.receive = receive;
        this.record = record;
        this.queries = queries;
        this.receipts = receipts;
        this.publicUrl = publicUrl;
    }

    @Post
    @Secured({"OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "Receive a dossier: the national code and the appointment date; receivedAt in the past is a late entry")
    public HttpResponse<ReceivedDto> receive(@Body @Valid ReceiveBody body, Authentication caller) {
        long centerId = Callers.center(caller, body.centerId());
        ReceiveDossier.Received r = receive.receive(new ReceiveDossier.Request(centerId, body.procedureId(),
                body.applicant().toApplicant(), body.channel(),
                DateTimeInput.parse("receivedAt", body.receivedAt(), zones.of(centerId)), body.ticketId(),
                Callers.actor(caller)));
        return HttpResponse.status(HttpStatus.CREATED).body(new ReceivedDto(r.code(), r.receivedDate(), r.appointmentDate(),
                r.lateEntry()));
    }

    @Get("/{code}")
    @Secured({"OFFICER", "MANAGER", "ADMIN", "INTEGRATION"})
    @Operation(summary = "A dossier, unmasked, with its history")
    public HttpResponse<?> detail(String code, Authentication caller) {
        return queries.detail(code, Callers.ownCenter(caller)).<HttpResponse<?>>map(d -> HttpResponse.ok(DetailDto.of(d)))
                .orElseGet(() -> notFound(code));
    }

    @Get(value = "/{code}/receipt.pdf", produces = "application/pdf")
    @Secured({"OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "The receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as an A4 PDF with the lookup QR code")
    public HttpResponse<?> receipt(String code, @Nullable @QueryValue String lang, HttpRequest<?> request,
            Authentication caller) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return receipts.pdf(code, Callers.ownCenter(caller), publicUrl.base(request), locale)
                .<HttpResponse<?>>map(pdf -> HttpResponse.ok(pdf).contentType(MediaType.of("application/pdf"))
                        .header("Content-Disposition", "inline; filename=\"giay-hen-" + code + ".pdf\""))
                .orElseGet(() -> notFound(code));
    }

    @Get(value = "/{code}/apology.pdf", produces = "application/pdf")
    @Secured({"OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "The apology letter (Phiếu xin lỗi và hẹn lại ngày trả kết quả) of the dossier's latest "
            + "APOLOGY_ISSUED step, as an A4 PDF; 404 when none was issued")
    public HttpResponse<?> apology(String code, @Nullable @QueryValue String lang, Authentication caller) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return receipts.apologyPdf(code, Callers.ownCenter(caller), locale)
                .<HttpResponse<?>>map(pdf -> HttpResponse.ok(pdf).contentType(MediaType.of("application/pdf"))
                        .header("Content-Disposition", "inline; filename=\"phieu-xin-loi-" + code + ".pdf\""))
                .orElseThrow(() -> Rejection.notFound("NO_APOLOGY", "No apology letter for dossier " + code));
    }

    @Get(value = "/{code}/supplement.pdf", produces = "application/pdf")
    @Secured({"OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "The request to supplement and complete the dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) "
            + "of its latest SUPPLEMENT_REQUESTED step, as an A4 PDF; 409 NO_NOTICE when none was recorded")
    public HttpResponse<?> supplement(String code, @Nullable @QueryValue String lang, HttpRequest<?> request,
            Authentication caller) {
        return notice(code, EventType.SUPPLEMENT_REQUESTED, "phieu-yeu-cau-bo-sung-", lang, request, caller);
    }

    @Get(value = "/{code}/refusal.pdf", produces = "application/pdf")
    @Secured({"OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "The refusal to receive and resolve the dossier (phiếu từ chối tiếp nhận, giải quyết hồ sơ) "
            + "of its latest REJECTED step, as an A4 PDF; 409 NO_NOTICE when none was recorded")
    public HttpResponse<?> refusal(String code, @Nullable @QueryValue String lang, HttpRequest<?> request,
            Authentication caller) {
        return notice(code, EventType.REJECTED, "phieu-tu-choi-", lang, request, caller);
    }

    private HttpResponse<?> notice(String code, EventType type, String fileName, String lang, HttpRequest<?> request,
            Authentication caller) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        if (queries.detail(code, Callers.ownCenter(caller)).isEmpty()) {
            throw Rejection.notFound("DOSSIER_NOT_FOUND", "No dossier " + code);
        }
        return receipts.noticePdf(code, Callers.ownCenter(caller), type, publicUrl.base(request), locale)
                .<HttpResponse<?>>map(pdf -> HttpResponse.ok(pdf).contentType(MediaType.of("application/pdf"))
                        .header("Content-Disposition", "inline; filename=\"" + fileName + code + ".pdf\""))
                .orElseThrow(() -> Rejection.conflict("NO_NOTICE", "No " + type + " step for dossier " + code));
    }

    @Post("/{code}/events")
    @Secured({"OFFICER", "MANAGER", "ADMIN", "INTEGRATION"})
    @Operation(summary = "Record a step; the same eventId twice records it once; 'at' in the past is a late entry")
    public HttpResponse<RecordedDto> event(String code, @Body @Valid EventBody body, Authentication caller) {
        RecordDossierEvent.Recorded r = record.record(new RecordDossierEvent.Request(code,
                new DossierStep(body.type(), body.agencyId(), body.reason(), body.newAppointmentDate()),
                DateTimeInput.parse("at", body.at(), zones.of(Callers.ownCenter(caller))),
                Callers.actor(caller), body.eventId(), Callers.ownCenter(caller)));
        return HttpResponse.status(r.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new RecordedDto(r.code(), r.status().name(), r.promisedDate(), r.lateEntry(), r.replayed()));
    }

    /** JSON even from the endpoints that produce PDFs, which could not encode the error otherwise (a 500). */
    static HttpResponse<ApiError> notFound(String code) {
        throw Rejection.notFound("DOSSIER_NOT_FOUND", "No dossier " + code);
    }
}
