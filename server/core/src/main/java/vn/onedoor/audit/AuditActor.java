package vn.onedoor.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * Who made a change, as the audit log keeps them: the account (none for the server itself, or a
 * sign-in with an unknown name), the name typed or signed in with, and the address the request
 * came from.
 */
public record AuditActor(@Nullable Long userId, @Nullable String username, @Nullable String address) {

    /** The server's own work: first start, the demo center. */
    public static final AuditActor SYSTEM = new AuditActor(null, "system", null);
}
