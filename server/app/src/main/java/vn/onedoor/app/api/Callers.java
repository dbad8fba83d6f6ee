package vn.onedoor.app.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.net.InetSocketAddress;
import vn.onedoor.app.security.BearerTokenValidator;
import vn.onedoor.identity.Caller;
import vn.onedoor.identity.Role;
import vn.onedoor.platform.rules.Rejection;

/** The staff member behind a REST request, with the address it came from, as administration and the audit log see them. */
public final class Callers {

    private Callers() {}

    public static Caller of(Authentication authentication, HttpRequest<?> request) {
        Object user = authentication.getAttributes().get(BearerTokenValidator.ATTR_USER);
        if (user == null) {
            throw Rejection.forbidden("STAFF_ONLY", "Only a staff account may do this, not a device or a system");
        }
        Role role = authentication.getRoles().stream().filter(r -> r.equals("ADMIN") || r.equals("MANAGER")
                || r.equals("OFFICER")).findFirst().map(Role::valueOf)
                .orElseThrow(() -> Rejection.forbidden("STAFF_ONLY", "No staff role"));
        Object center = authentication.getAttributes().get(BearerTokenValidator.ATTR_CENTER);
        return new Caller(((Number) user).longValue(), authentication.getName(), role,
                center == null ? null : ((Number) center).longValue(), address(request));
    }

    public static String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }
}
