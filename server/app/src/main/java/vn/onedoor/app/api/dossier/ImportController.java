package vn.onedoor.app.api.dossier;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.util.List;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.dossier.ImportDossiers;

/**
 * CSV import of dossiers (UTF-8, header line; see docs/dossiers.md). Small files answer at once
 * with every bad line; {@code ?async=true} answers 202 with a job whose progress can be polled.
 */
@Controller("/api/v1/dossier-imports")
@Secured({"MANAGER", "ADMIN", "INTEGRATION"})
@Tag(name = "dossiers")
public class ImportController {

    private final ImportDossiers imports;
    private final ImportJobs jobs;

    ImportController(ImportDossiers imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @Serdeable
    public record ReportDto(@Nullable String jobId, int lines, int imported, int skipped, boolean finished,
            @Nullable String failure, List<ImportDossiers.LineError> errors) {
        static ReportDto of(String jobId, ImportDossiers.Progress p, String failure) {
            return new ReportDto(jobId, p.lines(), p.imported(), p.skipped(), p.finished(), failure, p.errors());
        }
    }

    @Post
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import dossiers from CSV; per-line errors in the answer; async=true for large files")
    public HttpResponse<ReportDto> importCsv(@Body String csv, @Nullable @QueryValue Boolean async,
            @Nullable @QueryValue Long centerId, Authentication caller) {
        long center = Callers.center(caller, centerId);
        if (Boolean.TRUE.equals(async)) {
            String id = jobs.start(center, csv, Callers.actor(caller));
            return HttpResponse.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/dossier-imports/" + id)
                    .body(ReportDto.of(id, jobs.job(id).orElseThrow().progress(), null));
        }
        ImportDossiers.Progress done = imports.run(center, new StringReader(csv), Callers.actor(caller), p -> {});
        return HttpResponse.ok(ReportDto.of(null, done, null));
    }

    @Get("/{id}")
    @Operation(summary = "Progress of a background import")
    public HttpResponse<?> progress(String id, Authentication caller) {
        Long own = Callers.ownCenter(caller);
        return jobs.job(id).filter(j -> own == null || own == j.centerId())
                .<HttpResponse<?>>map(j -> HttpResponse.ok(ReportDto.of(id, j.progress(), j.failure())))
                .orElseThrow(() -> Rejection.notFound("IMPORT_NOT_FOUND", "No import " + id));
    }
}
