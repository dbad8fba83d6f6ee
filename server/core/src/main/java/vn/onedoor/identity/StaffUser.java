package vn.onedoor.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A staff account. The password is only ever stored as a {@link PasswordHasher} hash. */
@MappedEntity("staff_user")
public record StaffUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String fullName,
        String passwordHash,
        Role role,
        @Nullable Long centerId,
        boolean enabled,
        boolean mustChangePassword) {

    public StaffPrincipal principal() {
        return new StaffPrincipal(id, username, fullName, role, centerId, mustChangePassword);
    }
}
