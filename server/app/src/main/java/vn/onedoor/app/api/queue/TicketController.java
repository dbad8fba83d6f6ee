package vn.onedoor.app.api.queue;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.app.api.CenterScope;
import vn.onedoor.app.api.PublicUrl;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.queue.IssueAndPrint;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.Ticket;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "tickets")
public class TicketController {

    static final String REPLAYED = "Idempotency-Replayed";

    private final IssueAndPrint issue;
    private final QueueQueries queries;
    private final TicketHandling handling;
    private final PublicUrl publicUrl;
    private final Duration printTimeout;

    TicketController(IssueAndPrint issue, QueueQueries queries, TicketHandling handling, PublicUrl publicUrl,
            @Value("${onedoor.devices.print-timeout:10s}") Duration printTimeout) {
        this.issue = issue;
        this.queries = queries;
        this.handling = handling;
        this.publicUrl = publicUrl;
        this.printTimeout = printTimeout;
    }

    @Serdeable
    public record IssueBody(@NotNull Long serviceGroupId, @Nullable Priority priority, @Nullable Long procedureId,
            @Nullable String phone, @Nullable String dossierCode) {}

    @Post("/centers/{centerId}/tickets")
    @Secured({"DEVICE_KIOSK", "OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "Issue a ticket; a retry with the same Idempotency-Key gets the same ticket. Issued by a "
            + "kiosk, the ticket is printed on the kiosk's printer first and the answer says how that went (print)")
    public HttpResponse<?> issue(long centerId, @Body @Valid IssueBody body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, Authentication caller, HttpRequest<?> request) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        Long kiosk = Callers.deviceId(caller);
        String language = request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE)
                .map(l -> Locale.forLanguageTag(l.split(",")[0].strip()).getLanguage()).orElse("vi");
        IssueAndPrint.Result result = issue.issue(new IssueAndPrint.Request(new IssueTicket.Request(centerId,
                body.serviceGroupId(), body.priority(), body.procedureId(), body.phone(), body.dossierCode(),
                idempotencyKey, kiosk, Callers.userId(caller)), kiosk, publicUrl.base(request), language));
        IssueTicket.Issued issued = result.issued();
        TicketDto dto = TicketDto.of(issued.ticket(), issued.waitingAhead(), issued.estimatedWaitMinutes())
                .withCounters(result.counters().serving(), result.counters().open());
        if (kiosk != null && !issued.repeated()) {
            dto = dto.withPrint(printed(result));
        }
        return HttpResponse.status(HttpStatus.CREATED).header(REPLAYED, String.valueOf(issued.repeated())).body(dto);
    }

    /** Waits for the printer's answer (bounded by the print timeout) so the kiosk can tell the citizen the truth. */
    private TicketDto.PrintDto printed(IssueAndPrint.Result result) {
        try {
            PrintReport report = result.print().get(printTimeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
            return new TicketDto.PrintDto(report.outcome().name(), report.reason());
        } catch (TimeoutException e) {
            return new TicketDto.PrintDto("FAILED", "TIMEOUT");
        } catch (ExecutionException e) {
            return new TicketDto.PrintDto("FAILED", "ERROR");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TicketDto.PrintDto("FAILED", "ERROR");
        }
    }


    @Get("/tickets/{id}")
    @Operation(summary = "A ticket and its status")
    public HttpResponse<?> ticket(long id, Authentication caller) {
        return queries.ticket(id).filter(t -> CenterScope.allows(caller, t.centerId()))
                .<HttpResponse<?>>map(t -> HttpResponse.ok(TicketDto.of(t)))
                .orElseThrow(() -> Rejection.notFound("TICKET_NOT_FOUND", "No ticket " + id));
    }

    @Post("/tickets/{id}/rejoin")
    @Secured({"DEVICE_KIOSK", "OFFICER", "MANAGER", "ADMIN"})
    @Operation(summary = "A citizen who missed the call rejoins within the window, at the end of the queue")
    public TicketDto rejoin(long id, Authentication caller) {
        Ticket ticket = queries.ticket(id).filter(t -> CenterScope.allows(caller, t.centerId()))
                .orElseThrow(() -> Rejection.notFound("TICKET_NOT_FOUND", "No ticket " + id));
        return TicketDto.of(handling.rejoin(ticket.centerId(), id, Callers.userId(caller)));
    }
}
