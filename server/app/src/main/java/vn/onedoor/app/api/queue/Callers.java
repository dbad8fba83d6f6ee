package vn.onedoor.app.api.queue;

import io.micronaut.security.authentication.Authentication;
import vn.onedoor.app.security.BearerTokenValidator;
import vn.onedoor.app.security.Roles;
import vn.onedoor.queue.Actor;

/** Who is calling, as the queue services need it. */
final class Callers {

    private Callers() {}

    static Long userId(Authentication a) {
        Object id = a.getAttributes().get(BearerTokenValidator.ATTR_USER);
        return id == null ? null : ((Number) id).longValue();
    }

    static Long deviceId(Authentication a) {
        Object id = a.getAttributes().get(BearerTokenValidator.ATTR_DEVICE);
        return id == null ? null : ((Number) id).longValue();
    }

    static Actor actor(Authentication a) {
        boolean supervisor = a.getRoles().contains(Roles.MANAGER) || a.getRoles().contains(Roles.ADMIN);
        return new Actor(userId(a), supervisor);
    }
}
