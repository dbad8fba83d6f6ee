package vn.onedoor.app.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.db.StorageFailure;
import vn.onedoor.platform.rules.Rejection;

/** Every error is JSON {@code {code, message}} with a 4xx (or 503) status: never a stack trace. */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** How long a client waits before it tries again after a 503. */
    static final String RETRY_AFTER_SECONDS = "5";

    private ApiErrors() {}

    static HttpStatus statusOf(Rejection e) {
        return switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    /** Every refusal of every feature: its status by kind, its text from the bundles by code. */
    @Singleton
    @Produces
    public static class Rejections implements ExceptionHandler<Rejection, HttpResponse<ApiError>> {
        private final ApiMessages messages;

        Rejections(ApiMessages messages) {
            this.messages = messages;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, Rejection e) {
            if (e instanceof ConstraintViolated) {
                LOG.info("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            }
            // JSON also from the endpoints that produce PDFs, which could not encode the error otherwise
            return HttpResponse.<ApiError>status(statusOf(e)).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(messages.of(request, e));
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

    /** The database failed: 503 with Retry-After, so a device or a person tries again shortly. */
    @Singleton
    @Produces
    public static class Storage implements ExceptionHandler<StorageFailure, HttpResponse<ApiError>> {
        private final ApiMessages messages;

        Storage(ApiMessages messages) {
            this.messages = messages;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, StorageFailure e) {
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", RETRY_AFTER_SECONDS).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(messages.of(request, "DATABASE_UNAVAILABLE"));
        }
    }

    /**
     * Anything no handler above knows: 500 with a reference that is also in the log, and nothing
     * of the exception (no class, no message, no stack frame) in the answer.
     */
    @Singleton
    @Produces
    public static class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {
        private final ApiMessages messages;

        Unexpected(ApiMessages messages) {
            this.messages = messages;
        }

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException e) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error on {} {} (reference {})", request.getMethod(), request.getPath(), reference, e);
            return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(messages.of(request, "UNEXPECTED", reference));
        }
    }
}
