package vn.onedoor.device;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live status of agents and their peripherals, from heartbeats and print results, and the
 * {@link DeviceFault} / {@link DeviceRecovered} events when it changes. An agent silent for
 * {@code onedoor.devices.offline-after} (15 s) is offline. Held in memory: after a restart every
 * agent is unknown until its next heartbeat, a few seconds later.
 */
@Singleton
public class DeviceHealth {

    public static final String AGENT_OFFLINE = "AGENT_OFFLINE";
    /** Print failures that say something about the printer, not about one ticket. */
    private static final Set<String> PRINTER_FAULTS = Set.of("PAPER_OUT", "COVER_OPEN", "OFFLINE", "PRINTER_ERROR",
            "NO_STATUS_REPLY", "IO_ERROR");

    private final Map<Long, AgentHealth> agents = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher<DeviceFault> faults;
    private final ApplicationEventPublisher<DeviceRecovered> recoveries;
    private final DeviceRegistry registry;
    private final Clock clock;
    private final Duration offlineAfter;

    DeviceHealth(ApplicationEventPublisher<DeviceFault> faults, ApplicationEventPublisher<DeviceRecovered> recoveries,
            DeviceRegistry registry, Clock clock, @Value("${onedoor.devices.offline-after:15s}") Duration offlineAfter) {
        this.faults = faults;
        this.recoveries = recoveries;
        this.registry = registry;
        this.clock = clock;
        this.offlineAfter = offlineAfter;
    }

    public Duration offlineAfter() {
        return offlineAfter;
    }

    public Optional<AgentHealth> of(long agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    public boolean online(long agentId) {
        AgentHealth h = agents.get(agentId);
        return h != null && !h.offline();
    }

    /** An agent's heartbeat: it is alive, and this is how its peripherals are. */
    public synchronized void heartbeat(DevicePrincipal agent, @Nullable String version, List<PeripheralReport> reports) {
        Instant now = clock.instant();
        AgentHealth before = agents.get(agent.deviceId());
        if (before != null && before.offline()) {
            recoveries.publishEvent(new DeviceRecovered(agent.centerId(), agent.deviceId(), null, AGENT_OFFLINE, now));
        }
        Map<Long, PeripheralReport> previous = before == null ? Map.of() : before.peripherals();
        Map<Long, PeripheralReport> current = new HashMap<>();
        for (PeripheralReport report : reports) {
            current.put(report.peripheralId(), report);
            announce(agent.centerId(), agent.deviceId(), previous.get(report.peripheralId()), report, now);
        }
        agents.put(agent.deviceId(), new AgentHealth(agent.deviceId(), agent.centerId(), now, false, version, current));
    }

    /** A print result says what the printer is like right now, sooner than the next heartbeat. */
    @EventListener
    synchronized void onCommandFinished(DeviceCommandFinished event) {
        if (event.state() == CommandState.EXPIRED) {
            return;
        }
        AgentHealth health = agents.get(event.agentId());
        Long centerId = health != null ? Long.valueOf(health.centerId())
                : registry.find(event.agentId()).map(Device::centerId).orElse(null);
        if (centerId == null) {
            return;
        }
        PeripheralReport before = health == null ? null : health.peripherals().get(event.peripheralId());
        Set<String> now = new HashSet<>(before == null ? Set.of() : before.faults());
        now.removeAll(PRINTER_FAULTS);
        if (event.state() == CommandState.FAILED && PRINTER_FAULTS.contains(event.reason())) {
            now.add(event.reason());
        }
        PeripheralReport after = new PeripheralReport(event.peripheralId(), now,
                before == null ? Set.of() : before.warnings(), event.detail());
        announce(centerId, event.agentId(), before, after, clock.instant());
        if (health != null) {
            Map<Long, PeripheralReport> peripherals = new HashMap<>(health.peripherals());
            peripherals.put(event.peripheralId(), after);
            agents.put(event.agentId(), new AgentHealth(health.agentId(), health.centerId(), health.lastHeartbeat(),
                    health.offline(), health.agentVersion(), peripherals));
        }
    }

    /** Marks agents silent for too long as offline; runs every second so the alert comes within seconds. */
    @Scheduled(fixedDelay = "1s", initialDelay = "1s")
    synchronized void sweep() {
        Instant now = clock.instant();
        for (AgentHealth h : agents.values()) {
            if (!h.offline() && h.lastHeartbeat().plus(offlineAfter).isBefore(now)) {
                agents.put(h.agentId(), new AgentHealth(h.agentId(), h.centerId(), h.lastHeartbeat(), true,
                        h.agentVersion(), h.peripherals()));
                faults.publishEvent(new DeviceFault(h.centerId(), h.agentId(), null, AGENT_OFFLINE,
                        "no heartbeat since " + h.lastHeartbeat(), now));
            }
        }
    }

    private void announce(long centerId, long agentId, @Nullable PeripheralReport before, PeripheralReport after, Instant now) {
        Set<String> was = before == null ? Set.of() : before.faults();
        for (String code : after.faults()) {
            if (!was.contains(code)) {
                faults.publishEvent(new DeviceFault(centerId, agentId, after.peripheralId(), code,
                        after.detail() == null ? code : after.detail(), now));
            }
        }
        for (String code : was) {
            if (!after.faults().contains(code)) {
                recoveries.publishEvent(new DeviceRecovered(centerId, agentId, after.peripheralId(), code, now));
            }
        }
    }
}
