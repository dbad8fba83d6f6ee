package vn.onedoor.app.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffPrincipal;

/**
 * Bearer tokens are opaque and checked against the database: a staff token from
 * {@code POST /api/v1/auth/login}, or a device's token. Staff get their role; devices get
 * {@code DEVICE} and {@code DEVICE_<TYPE>}.
 */
@Singleton
public class BearerTokenValidator implements TokenValidator<HttpRequest<?>> {

    public static final String ATTR_CENTER = "centerId";
    public static final String ATTR_USER = "userId";
    public static final String ATTR_DEVICE = "deviceId";

    private final StaffAccounts staff;
    private final DeviceRegistry devices;

    BearerTokenValidator(StaffAccounts staff, DeviceRegistry devices) {
        this.staff = staff;
        this.devices = devices;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return staff.resolveToken(token).map(BearerTokenValidator::ofStaff)
                .or(() -> devices.authenticate(token).map(BearerTokenValidator::ofDevice))
                .map(Publishers::just)
                .orElseGet(Publishers::empty);
    }

    private static Authentication ofStaff(StaffPrincipal p) {
        Map<String, Object> attributes = p.centerId() == null
                ? Map.of(ATTR_USER, p.userId())
                : Map.of(ATTR_USER, p.userId(), ATTR_CENTER, p.centerId());
        return Authentication.build(p.username(), List.of(p.role().name()), attributes);
    }

    private static Authentication ofDevice(DevicePrincipal d) {
        return Authentication.build("device:" + d.deviceId(), List.of(Roles.DEVICE, Roles.DEVICE + "_" + d.type().name()),
                Map.of(ATTR_DEVICE, d.deviceId(), ATTR_CENTER, d.centerId()));
    }
}
