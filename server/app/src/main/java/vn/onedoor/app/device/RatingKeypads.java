package vn.onedoor.app.device;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.time.Duration;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.Peripherals;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.rating.RatingTerminalWoke;

/**
 * When a counter's rating terminal wakes, the counter's rating keypads light up: a WAKE_RATING
 * command for each, through its agent, that lives as long as the terminal stays awake (a keypad
 * lit after the terminal went back to sleep would take presses that count for nothing).
 */
@Singleton
public class RatingKeypads {

    private final Peripherals peripherals;
    private final DeviceCommands commands;

    RatingKeypads(Peripherals peripherals, DeviceCommands commands) {
        this.peripherals = peripherals;
        this.commands = commands;
    }

    @EventListener
    @Async(TaskExecutors.IO)
    void onWoke(RatingTerminalWoke woke) {
        for (Peripheral keypad : peripherals.keypadsOf(woke.counterId())) {
            commands.enqueue(keypad.agentId(), keypad.id(), Wire.WAKE_RATING, "{\"seconds\":" + woke.seconds() + "}", null,
                    Duration.ofSeconds(woke.seconds()));
        }
    }
}
