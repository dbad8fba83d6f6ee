package vn.onedoor.app.api;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every error answer: a stable code for programs, a message for people. */
@Serdeable
public record ApiError(String code, String message) {}
