package vn.onedoor.app.api.rating;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.rating.RatingRejection;
import vn.onedoor.rating.RatingStorageException;

/** A refused rating as JSON {@code {code, message}}: 400 bad input, 404 unknown, 409 already rated. */
@Singleton
@Produces
public class RatingErrors implements ExceptionHandler<RatingRejection, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(RatingErrors.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RatingRejection e) {
        HttpStatus status = e.code().startsWith("INVALID_") ? HttpStatus.BAD_REQUEST
                : e.code().endsWith("_NOT_FOUND") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return HttpResponse.<ApiError>status(status).body(new ApiError(e.code(), e.getMessage()));
    }

    /** The database did not answer: 503, like the queue's endpoints, so a device retries later. */
    @Singleton
    @Produces
    public static class Storage implements ExceptionHandler<RatingStorageException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, RatingStorageException e) {
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError(
                    "DATABASE_UNAVAILABLE", "Cơ sở dữ liệu tạm thời không trả lời; vui lòng thử lại / The database is not answering; retry"));
        }
    }
}
