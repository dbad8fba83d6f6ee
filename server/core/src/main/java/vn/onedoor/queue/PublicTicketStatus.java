package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.Counter;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * What the holder of a ticket's link may see from a phone: the number, its state, how many are
 * called before it and the counter that called it. Nothing about the citizen.
 */
@Singleton
public class PublicTicketStatus {

    private final TicketLinks links;
    private final QueueQueries queries;
    private final QueueTransactions tx;
    private final CenterDirectory directory;
    private final OpenCounters openCounters;

    PublicTicketStatus(TicketLinks links, QueueQueries queries, QueueTransactions tx, CenterDirectory directory,
            OpenCounters openCounters) {
        this.openCounters = openCounters;
        this.links = links;
        this.queries = queries;
        this.tx = tx;
        this.directory = directory;
    }

    /**
     * {@code waitingAhead} counts only while the ticket waits; {@code counterNumber} once it is
     * called. {@code notice}, while it waits: {@code NO_OPEN_COUNTER} when no counter of its group is
     * open now, {@code TARGET_NOT_OPEN} when it was sent to counter {@code targetCounterNumber},
     * which is not open now; null otherwise.
     */
    public record Status(String number, String serviceGroupName, TicketStatus status, Long waitingAhead,
            Integer counterNumber, String centerName, String notice, Integer targetCounterNumber) {}

    /** Empty for a reference that is malformed, forged, or of a ticket that no longer exists. */
    public Optional<Status> of(String reference) {
        return links.ticketOf(reference).flatMap(queries::ticket).map(this::status);
    }

    private Status status(Ticket t) {
        String group = directory.serviceGroup(t.serviceGroupId()).map(ServiceGroup::name).orElse("");
        String center = directory.center(t.centerId()).map(c -> c.name()).orElse("");
        Integer counter = t.counterId() == null ? null
                : directory.counter(t.counterId()).map(Counter::number).orElse(null);
        Long ahead = t.status() == TicketStatus.WAITING ? waitingAhead(t) : null;
        Integer target = t.targetCounterId() == null ? null
                : directory.counter(t.targetCounterId()).map(Counter::number).orElse(null);
        String notice = null;
        if (t.status() == TicketStatus.WAITING) {
            if (target != null) {
                notice = openCounters.openNumbers(t.centerId()).contains(target) ? null : "TARGET_NOT_OPEN";
            } else if (openCounters.of(t.centerId(), t.serviceGroupId()).noneOpen()) {
                notice = "NO_OPEN_COUNTER";
            }
        }
        return new Status(t.displayNumber(), group, t.status(), ahead, counter, center, notice, target);
    }

    /** Waiting tickets called before this one: priority ones first, then earlier places in line. */
    private long waitingAhead(Ticket t) {
        return tx.read((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ticket WHERE service_group_id = ? "
                    + "AND business_date = ? AND status = 'WAITING' AND id <> ? "
                    + "AND (is_priority > ? OR (is_priority = ? AND queue_key < ?))")) {
                ps.setLong(1, t.serviceGroupId());
                ps.setObject(2, t.businessDate());
                ps.setLong(3, t.id());
                ps.setBoolean(4, t.priority().isPriority());
                ps.setBoolean(5, t.priority().isPriority());
                ps.setLong(6, t.queueKey());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
