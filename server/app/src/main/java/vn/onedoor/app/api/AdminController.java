package vn.onedoor.app.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.onedoor.app.security.Roles;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffUser;

@Controller("/api/v1/admin")
@Secured(Roles.ADMIN)
@Tag(name = "administration")
public class AdminController {

    private final StaffAccounts accounts;

    AdminController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Get("/users")
    @Operation(summary = "Staff accounts (never their password hashes)")
    public List<UserDto> users() {
        return accounts.users().stream().map(UserDto::of).toList();
    }

    @Serdeable
    public record UserDto(long id, String username, String fullName, String role, Long centerId, boolean enabled) {
        static UserDto of(StaffUser u) {
            return new UserDto(u.id(), u.username(), u.fullName(), u.role().name(), u.centerId(), u.enabled());
        }
    }
}
