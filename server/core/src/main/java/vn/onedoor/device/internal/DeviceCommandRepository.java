package vn.onedoor.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import vn.onedoor.device.DeviceCommand;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeviceCommandRepository extends CrudRepository<DeviceCommand, Long> {

    List<DeviceCommand> findByTicketIdOrderById(Long ticketId);

    /** Queued commands, and handed-out ones the agent never acknowledged (it may have died holding them). */
    @Query("SELECT * FROM device_command WHERE agent_id = :agentId AND expires_at > :now AND (state = 'QUEUED'"
            + " OR (state = 'SENT' AND acked_at IS NULL AND sent_at < :redeliverBefore)) ORDER BY id LIMIT 20")
    List<DeviceCommand> deliverable(long agentId, Instant now, Instant redeliverBefore);

    @Query("UPDATE device_command SET state = 'SENT', sent_at = :now WHERE id = :id AND state IN ('QUEUED', 'SENT')"
            + " AND acked_at IS NULL")
    int markSent(long id, Instant now);

    @Query("UPDATE device_command SET acked_at = :now, state = 'SENT', sent_at = COALESCE(sent_at, :now)"
            + " WHERE id = :id AND agent_id = :agentId AND state IN ('QUEUED', 'SENT') AND acked_at IS NULL")
    int markAcked(long id, long agentId, Instant now);

    @Query("UPDATE device_command SET state = :state, finished_at = :now, reason = :reason, detail = :detail,"
            + " acked_at = COALESCE(acked_at, :now) WHERE id = :id AND agent_id = :agentId AND state IN ('QUEUED', 'SENT')")
    int finish(long id, long agentId, String state, @Nullable String reason, @Nullable String detail, Instant now);

    @Query("SELECT * FROM device_command WHERE state IN ('QUEUED', 'SENT') AND acked_at IS NULL AND expires_at <= :now")
    List<DeviceCommand> expiredUnacked(Instant now);

    @Query("UPDATE device_command SET state = 'EXPIRED', finished_at = :now WHERE id = :id AND state IN ('QUEUED', 'SENT')"
            + " AND acked_at IS NULL")
    int markExpired(long id, Instant now);
}
