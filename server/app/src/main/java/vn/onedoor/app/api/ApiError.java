package vn.onedoor.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of every error answer: a stable code for programs, a message for people in the
 * caller's language (Vietnamese unless English was asked for), and the request field at fault
 * when there is one.
 */
@Serdeable
public record ApiError(String code, String message, @Nullable String field) {

    public ApiError(String code, String message) {
        this(code, message, null);
    }
}
