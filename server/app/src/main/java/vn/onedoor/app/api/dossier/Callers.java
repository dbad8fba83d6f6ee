package vn.onedoor.app.api.dossier;

import io.micronaut.security.authentication.Authentication;
import vn.onedoor.app.security.ApiKeyAuthentication;
import vn.onedoor.app.security.BearerTokenValidator;
import vn.onedoor.dossier.Actor;
import vn.onedoor.platform.rules.Rejection;

/** Who calls a dossier endpoint: an officer, or an integrated system by its key; and for which center. */
final class Callers {

    private Callers() {}

    static Actor actor(Authentication a) {
        Object key = a.getAttributes().get(ApiKeyAuthentication.ATTR_KEY);
        if (key != null) {
            return Actor.integration(((Number) key).longValue());
        }
        return Actor.officer(number(a, BearerTokenValidator.ATTR_USER));
    }

    /** The caller's own center, or null for the province's staff who see every center. */
    static Long ownCenter(Authentication a) {
        return number(a, BearerTokenValidator.ATTR_CENTER);
    }

    /** The center to work in: the caller's own, or the one asked for when the caller has none. */
    static long center(Authentication a, Long asked) {
        Long own = ownCenter(a);
        if (own != null) {
            if (asked != null && !asked.equals(own)) {
                throw Rejection.forbidden("OTHER_CENTER", "Belongs to another center");
            }
            return own;
        }
        if (asked == null) {
            throw Rejection.invalid("CENTER_REQUIRED", "centerId is required for an account of no center");
        }
        return asked;
    }

    static Long deviceId(Authentication a) {
        return a == null ? null : number(a, BearerTokenValidator.ATTR_DEVICE);
    }

    private static Long number(Authentication a, String attribute) {
        Object v = a.getAttributes().get(attribute);
        return v == null ? null : ((Number) v).longValue();
    }
}
