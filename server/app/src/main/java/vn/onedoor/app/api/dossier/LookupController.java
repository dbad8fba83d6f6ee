package vn.onedoor.app.api.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.dossier.LookUpDossier;
import vn.onedoor.dossier.LookupRateLimiter;
import vn.onedoor.dossier.LookupResult;
import vn.onedoor.dossier.PublicDossier;

/**
 * The public lookup of 003 Điều 15: anyone with the code sees the five things, the applicant
 * masked. Rate-limited per device (a kiosk's token) or else per network address.
 */
@Controller("/api/v1/lookup")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "lookup")
public class LookupController {

    private final LookUpDossier lookUp;
    private final LookupRateLimiter limiter;
    private final LookupTexts texts;

    LookupController(LookUpDossier lookUp, LookupRateLimiter limiter, LookupTexts texts) {
        this.lookUp = lookUp;
        this.limiter = limiter;
        this.texts = texts;
    }

    @Serdeable
    public record ApplicantDto(String name, String idNumber) {}

    @Serdeable
    public record LookupDto(String code, ApplicantDto applicant, String field, String procedure, LocalDate receivedDate,
            LocalDate appointmentDate, @Nullable LocalDate newAppointmentDate, String status, String statusText,
            String nextStep, String nextStepText) {}

    @Get("/{code}")
    @Operation(summary = "A dossier's status by its code (masked applicant); 400 malformed, 404 unknown, 429 too many")
    public HttpResponse<?> lookUp(String code, @Nullable @QueryValue String lang, HttpRequest<?> request,
            @Nullable Authentication caller) {
        Locale locale = LookupTexts.locale(lang);
        Long device = Callers.deviceId(caller);
        String key = device != null ? "device:" + device : "address:" + request.getRemoteAddress().getAddress().getHostAddress();
        LookupRateLimiter.Decision decision = limiter.tryAcquire(key);
        if (!decision.allowed()) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(decision.retryAfterSeconds()))
                    .body(new ApiError("TOO_MANY_LOOKUPS", texts.t(locale, "dossier.lookup.too-many", decision.retryAfterSeconds())));
        }
        LookupResult result = lookUp.lookUp(code);
        if (result instanceof LookupResult.Found found) {
            PublicDossier d = found.dossier();
            return HttpResponse.ok(new LookupDto(d.code(), new ApplicantDto(d.applicantName(), d.applicantIdNumber()),
                    d.fieldName(), d.procedureName(), d.receivedDate(), d.appointmentDate(), d.newAppointmentDate(),
                    d.status().name(), texts.status(d, locale), d.nextStep().name(), texts.nextStep(d, locale)));
        }
        if (result instanceof LookupResult.NotFound missing) {
            return HttpResponse.notFound(new ApiError("DOSSIER_NOT_FOUND", texts.t(locale, "dossier.lookup.not-found", missing.code())));
        }
        return HttpResponse.badRequest(new ApiError("MALFORMED_DOSSIER_CODE", texts.t(locale, "dossier.lookup.malformed")));
    }
}
