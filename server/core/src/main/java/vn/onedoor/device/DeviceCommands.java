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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.annotation.PreDestroy;
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
    /** Polls waiting for an agent's next command: each is woken once, by a new command or by its timer. */
    private final Map<Long, Set<Runnable>> waiting = new ConcurrentHashMap<>();
    /** Commands queued per agent so far: a poll that registers after one came sees it changed. */
    private final Map<Long, AtomicLong> queued = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "device-poll-timer");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService io;

    DeviceCommands(DeviceCommandRepository commands, ApplicationEventPublisher<DeviceCommandFinished> finished, Clock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService io) {
        this.commands = commands;
        this.finished = finished;
        this.clock = clock;
        this.io = io;
    }

    public DeviceCommand enqueue(long agentId, long peripheralId, String type, String payload, @Nullable Long ticketId,
            Duration timeToLive) {
        Instant now = clock.instant();
        DeviceCommand saved = commands.save(new DeviceCommand(null, agentId, peripheralId, type, payload, ticketId,
                CommandState.QUEUED, now, now.plus(timeToLive), null, null, null, null, null));
        queued.computeIfAbsent(agentId, id -> new AtomicLong()).incrementAndGet();
        Set<Runnable> polls = waiting.get(agentId);
        if (polls != null) {
            List.copyOf(polls).forEach(Runnable::run);
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

    /**
     * The agent's next commands, marked SENT, as soon as there are some or after {@code wait} with
     * none. No thread waits meanwhile: a hall full of agents holds no server threads. The table is
     * re-read every second too, for commands another server node queued.
     */
    public CompletableFuture<List<DeviceCommand>> take(long agentId, Duration wait) {
        CompletableFuture<List<DeviceCommand>> answer = new CompletableFuture<>();
        poll(agentId, System.nanoTime() + wait.toNanos(), answer);
        return answer;
    }

    /** How many polls of this agent wait right now (the devices screen and tests). */
    public int waiting(long agentId) {
        Set<Runnable> polls = waiting.get(agentId);
        return polls == null ? 0 : polls.size();
    }

    private void poll(long agentId, long deadline, CompletableFuture<List<DeviceCommand>> answer) {
        if (answer.isDone()) {
            return;
        }
        AtomicLong count = queued.computeIfAbsent(agentId, id -> new AtomicLong());
        long seen = count.get();
        List<DeviceCommand> taken;
        try {
            taken = claim(agentId);
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            return;
        }
        long left = deadline - System.nanoTime();
        if (!taken.isEmpty() || left <= 0) {
            // if the agent has gone meanwhile, what was claimed is handed out again after REDELIVER_AFTER
            answer.complete(taken);
            return;
        }
        Set<Runnable> polls = waiting.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet());
        AtomicBoolean woken = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> timer = new AtomicReference<>();
        Runnable wake = new Runnable() {
            @Override
            public void run() {
                if (woken.compareAndSet(false, true)) {
                    polls.remove(this);
                    ScheduledFuture<?> t = timer.get();
                    if (t != null) {
                        t.cancel(false);
                    }
                    io.execute(() -> poll(agentId, deadline, answer));
                }
            }
        };
        polls.add(wake);
        timer.set(timers.schedule(wake, Math.max(1, Math.min(RECHECK_MILLIS, left / 1_000_000)), TimeUnit.MILLISECONDS));
        if (count.get() != seen) {
            wake.run(); // a command came between the claim and the registration
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

    @PreDestroy
    void stop() {
        timers.shutdownNow();
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
