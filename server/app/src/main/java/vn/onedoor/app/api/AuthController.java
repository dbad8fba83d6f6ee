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
        return accounts.authenticate(login.username(), login.password())
                .<HttpResponse<?>>map(principal -> {
                    StaffAccounts.IssuedToken token = accounts.issueToken(principal);
                    long expiresIn = Duration.between(clock.instant(), token.expiresAt()).toSeconds();
                    return HttpResponse.ok(new LoginResponse(token.token(), "Bearer", expiresIn,
                            principal.username(), principal.role().name()));
                })
                .orElseGet(() -> HttpResponse.unauthorized().body(messages.of(request, "INVALID_CREDENTIALS")));
    }

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
