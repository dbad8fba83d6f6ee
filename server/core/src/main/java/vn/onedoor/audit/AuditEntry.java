package vn.onedoor.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One line of the audit log: who, when, from where, what (action on an entity) and the entity's
 * state before and after, as JSON documents (null where there is none: a creation has no before).
 */
@Serdeable
public record AuditEntry(long id, Instant at, @Nullable Long centerId, @Nullable Long userId,
        @Nullable String username, @Nullable String address, String action, String entity,
        @Nullable String entityId, @Nullable String summary, @Nullable String before, @Nullable String after) {}
