package vn.onedoor.app.api.rating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.onedoor.app.api.CenterScope;
import vn.onedoor.app.security.BearerTokenValidator;
import vn.onedoor.app.security.Roles;
import vn.onedoor.rating.RatingCriterion;
import vn.onedoor.rating.RatingLevel;
import vn.onedoor.rating.RatingScale;
import vn.onedoor.rating.RatingScales;
import vn.onedoor.rating.RatingSource;
import vn.onedoor.rating.SubmitRating;

/** Citizens' votes from rating terminals, kiosks and staff; each center's scale. */
@Controller("/api/v1")
@Tag(name = "ratings")
public class RatingController {

    private final SubmitRating submit;
    private final RatingScales scales;

    RatingController(SubmitRating submit, RatingScales scales) {
        this.submit = submit;
        this.scales = scales;
    }

    @Serdeable
    public record RatingBody(@Nullable String dossierCode, @Nullable Long ticketId, @NotNull Integer score,
            @Nullable List<String> criteria, @Nullable String comment, @Nullable Long counterId) {}

    @Post("/ratings")
    @Secured({"DEVICE_RATING", "DEVICE_KIOSK", Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "A citizen's vote by dossier code or ticket: 201, or 409 ALREADY_RATED for a second one")
    public HttpResponse<RatingDto> rate(@Body @Valid RatingBody body, Authentication caller) {
        var rating = submit.submit(new SubmitRating.Request(centerOf(caller), body.dossierCode(), body.ticketId(),
                body.score(), body.criteria(), body.comment(), body.counterId(), sourceOf(caller),
                id(caller, BearerTokenValidator.ATTR_DEVICE), id(caller, BearerTokenValidator.ATTR_USER)));
        return HttpResponse.status(HttpStatus.CREATED).body(RatingDto.of(rating));
    }

    @Serdeable
    public record LevelDto(int score, @Nullable String labelVi, @Nullable String labelEn, boolean satisfied) {}

    @Serdeable
    public record CriterionDto(String code, @Nullable String labelVi, @Nullable String labelEn) {}

    @Serdeable
    public record ScaleDto(@Nullable List<LevelDto> levels, @Nullable List<CriterionDto> criteria) {
        static ScaleDto of(RatingScale s) {
            return new ScaleDto(s.levels().stream().map(l -> new LevelDto(l.score(), l.labelVi(), l.labelEn(),
                    l.satisfied())).toList(), s.criteria().stream().map(k -> new CriterionDto(k.code(), k.labelVi(),
                    k.labelEn())).toList());
        }
    }

    @Get("/centers/{centerId}/rating-scale")
    @Secured({Roles.DEVICE, Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The center's scale, best level first; default levels carry no labels (the screens' bundles have them)")
    public HttpResponse<?> scale(long centerId, Authentication caller) {
        return CenterScope.allows(caller, centerId) ? HttpResponse.ok(ScaleDto.of(scales.scale(centerId)))
                : CenterScope.otherCenter();
    }

    @Put("/centers/{centerId}/rating-scale")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Sets the center's scale (2–5 levels, labels in vi and en); no levels brings the default back")
    public HttpResponse<?> configure(long centerId, @Body ScaleDto body, Authentication caller) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        List<RatingLevel> levels = body.levels() == null ? List.of() : body.levels().stream()
                .map(l -> new RatingLevel(l.score(), l.labelVi(), l.labelEn(), l.satisfied())).toList();
        List<RatingCriterion> criteria = body.criteria() == null ? List.of() : body.criteria().stream()
                .map(k -> new RatingCriterion(k.code(), k.labelVi(), k.labelEn())).toList();
        return HttpResponse.ok(ScaleDto.of(scales.configure(centerId, levels, criteria)));
    }

    private static RatingSource sourceOf(Authentication caller) {
        if (caller.getRoles().contains("DEVICE_RATING")) {
            return RatingSource.TERMINAL;
        }
        if (caller.getRoles().contains("DEVICE_KIOSK")) {
            return RatingSource.KIOSK;
        }
        return caller.getRoles().contains(Roles.DEVICE) ? RatingSource.DEVICE : RatingSource.STAFF;
    }

    static Long centerOf(Authentication caller) {
        return id(caller, BearerTokenValidator.ATTR_CENTER);
    }

    private static Long id(Authentication caller, String attribute) {
        Object id = caller.getAttributes().get(attribute);
        return id == null ? null : ((Number) id).longValue();
    }
}
