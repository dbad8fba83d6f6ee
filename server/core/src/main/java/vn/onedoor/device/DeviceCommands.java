package vn.onedoor.device;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.onedoor.device.internal.DeviceCommandRepository;

/**
 * The outbox of commands to agents. A command is a row before anyone is told of it, so a server
 * restart loses none; an agent takes commands by long polling, journals each, then acknowledges.
 * One handed out but never acknowledged is handed out again after {@link #REDELIVER_AFTER}; the
 * agent drops a command id it already has.
 */
@Singleton
public class DeviceCommands {

    public static final Duration REDELIVER_AFTER = Duration.ofSeconds(10);
    /** Re-reads the table this often while a poll waits, for commands another node queued. */
    private static final long RECHECK_MILLIS = 1000;

    private final DeviceCommandRepository commands;
    private final ApplicationEventPublisher<DeviceCommandFinished> finished;
    private final Clock clock;
    private final Map<Long, Object> signals = new ConcurrentHashMap<>();

    DeviceCommands(DeviceCommandRepository commands, ApplicationEventPublisher<DeviceCommandFinished> finished, Clock clock) {
        this.commands = commands;
        this.finished = finished;
        this.clock = clock;
    }

    public DeviceCommand enqueue(long agentId, long peripheralId, String type, String payload, @Nullable Long ticketId,
            Duration timeToLive) {
        Instant now = clock.instant();
        DeviceCommand saved = commands.save(new DeviceCommand(null, agentId, peripheralId, type, payload, ticketId,
                CommandState.QUEUED, now, now.plus(timeToLive), null, null, null, null, null));
        Object signal = signals.get(agentId);
        if (signal != null) {
            synchronized (signal) {
                signal.notifyAll();
            }
        }
        return saved;
    }

    public Optional<DeviceCommand> find(long commandId) {
        return commands.findById(commandId);
    }

    /** The print commands of a ticket, oldest first (a reprint adds one). */
    public List<DeviceCommand> ofTicket(long ticketId) {
        return commands.findByTicketIdOrderById(ticketId);
    }

    /** The agent's next commands, waiting up to {@code wait} for one to come; marks them SENT. */
    public List<DeviceCommand> take(long agentId, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Object signal = signals.computeIfAbsent(agentId, id -> new Object());
        while (true) {
            List<DeviceCommand> taken = claim(agentId);
            long left = deadline - System.nanoTime();
            if (!taken.isEmpty() || left <= 0) {
                return taken;
            }
            synchronized (signal) {
                signal.wait(Math.max(1, Math.min(RECHECK_MILLIS, left / 1_000_000)));
            }
        }
    }

    private List<DeviceCommand> claim(long agentId) {
        Instant now = clock.instant();
        List<DeviceCommand> taken = new ArrayList<>();
        for (DeviceCommand c : commands.deliverable(agentId, now, now.minus(REDELIVER_AFTER))) {
            if (commands.markSent(c.id(), now) == 1) {
                taken.add(c);
            }
        }
        return taken;
    }

    /** The agent has journaled the command: from now on it must not be lost. */
    public boolean ack(long agentId, long commandId) {
        return commands.markAcked(commandId, agentId, clock.instant()) == 1;
    }

    /** Records the agent's result once; a repeated report (the agent retrying) changes nothing. */
    public boolean finish(long agentId, long commandId, boolean ok, @Nullable String reason, @Nullable String detail,
            long bytes) {
        CommandState state = ok ? CommandState.DONE : CommandState.FAILED;
        String shortDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        if (commands.finish(commandId, agentId, state.name(), reason, shortDetail, clock.instant()) != 1) {
            return false;
        }
        commands.findById(commandId).ifPresent(c -> finished.publishEvent(new DeviceCommandFinished(c.id(), c.agentId(),
                c.peripheralId(), c.ticketId(), state, reason, shortDetail, bytes)));
        return true;
    }

    /** Commands nobody acknowledged in time; a waiting kiosk hears of it through the event. */
    @Scheduled(fixedDelay = "2s", initialDelay = "2s")
    void expire() {
        Instant now = clock.instant();
        for (DeviceCommand c : commands.expiredUnacked(now)) {
            if (commands.markExpired(c.id(), now) == 1) {
                finished.publishEvent(new DeviceCommandFinished(c.id(), c.agentId(), c.peripheralId(), c.ticketId(),
                        CommandState.EXPIRED, "EXPIRED", null, 0));
            }
        }
    }
}
