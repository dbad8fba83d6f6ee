package vn.onedoor.app.api.rating;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.rating.RatingRejection;

/** A refused rating as JSON {@code {code, message}}: 400 bad input, 404 unknown, 409 already rated. */
@Singleton
@Produces
public class RatingErrors implements ExceptionHandler<RatingRejection, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RatingRejection e) {
        HttpStatus status = e.code().startsWith("INVALID_") ? HttpStatus.BAD_REQUEST
                : e.code().endsWith("_NOT_FOUND") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return HttpResponse.<ApiError>status(status).body(new ApiError(e.code(), e.getMessage()));
    }
}
