package vn.onedoor.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What part of the log to read; every part is optional.
 *
 * @param centerId  one center's lines only; null: all the caller may read
 * @param ownCenter the only center the reader may see (a center's administrator); null: any
 */
public record AuditFilter(@Nullable Long centerId, @Nullable Long ownCenter, @Nullable String username,
        @Nullable String action, @Nullable String entity, @Nullable Instant from, @Nullable Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
