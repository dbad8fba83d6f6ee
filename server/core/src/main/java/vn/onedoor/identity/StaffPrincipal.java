package vn.onedoor.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * A signed-in staff member, as REST and the Vaadin session see them. {@code mustChangePassword}:
 * signed in with a password an administrator gave, which must be changed before anything else.
 */
public record StaffPrincipal(Long userId, String username, String fullName, Role role, @Nullable Long centerId,
        boolean mustChangePassword) {

    public boolean hasAnyRole(Iterable<String> roles) {
        for (String r : roles) {
            if (role.name().equals(r)) {
                return true;
            }
        }
        return false;
    }
}
