package vn.onedoor.app.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import vn.onedoor.admin.StaffAdmin;
import vn.onedoor.admin.StaffForm;
import vn.onedoor.app.api.Callers;
import vn.onedoor.app.security.Roles;

/**
 * Staff accounts (never their password hashes): listed a page at a time, created, edited,
 * disabled, enabled, their password reset to a one-time password shown once.
 */
@Controller("/api/v1/admin/users")
@Secured(Roles.ADMIN)
@Tag(name = "administration")
public class StaffController {

    private final StaffAdmin staff;

    StaffController(StaffAdmin staff) {
        this.staff = staff;
    }

    @Serdeable
    public record Page(int total, List<StaffAdmin.StaffRow> accounts) {}

    @Serdeable
    public record OneTimePassword(String oneTimePassword) {}

    @Get
    @Operation(summary = "Accounts the caller administers, filtered by center and a text in the username or name")
    public List<StaffAdmin.StaffRow> list(@Nullable @QueryValue Long centerId, @Nullable @QueryValue String q,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "500") int limit,
            Authentication auth, HttpRequest<?> request) {
        return staff.page(Callers.of(auth, request), centerId, q, offset, limit);
    }

    @Get("/page")
    @Operation(summary = "One page of accounts with the total count, for long lists")
    public Page page(@Nullable @QueryValue Long centerId, @Nullable @QueryValue String q,
            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit,
            Authentication auth, HttpRequest<?> request) {
        var caller = Callers.of(auth, request);
        return new Page(staff.count(caller, centerId, q), staff.page(caller, centerId, q, offset, limit));
    }

    @Post
    @Operation(summary = "Creates an account; without a password, a one-time password is returned to hand over")
    public HttpResponse<StaffAdmin.Created> create(@Body StaffForm form, Authentication auth, HttpRequest<?> request) {
        return HttpResponse.created(staff.create(Callers.of(auth, request), form));
    }

    @Get("/{id}")
    public StaffAdmin.StaffRow get(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        return staff.account(Callers.of(auth, request), id);
    }

    @Put("/{id}")
    @Operation(summary = "Edits an account's name, role, center and counters (the password stays)")
    public StaffAdmin.StaffRow update(@PathVariable long id, @Body StaffForm form, Authentication auth,
            HttpRequest<?> request) {
        return staff.update(Callers.of(auth, request), id, form);
    }

    @Post("/{id}/disable")
    @Operation(summary = "Disables an account; its tokens stop working at once (409 LAST_ADMIN for the last administrator)")
    public StaffAdmin.StaffRow disable(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        return staff.setEnabled(Callers.of(auth, request), id, false);
    }

    @Post("/{id}/enable")
    public StaffAdmin.StaffRow enable(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        return staff.setEnabled(Callers.of(auth, request), id, true);
    }

    @Post("/{id}/reset-password")
    @Operation(summary = "A one-time password, to be changed at the next sign-in")
    public OneTimePassword resetPassword(@PathVariable long id, Authentication auth, HttpRequest<?> request) {
        return new OneTimePassword(staff.resetPassword(Callers.of(auth, request), id));
    }
}
