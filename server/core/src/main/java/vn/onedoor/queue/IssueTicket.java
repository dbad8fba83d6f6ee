package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.queue.internal.CounterSessions;
import vn.onedoor.queue.internal.QueueSql;
import vn.onedoor.queue.internal.TicketRows;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.QueueEvent;
import vn.onedoor.queue.model.QueueRejection;
import vn.onedoor.queue.model.QueueRules;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketNumberFormat;
import vn.onedoor.queue.model.WaitEstimator;

/**
 * Issues a ticket: the next number of the group for today, the place at the end of the queue,
 * the people ahead and an estimated wait. A retry with the same idempotency key gets the same ticket.
 */
@Singleton
public class IssueTicket {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final int SERVICE_SAMPLES = 30;
    private static final int MIN_SAMPLES = 3;

    private final QueueTransactions tx;
    private final CenterDirectory directory;
    private final Catalog catalog;
    private final BusinessCalendar calendar;
    private final QueueRules rules;

    IssueTicket(QueueTransactions tx, CenterDirectory directory, Catalog catalog, BusinessCalendar calendar,
            QueueRules rules) {
        this.tx = tx;
        this.directory = directory;
        this.catalog = catalog;
        this.calendar = calendar;
        this.rules = rules;
    }

    /** What a kiosk or an officer asks for. {@code idempotencyKey}, procedure, phone and dossier code are optional. */
    public record Request(long centerId, long serviceGroupId, Priority priority, Long procedureId, String phone,
            String dossierCode, String idempotencyKey, Long deviceId, Long userId) {}

    /** The ticket with what the citizen is told; {@code repeated} when an earlier request already issued it. */
    public record Issued(Ticket ticket, long waitingAhead, int estimatedWaitMinutes, boolean repeated) {}

    public Issued issue(Request request) {
        Center center = directory.center(request.centerId())
                .orElseThrow(() -> new QueueRejection("CENTER_NOT_FOUND", "No center " + request.centerId()));
        ServiceGroup group = directory.serviceGroups(center.id()).stream()
                .filter(g -> g.id() == request.serviceGroupId()).findFirst()
                .orElseThrow(() -> new QueueRejection("SERVICE_GROUP_NOT_FOUND",
                        "No service group " + request.serviceGroupId() + " at this center"));
        validate(request);
        try {
            return tx.write((c, events) -> {
                if (request.idempotencyKey() != null) {
                    var earlier = TicketRows.findByIdempotencyKey(c, center.id(), request.idempotencyKey());
                    if (earlier.isPresent()) {
                        return describe(c, earlier.get(), true);
                    }
                }
                Instant now = calendar.now();
                LocalDate today = calendar.today(center);
                int number = QueueSql.nextNumber(c, group.id(), today);
                String display = new TicketNumberFormat(center.ticketFormat()).format(group.prefix(), number);
                Ticket ticket = Ticket.issue(center.id(), group.id(), today, number, display,
                        request.priority() == null ? Priority.NORMAL : request.priority(), request.procedureId(),
                        blankToNull(request.phone()), blankToNull(request.dossierCode()), now);
                ticket = ticket.withId(TicketRows.insert(c, ticket, request.idempotencyKey(), request.deviceId(),
                        request.userId()));
                events.accept(new QueueEvent.TicketIssued(ticket, null, now));
                return describe(c, ticket, false);
            });
        } catch (QueueTransactions.QueueStorageException e) {
            if (request.idempotencyKey() != null && e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                // The same request raced itself: the other one committed first, so answer with its ticket.
                return tx.read((c, events) -> describe(c, TicketRows.findByIdempotencyKey(c, center.id(),
                        request.idempotencyKey()).orElseThrow(() -> e), true));
            }
            throw e;
        }
    }

    private void validate(Request r) {
        if (r.phone() != null && !r.phone().isBlank() && !PHONE.matcher(r.phone().replace(" ", "")).matches()) {
            throw new QueueRejection("INVALID_PHONE", "A phone number has 8 to 15 digits");
        }
        if (r.dossierCode() != null && r.dossierCode().length() > 40) {
            throw new QueueRejection("INVALID_DOSSIER_CODE", "A dossier code has at most 40 characters");
        }
        if (r.idempotencyKey() != null && (r.idempotencyKey().isBlank() || r.idempotencyKey().length() > 100)) {
            throw new QueueRejection("INVALID_IDEMPOTENCY_KEY", "An Idempotency-Key has 1 to 100 characters");
        }
        if (r.procedureId() != null && catalog.proceduresOfServiceGroup(r.serviceGroupId()).stream()
                .noneMatch(p -> p.id().equals(r.procedureId()))) {
            throw new QueueRejection("PROCEDURE_NOT_IN_GROUP", "Procedure " + r.procedureId()
                    + " is not served by this service group");
        }
    }

    private Issued describe(Connection c, Ticket ticket, boolean repeated) throws SQLException {
        if (ticket.status() != vn.onedoor.queue.model.TicketStatus.WAITING) {
            return new Issued(ticket, 0, 0, repeated);
        }
        long ahead = TicketRows.waitingAhead(c, ticket);
        int open = CounterSessions.openServing(c, ticket.serviceGroupId());
        return new Issued(ticket, ahead, WaitEstimator.minutes(ahead, averageService(c, ticket.serviceGroupId()), open),
                repeated);
    }

    private Duration averageService(Connection c, long groupId) throws SQLException {
        List<Instant[]> services = TicketRows.lastServices(c, groupId, SERVICE_SAMPLES);
        if (services.size() < MIN_SAMPLES) {
            return rules.defaultServiceTime();
        }
        long total = services.stream().mapToLong(s -> Duration.between(s[0], s[1]).toMillis()).sum();
        return Duration.ofMillis(total / services.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
