package vn.onedoor.app.api.dossier;

import vn.onedoor.platform.time.DateTimeInput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.onedoor.app.api.dossier.DossierDtos.PushBody;
import vn.onedoor.app.api.dossier.DossierDtos.PushedDto;
import vn.onedoor.dossier.ImportDossier;
import vn.onedoor.dossier.IntegrationKeys;

/**
 * For an existing one-stop system: push dossiers with the codes it gave them (idempotent by code)
 * and their steps through {@code POST /api/v1/dossiers/{code}/events} (idempotent by eventId),
 * signed with {@code X-Api-Key}. Administrators make and revoke the keys.
 */
@Controller("/api/v1/integration")
@Tag(name = "integration")
public class IntegrationController {

    private final ImportDossier importDossier;
    private final IntegrationKeys keys;

    private final CenterZones zones;

    IntegrationController(ImportDossier importDossier, IntegrationKeys keys, CenterZones zones) {
        this.zones = zones;
        this.importDossier = importDossier;
        this.keys = keys;
    }

    @Post("/dossiers")
    @Secured("INTEGRATION")
    @Operation(summary = "Push a dossier with its code: 201 the first time, 200 with replayed=true after")
    public HttpResponse<PushedDto> push(@Body @Valid PushBody body, Authentication caller) {
        long centerId = Callers.center(caller, null);
        ImportDossier.Imported r = importDossier.importDossier(new ImportDossier.Request(centerId,
                body.code(), body.procedureId(), body.procedureCode(), body.applicant().toApplicant(), body.channel(),
                DateTimeInput.parse("receivedAt", body.receivedAt(), zones.of(centerId)), body.appointmentDate(),
                Callers.actor(caller)));
        return HttpResponse.status(r.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new PushedDto(r.code(), r.receivedDate(), r.appointmentDate(), r.replayed()));
    }

    @Serdeable
    public record KeyBody(@NotNull String name, @io.micronaut.core.annotation.Nullable Long centerId) {}

    @Serdeable
    public record KeyDto(long id, long centerId, String name, String key) {}

    @Post("/keys")
    @Secured("ADMIN")
    @Operation(summary = "Make an API key for an integrated system; the key is shown this once and stored hashed")
    public HttpResponse<KeyDto> createKey(@Body @Valid KeyBody body, Authentication caller) {
        IntegrationKeys.Issued issued = keys.create(Callers.center(caller, body.centerId()), body.name());
        return HttpResponse.status(HttpStatus.CREATED).body(new KeyDto(issued.client().keyId(), issued.client().centerId(),
                issued.client().name(), issued.key()));
    }

    @Delete("/keys/{id}")
    @Secured("ADMIN")
    @Operation(summary = "Revoke a key (refused within 30 s, the validity of a cached check)")
    public HttpResponse<?> revoke(long id) {
        keys.disable(id);
        return HttpResponse.noContent();
    }
}
