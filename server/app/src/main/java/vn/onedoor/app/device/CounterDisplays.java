package vn.onedoor.app.device;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.Peripherals;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.QueueEvent;

/**
 * A counter's LED display shows the number it calls: each call or recall sends the number to the
 * counter's displays through their agents, and closing the counter clears them. Off the caller's
 * thread, so a slow database write for a display never slows "next".
 */
@Singleton
public class CounterDisplays {

    /** A number shown a minute late is worse than none: an agent that was away drops it. */
    private static final Duration LIFETIME = Duration.ofSeconds(30);

    private final Peripherals peripherals;
    private final DeviceCommands commands;
    private final JsonMapper json;

    CounterDisplays(Peripherals peripherals, DeviceCommands commands, JsonMapper json) {
        this.peripherals = peripherals;
        this.commands = commands;
        this.json = json;
    }

    @EventListener
    @Async(TaskExecutors.IO)
    void onQueueEvent(QueueEvent event) {
        if (event instanceof QueueEvent.TicketCalled || event instanceof QueueEvent.TicketRecalled) {
            var ticket = ((QueueEvent.OfTicket) event).ticket();
            if (ticket.counterId() != null) {
                send(ticket.counterId(), Wire.SHOW_TEXT, Map.of("text", ticket.displayNumber()));
            }
        } else if (event instanceof QueueEvent.CounterStatusChanged changed && changed.status() == CounterStatus.CLOSED) {
            send(changed.counterId(), Wire.CLEAR_DISPLAY, Map.of());
        }
    }

    private void send(long counterId, String type, Map<String, String> payload) {
        for (Peripheral display : peripherals.displaysOf(counterId)) {
            commands.enqueue(display.agentId(), display.id(), type, write(payload), null, LIFETIME);
        }
    }

    private String write(Map<String, String> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
