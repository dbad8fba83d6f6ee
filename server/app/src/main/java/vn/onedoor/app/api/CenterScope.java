package vn.onedoor.app.api;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import vn.onedoor.app.security.BearerTokenValidator;

/**
 * A province may run many centers on one server: staff of a center and its devices see that
 * center only; staff without a center (the province's administrators) see every center.
 */
public final class CenterScope {

    private CenterScope() {}

    public static boolean allows(Authentication authentication, long centerId) {
        Object own = authentication.getAttributes().get(BearerTokenValidator.ATTR_CENTER);
        return own == null || ((Number) own).longValue() == centerId;
    }

    public static HttpResponse<ApiError> otherCenter() {
        throw Rejection.forbidden("OTHER_CENTER", "The account or device belongs to another center");
    }
}
