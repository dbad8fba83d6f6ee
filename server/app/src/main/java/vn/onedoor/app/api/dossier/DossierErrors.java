package vn.onedoor.app.api.dossier;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.dossier.DossierStorageException;
import vn.onedoor.dossier.model.DossierRejection;

/** Dossier refusals as {@code {code, message}}: 404 unknown, 400 bad input, 403 other center, 409 state. */
final class DossierErrors {

    private static final Logger LOG = LoggerFactory.getLogger(DossierErrors.class);

    private DossierErrors() {}

    static HttpStatus statusOf(DossierRejection e) {
        if (e.notFound()) {
            return HttpStatus.NOT_FOUND;
        }
        if ("OTHER_CENTER".equals(e.code())) {
            return HttpStatus.FORBIDDEN;
        }
        return e.invalid() || "CENTER_REQUIRED".equals(e.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
    }

    @Singleton
    @Produces
    static class Rejections implements ExceptionHandler<DossierRejection, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DossierRejection e) {
            return HttpResponse.<ApiError>status(statusOf(e)).body(new ApiError(e.code(), e.getMessage()));
        }
    }

    @Singleton
    @Produces
    static class Storage implements ExceptionHandler<DossierStorageException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DossierStorageException e) {
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("DATABASE_UNAVAILABLE",
                    "Cơ sở dữ liệu tạm thời không trả lời; vui lòng thử lại / The database is not answering; retry"));
        }
    }
}
