package vn.onedoor.drivers.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.onedoor.drivers.agent.Waiting;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;

class DisplayRuntimeTest {

    private final PeripheralConfig missing = new PeripheralConfig(7, "LED_DISPLAY", "Đèn số quầy 3",
            Map.of("transport", "serial", "path", "/dev/ttyONEDOOR-NOT-THERE", "address", "3"));

    @Test
    void a_display_on_a_port_that_is_not_there_is_a_fault_before_any_call_and_each_call_fails() throws Exception {
        DisplayRuntime display = new DisplayRuntime(missing);
        try {
            Waiting.until("the display's fault, before any call", Duration.ofSeconds(5),
                    () -> !display.status().get().faults().isEmpty());
            assertThat(display.status().get().faults()).containsExactly("IO_ERROR");

            CommandResult shown = display.execute(new Wire.Command(1, Wire.SHOW_TEXT, 7, Long.MAX_VALUE,
                    new ObjectMapper().readTree("{\"text\":\"A-1024\"}"))).get(5, TimeUnit.SECONDS);
            assertThat(shown.ok()).isFalse();
            assertThat(shown.reason()).isEqualTo("IO_ERROR");
            assertThat(display.status().get().faults()).containsExactly("IO_ERROR");
        } finally {
            display.close();
        }
    }
}
