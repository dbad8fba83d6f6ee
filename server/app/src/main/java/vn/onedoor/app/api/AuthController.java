package vn.onedoor.app.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffPrincipal;

@Controller("/api/v1")
@Tag(name = "auth")
public class AuthController {

    private final StaffAccounts accounts;
    private final Clock clock;
    private final ApiMessages messages;

    AuthController(StaffAccounts accounts, Clock clock, ApiMessages messages) {
        this.accounts = accounts;
        this.clock = clock;
        this.messages = messages;
    }

    @Post("/auth/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Staff sign-in; returns a bearer token as access_token")
    public HttpResponse<?> login(@Body @Valid LoginRequest login, HttpRequest<?> request) {
        StaffAccounts.SignIn signIn = accounts.signIn(login.username(), login.password(), Callers.address(request));
        if (signIn.refused()) {
            return HttpResponse.unauthorized().body(messages.of(request, "INVALID_CREDENTIALS"));
        }
        if (signIn.mustChangePassword()) {
            // a one-time password opens nothing but its own change
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(messages.of(request, "PASSWORD_CHANGE_REQUIRED"));
        }
        return HttpResponse.ok(token(signIn.principal()));
    }

    /**
     * Changes one's own password with the current one (a one-time password too); answers with a
     * token, as a sign-in does.
     */
    @Post("/auth/password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Changes one's own password (the current or one-time password, and the new one); returns a token")
    public HttpResponse<?> changePassword(@Body @Valid PasswordChange change, HttpRequest<?> request) {
        StaffPrincipal principal = accounts.changeOwnPassword(change.username(), change.currentPassword(),
                change.newPassword(), Callers.address(request));
        return HttpResponse.ok(token(principal));
    }

    private LoginResponse token(StaffPrincipal principal) {
        StaffAccounts.IssuedToken token = accounts.issueToken(principal);
        long expiresIn = Duration.between(clock.instant(), token.expiresAt()).toSeconds();
        return new LoginResponse(token.token(), "Bearer", expiresIn, principal.username(), principal.role().name());
    }

    @Serdeable
    public record PasswordChange(@NotBlank String username, @NotBlank String currentPassword,
            @NotBlank String newPassword) {}

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Who the bearer token belongs to")
    public Me me(Authentication authentication) {
        return new Me(authentication.getName(), authentication.getRoles());
    }

    @Serdeable
    public record LoginRequest(@NotBlank String username, @NotBlank String password) {}

    @Serdeable
    public record LoginResponse(
            @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
            @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
            @com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn,
            String username,
            String role) {}

    @Serdeable
    public record Me(String name, Collection<String> roles) {}
}
