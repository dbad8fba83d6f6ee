package vn.onedoor.app.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.onedoor.app.api.Callers;
import vn.onedoor.app.security.Roles;
import vn.onedoor.audit.AuditEntry;
import vn.onedoor.audit.AuditFilter;
import vn.onedoor.audit.AuditLog;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.time.DateTimeInput;

/**
 * The audit log, read only: every change made in administration and every sign-in, filtered,
 * a page at a time or whole as CSV. A center's administrator reads their center's lines only.
 */
@Controller("/api/v1/admin/audit")
@Secured(Roles.ADMIN)
@Tag(name = "administration")
public class AuditController {

    private final AuditLog audit;
    private final CenterDirectory directory;

    AuditController(AuditLog audit, CenterDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    @Serdeable
    public record Page(int total, List<AuditEntry> entries) {}

    @Get
    @Operation(summary = "Audit lines, newest first; from/to as instants (2026-12-01T00:00:00Z) or local date-times")
    public Page page(@Nullable @QueryValue Long centerId, @Nullable @QueryValue String username,
            @Nullable @QueryValue String action, @Nullable @QueryValue String entity, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to, @QueryValue(defaultValue = "0") int offset,
            @QueryValue(defaultValue = "100") int limit, Authentication auth, HttpRequest<?> request) {
        AuditFilter f = filter(Callers.of(auth, request), centerId, username, action, entity, from, to);
        return new Page(audit.count(f), audit.find(f, offset, limit));
    }

    @Get(value = "/export.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The selected audit lines as CSV (UTF-8), oldest first")
    public HttpResponse<byte[]> csv(@Nullable @QueryValue Long centerId, @Nullable @QueryValue String username,
            @Nullable @QueryValue String action, @Nullable @QueryValue String entity, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to, Authentication auth, HttpRequest<?> request) {
        Caller caller = Callers.of(auth, request);
        AuditFilter f = filter(caller, centerId, username, action, entity, from, to);
        StringWriter out = new StringWriter();
        audit.exportCsv(f, zone(caller, centerId), out);
        return HttpResponse.ok(out.toString().getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"nhat-ky-quan-tri.csv\"");
    }

    private AuditFilter filter(Caller caller, @Nullable Long centerId, @Nullable String username,
            @Nullable String action, @Nullable String entity, @Nullable String from, @Nullable String to) {
        if (centerId != null) {
            caller.requireAdminOf(centerId);
        }
        ZoneId zone = zone(caller, centerId);
        Instant f = from == null || from.isBlank() ? null : DateTimeInput.parse("from", from, zone);
        Instant t = to == null || to.isBlank() ? null : DateTimeInput.parse("to", to, zone);
        return new AuditFilter(centerId, caller.centerId(), username, action, entity, f, t);
    }

    private ZoneId zone(Caller caller, @Nullable Long centerId) {
        Long id = centerId != null ? centerId : caller.centerId();
        return ZoneId.of(id == null ? Center.DEFAULT_TIME_ZONE
                : directory.center(id).map(Center::timeZone).orElse(Center.DEFAULT_TIME_ZONE));
    }
}
