package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.QueueRules;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketNumberFormat;
import vn.onedoor.queue.model.TicketStatus;
import vn.onedoor.queue.model.WaitEstimator;

/**
 * Issues tickets: the next numbers of the group for today, places at the end of the queue, the
 * people ahead and an estimated wait. A retry with the same idempotency key gets the same ticket.
 * Requests for one group that arrive together are issued in one transaction (see {@link IssueLanes}).
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
    private final IssueLanes<Accepted, Written, Issued> lanes = new IssueLanes<>(this::issueBatch, this::describe);
    private final Map<Long, Accepted> groups = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, Pace> paces = new java.util.concurrent.ConcurrentHashMap<>();
    /** Number formats by pattern: parsed once, not for every ticket. */
    private final Map<String, TicketNumberFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

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

    private record Accepted(Request request, Center center, ServiceGroup group, long lookedUpAt) {}

    /**
     * A committed batch: its tickets, which of them an earlier request had already issued, and the
     * people ahead of each new one, counted under the group's lock at issue time.
     */
    private record Written(List<Ticket> tickets, List<Boolean> repeated, List<Long> ahead) {}

    /**
     * A group's pace for the wait estimate: recent average service time and the open counters'
     * worth. Read at most every two seconds; it moves far slower than that.
     */
    private record Pace(Duration service, double counters, long at) {}

    private static final long PACE_NANOS = java.time.Duration.ofSeconds(2).toNanos();

    /** Centers and groups change rarely; issuing looks them up at most once a minute. */
    private static final long LOOKUP_NANOS = java.time.Duration.ofMinutes(1).toNanos();

    /** An administrator changed a center: its groups are looked up again at the next ticket. */
    @io.micronaut.runtime.event.annotation.EventListener
    void configurationChanged(vn.onedoor.center.ConfigurationChanged event) {
        groups.values().removeIf(a -> a.center().id() == event.centerId());
    }

    public Issued issue(Request request) {
        Accepted known = groups.get(request.serviceGroupId());
        if (known == null || System.nanoTime() - known.lookedUpAt() > LOOKUP_NANOS) {
            ServiceGroup group = directory.serviceGroup(request.serviceGroupId())
                    .orElseThrow(() -> noGroup(request));
            Center center = directory.center(group.centerId()).orElseThrow(() -> noGroup(request));
            known = new Accepted(null, center, group, System.nanoTime());
            groups.put(group.id(), known);
        }
        if (known.center().id() != request.centerId() || known.group().retired() || known.center().retired()) {
            throw noGroup(request);
        }
        validate(request);
        requireOpen(known.center(), known.group());
        Issued issued = lanes.submit(known.group().id(), new Accepted(request, known.center(), known.group(),
                known.lookedUpAt()));
        if (issued.ticket() == null) {
            throw quotaReached(known.group());
        }
        return issued;
    }

    /** A group with its own hours issues tickets only within them, in the center's local time. */
    private void requireOpen(Center center, ServiceGroup group) {
        if (group.openingHours() == null) {
            return;
        }
        vn.onedoor.center.OpeningHours.parse(group.openingHours()).ifPresent(hours -> {
            java.time.LocalTime now = calendar.now().atZone(java.time.ZoneId.of(center.timeZone())).toLocalTime();
            if (!hours.isOpen(now)) {
                throw Rejection.conflict("GROUP_CLOSED_NOW", "Group " + group.prefix() + " issues tickets " + hours,
                        group.name(), hours.toString());
            }
        });
    }

    /** The day's quota of a group is reached: the group's own message when it has one. */
    private static Rejection quotaReached(ServiceGroup group) {
        return group.quotaMessage() != null && !group.quotaMessage().isBlank()
                ? Rejection.conflict("QUOTA_REACHED_MESSAGE", "Quota of group " + group.prefix() + " reached",
                        group.quotaMessage())
                : Rejection.conflict("QUOTA_REACHED", "Quota of group " + group.prefix() + " reached", group.name(),
                        group.dailyQuota());
    }

    private static Rejection noGroup(Request request) {
        return Rejection.notFound("SERVICE_GROUP_NOT_FOUND", "No service group " + request.serviceGroupId()
                + " at center " + request.centerId());
    }

    private void validate(Request r) {
        if (r.phone() != null && !r.phone().isBlank() && !PHONE.matcher(r.phone().replace(" ", "")).matches()) {
            throw Rejection.invalid("INVALID_PHONE", "A phone number has 8 to 15 digits");
        }
        if (r.dossierCode() != null && r.dossierCode().length() > 40) {
            throw Rejection.invalid("INVALID_DOSSIER_CODE", "A dossier code has at most 40 characters");
        }
        if (r.idempotencyKey() != null && (r.idempotencyKey().isBlank() || r.idempotencyKey().length() > 100)) {
            throw Rejection.invalid("INVALID_IDEMPOTENCY_KEY", "An Idempotency-Key has 1 to 100 characters");
        }
        if (r.procedureId() != null && catalog.proceduresOfServiceGroup(r.serviceGroupId()).stream()
                .noneMatch(p -> p.id().equals(r.procedureId()))) {
            throw Rejection.invalid("PROCEDURE_NOT_IN_GROUP", "Procedure " + r.procedureId()
                    + " is not served by this service group");
        }
    }

    /**
     * One transaction for requests of one group: reserve the numbers, insert the tickets, commit
     * once. If another server inserted one of the idempotency keys meanwhile, the batch is rolled
     * back and run again, and then finds that ticket.
     */
    private Written issueBatch(List<Accepted> batch) {
        try {
            return issueBatchOnce(batch);
        } catch (ConstraintViolated e) {
            return issueBatchOnce(batch);
        }
    }

    private Written issueBatchOnce(List<Accepted> batch) {
        Center center = batch.get(0).center();
        ServiceGroup group = batch.get(0).group();
        List<String> keys = batch.stream().map(a -> a.request().idempotencyKey()).filter(k -> k != null).distinct().toList();
        List<Ticket> tickets = new ArrayList<>();
        List<Boolean> repeated = new ArrayList<>();
        List<Long> ahead = new ArrayList<>();
        tx.write((c, events) -> {
            tickets.clear();
            repeated.clear();
            ahead.clear();
            Map<String, Ticket> byKey = new HashMap<>(TicketRows.findByIdempotencyKeys(c, center.id(), keys));
            long fresh = batch.stream().filter(a -> a.request().idempotencyKey() == null).count()
                    + keys.stream().filter(k -> !byKey.containsKey(k)).count();
            Instant now = calendar.now();
            LocalDate today = calendar.today(center);
            if (group.dailyQuota() != null && fresh > 0) {
                // the sequence row locked first: how many numbers are left today decides who gets one
                int issuedToday = QueueSql.reserveNumbers(c, group.id(), today, 0);
                fresh = Math.max(0, Math.min(fresh, group.dailyQuota() - issuedToday));
            }
            int allowed = (int) fresh;
            int number = fresh == 0 ? 0 : QueueSql.reserveNumbers(c, group.id(), today, (int) fresh) - (int) fresh;
            // the sequence row is now locked by this transaction: its waiting counts cannot move under us
            int[] waiting = QueueSql.waiting(c, group.id(), today);
            long newPriority = batch.stream().filter(a -> a.request().priority() != null
                    && a.request().priority().isPriority() && isNew(a, byKey)).count();
            long priorityBefore = waiting[0];
            long normalBefore = waiting[0] + newPriority + waiting[1];
            int addedPriority = 0;
            int addedNormal = 0;
            TicketNumberFormat format = formats.computeIfAbsent(center.ticketFormat(), TicketNumberFormat::new);
            for (Accepted a : batch) {
                Request r = a.request();
                Ticket known = r.idempotencyKey() == null ? null : byKey.get(r.idempotencyKey());
                if (known != null) {
                    tickets.add(known);
                    repeated.add(true);
                    ahead.add(-1L);
                    continue;
                }
                if (allowed == 0) {
                    // beyond the day's quota: no ticket, refused after the commit
                    tickets.add(null);
                    repeated.add(false);
                    ahead.add(-1L);
                    continue;
                }
                allowed--;
                number++;
                // one microsecond apart, so the batch keeps its arrival order in the queue
                Ticket t = Ticket.issue(center.id(), group.id(), today, number, format.format(group.prefix(), number),
                        r.priority() == null ? Priority.NORMAL : r.priority(), r.procedureId(), blankToNull(r.phone()),
                        blankToNull(r.dossierCode()), now.plusNanos(1_000L * tickets.size()));
                t = t.withId(TicketRows.insert(c, t, r.idempotencyKey(), r.deviceId(), r.userId()));
                if (r.idempotencyKey() != null) {
                    byKey.put(r.idempotencyKey(), t);
                }
                if (allowed < 0) {
                    throw new IllegalStateException("more tickets than numbers reserved");
                }
                tickets.add(t);
                repeated.add(false);
                ahead.add(t.priority().isPriority() ? priorityBefore + addedPriority++ : normalBefore + addedNormal++);
                events.accept(new QueueEvent.TicketIssued(t, null, now));
            }
            if (addedPriority > 0) {
                QueueSql.addWaiting(c, group.id(), today, true, addedPriority);
            }
            if (addedNormal > 0) {
                QueueSql.addWaiting(c, group.id(), today, false, addedNormal);
            }
            return null;
        });
        return new Written(tickets, repeated, ahead);
    }

    /** Whether the request will make a new ticket (no key, or a key not seen before and first in the batch). */
    private static boolean isNew(Accepted a, Map<String, Ticket> existing) {
        return a.request().idempotencyKey() == null || !existing.containsKey(a.request().idempotencyKey());
    }

    private List<Issued> describe(Written written) {
        Optional<Ticket> any = written.tickets().stream().filter(java.util.Objects::nonNull).findFirst();
        if (any.isEmpty()) {
            return written.tickets().stream().map(t -> new Issued(null, 0, 0, false)).toList();
        }
        long groupId = any.get().serviceGroupId();
        Pace pace = paces.get(groupId);
        if (pace == null || System.nanoTime() - pace.at() > PACE_NANOS || written.repeated().contains(true)) {
            return tx.read((c, events) -> describe(c, written));
        }
        try {
            return describe(written, pace, null); // no repeated ticket: no query needed
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wait of each ticket, from the group's recent service times and open counters, after commit. */
    private List<Issued> describe(Connection c, Written written) throws SQLException {
        long groupId = written.tickets().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow()
                .serviceGroupId();
        Pace pace = new Pace(averageService(c, groupId), CounterSessions.openServing(c, groupId), System.nanoTime());
        paces.put(groupId, pace);
        return describe(written, pace, c);
    }

    private List<Issued> describe(Written written, Pace pace, Connection c) throws SQLException {
        List<Issued> out = new ArrayList<>();
        for (int i = 0; i < written.tickets().size(); i++) {
            Ticket t = written.tickets().get(i);
            if (t == null) {
                out.add(new Issued(null, 0, 0, false));
                continue;
            }
            boolean waiting = t.status() == TicketStatus.WAITING;
            long ahead = !waiting ? 0 : written.repeated().get(i) ? TicketRows.waitingAhead(c, t) : written.ahead().get(i);
            int minutes = waiting ? WaitEstimator.minutes(ahead, pace.service(), pace.counters()) : 0;
            out.add(new Issued(t, ahead, minutes, written.repeated().get(i)));
        }
        return out;
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
