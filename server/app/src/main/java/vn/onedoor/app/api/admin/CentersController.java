package vn.onedoor.app.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.onedoor.admin.CenterAdmin;
import vn.onedoor.admin.CenterForm;
import vn.onedoor.admin.SettingsAdmin;
import vn.onedoor.app.api.ApiMessages;
import vn.onedoor.app.api.Callers;
import vn.onedoor.app.security.Roles;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.platform.rules.Rejection;

/**
 * The first center of an empty install, then the centers of a province: listed, created (empty
 * or as a copy of another's layout), edited, retired and restored; and each center's screen
 * settings. Installation administrators see every center; a center's administrator, their own.
 */
@Controller("/api/v1/admin")
@Secured(Roles.ADMIN)
@Tag(name = "administration")
public class CentersController {

    private final CenterAdmin centers;
    private final SettingsAdmin settings;
    private final CenterDirectory directory;
    private final ApiMessages messages;

    CentersController(CenterAdmin centers, SettingsAdmin settings, CenterDirectory directory, ApiMessages messages) {
        this.centers = centers;
        this.settings = settings;
        this.directory = directory;
        this.messages = messages;
    }

    @Serdeable
    public record SetupState(boolean needed) {}

    @Serdeable
    public record CenterDto(long id, String code, @Nullable String unitCode, String level, String name,
            @Nullable String address, String timeZone, @Nullable String openingHours, @Nullable Instant retiredAt) {
        public static CenterDto of(Center c) {
            return new CenterDto(c.id(), c.code(), c.unitCode(), c.level().name(), c.name(), c.address(), c.timeZone(),
                    c.openingHours(), c.retiredAt());
        }
    }

    /** A new center; {@code templateCenterId} copies that center's groups, counters and settings. */
    @Serdeable
    public record NewCenter(CenterForm center, @Nullable Long templateCenterId) {}

    @Get("/setup")
    @Operation(summary = "Whether the install still needs its first center")
    public SetupState setup() {
        return new SetupState(centers.setupNeeded());
    }

    @Post("/setup")
    @Operation(summary = "Sets up the first center of an empty install, with group A and counter 1 so a ticket can be issued at once")
    public HttpResponse<CenterDto> setUp(@Body CenterForm form, Authentication auth, HttpRequest<?> request) {
        Center c = centers.setUpFirst(Callers.of(auth, request), form, messages.text(request, "admin.first-group"),
                messages.text(request, "admin.first-counter"));
        return HttpResponse.created(CenterDto.of(c));
    }

    @Get("/centers")
    @Operation(summary = "The centers the caller administers (retired ones with retired=true)")
    public List<CenterDto> list(@QueryValue(defaultValue = "false") boolean retired, Authentication auth,
            HttpRequest<?> request) {
        return centers.visible(Callers.of(auth, request), retired).stream().map(CenterDto::of).toList();
    }

    @Post("/centers")
    @Operation(summary = "Creates a center (installation administrators)")
    public HttpResponse<CenterDto> create(@Body NewCenter body, Authentication auth, HttpRequest<?> request) {
        if (body.center() == null) {
            throw Rejection.invalidField("center", "VALUE_REQUIRED", "center is required", "center");
        }
        Center c = centers.create(Callers.of(auth, request), body.center(), messages.text(request, "admin.first-group"),
                messages.text(request, "admin.first-counter"), body.templateCenterId());
        return HttpResponse.created(CenterDto.of(c));
    }

    @Get("/centers/{id}")
    public CenterDto get(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        Callers.of(auth, request).requireReaderOf(id);
        return CenterDto.of(directory.center(id).orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND",
                "No center " + id, id)));
    }

    @Put("/centers/{id}")
    @Operation(summary = "Edits a center")
    public CenterDto update(@PathVariable long id, @Body CenterForm form, Authentication auth, HttpRequest<?> request) {
        return CenterDto.of(centers.update(Callers.of(auth, request), id, form));
    }

    @Post("/centers/{id}/retire")
    @Operation(summary = "Retires a center: history kept, accounts and devices switched off")
    public HttpResponse<?> retire(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        centers.retire(Callers.of(auth, request), id);
        return HttpResponse.noContent();
    }

    @Post("/centers/{id}/restore")
    public HttpResponse<?> restore(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        centers.restore(Callers.of(auth, request), id);
        return HttpResponse.noContent();
    }

    @Get("/centers/{id}/settings")
    @Operation(summary = "A center's screen settings by key (board.marquee, board.voice, kiosk.idle-seconds…)")
    public Map<String, String> settings(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        return settings.settings(Callers.of(auth, request), id);
    }

    @Put("/centers/{id}/settings")
    @Operation(summary = "Changes the settings given; all are checked before any is written")
    public Map<String, String> updateSettings(@PathVariable long id, @Body Map<String, String> values,
            Authentication auth, HttpRequest<?> request) {
        return settings.update(Callers.of(auth, request), id, values);
    }
}
