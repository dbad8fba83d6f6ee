package vn.onedoor.app.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.queue.QueueTransactions;
import vn.onedoor.queue.model.QueueRejection;

/** Every error is JSON {@code {code, message}} with a 4xx (or 503) status: never a stack trace. */
public final class ApiErrors {

    private static final Set<String> BAD_REQUEST = Set.of("REASON_REQUIRED", "TRANSFER_TARGET", "UNKNOWN_OUTCOME",
            "PROCEDURE_NOT_IN_GROUP");
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    static HttpStatus statusOf(QueueRejection e) {
        if (e.notFound()) {
            return HttpStatus.NOT_FOUND;
        }
        if (e.code().startsWith("INVALID_") || BAD_REQUEST.contains(e.code())) {
            return HttpStatus.BAD_REQUEST;
        }
        return "COUNTER_OF_OTHER_OFFICER".equals(e.code()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
    }

    @Singleton
    @Produces
    @Requires(classes = QueueRejection.class)
    public static class Rejections implements ExceptionHandler<QueueRejection, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, QueueRejection e) {
            return HttpResponse.<ApiError>status(statusOf(e)).body(new ApiError(e.code(), e.getMessage()));
        }
    }

    @Singleton
    @Produces
    @Replaces(ConstraintExceptionHandler.class)
    public static class Violations implements ExceptionHandler<ConstraintViolationException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConstraintViolationException e) {
            String message = e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("INVALID_REQUEST", message));
        }
    }

    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    public static class Conversions implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException e) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("INVALID_REQUEST",
                    "Cannot read '" + e.getArgument().getName() + "': " + e.getConversionError().getCause().getMessage()));
        }
    }

    @Singleton
    @Produces
    public static class Codecs implements ExceptionHandler<CodecException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, CodecException e) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("INVALID_JSON",
                    "The request body is not valid JSON of the expected shape"));
        }
    }

    @Singleton
    @Produces
    public static class Storage implements ExceptionHandler<QueueTransactions.QueueStorageException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, QueueTransactions.QueueStorageException e) {
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("DATABASE_UNAVAILABLE",
                    "Cơ sở dữ liệu tạm thời không trả lời; vui lòng thử lại / The database is not answering; retry"));
        }
    }
}
