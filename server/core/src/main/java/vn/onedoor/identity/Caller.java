package vn.onedoor.identity;

import io.micronaut.core.annotation.Nullable;
import vn.onedoor.audit.AuditActor;
import vn.onedoor.platform.rules.Rejection;

/**
 * A signed-in staff member making a request, with the address it came from: what administration
 * checks its rights against and what the audit log records. An account without a center is the
 * installation's (a province's): it covers every center; an account of a center covers that
 * center only.
 */
public record Caller(@Nullable Long userId, String username, Role role, @Nullable Long centerId,
        @Nullable String address) {

    /** The server's own work (first start, demo data): every right, recorded as "system". */
    public static final Caller SYSTEM = new Caller(null, "system", Role.ADMIN, null, null);

    public static Caller of(StaffPrincipal staff, @Nullable String address) {
        return new Caller(staff.userId(), staff.username(), staff.role(), staff.centerId(), address);
    }

    public AuditActor actor() {
        return new AuditActor(userId, username, address);
    }

    /** An administrator of the whole installation (no center of their own). */
    public boolean installationAdmin() {
        return role == Role.ADMIN && centerId == null;
    }

    public boolean covers(long center) {
        return centerId == null || centerId == center;
    }

    /** Refuses unless the caller administers the installation. */
    public void requireInstallationAdmin() {
        if (!installationAdmin()) {
            throw Rejection.forbidden("INSTALLATION_ADMIN_ONLY", username + " does not administer the installation");
        }
    }

    /** Refuses unless the caller administers {@code center}: its own administrator or the installation's. */
    public void requireAdminOf(long center) {
        if (role != Role.ADMIN || !covers(center)) {
            throw Rejection.forbidden("OTHER_CENTER", username + " does not administer center " + center);
        }
    }

    /** Refuses unless the caller may read {@code center}'s data (any role of it, or the installation's). */
    public void requireReaderOf(long center) {
        if (!covers(center)) {
            throw Rejection.forbidden("OTHER_CENTER", username + " does not belong to center " + center);
        }
    }
}
