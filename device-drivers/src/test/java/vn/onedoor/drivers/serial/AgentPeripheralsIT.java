package vn.onedoor.drivers.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.agent.internal.PeripheralSet;
import vn.onedoor.drivers.display.OneDoorLedProtocol;
import vn.onedoor.drivers.transport.SerialTransport;

/** The agent's scanner, keypad and LED display runtimes on a socat pty pair, configured as the server sends them. */
class AgentPeripheralsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir Path dir;
    private SocatPair socat;
    private final BlockingQueue<Wire.InputEvent> inputs = new LinkedBlockingQueue<>();
    private PeripheralSet peripherals;

    @BeforeEach
    void start() throws Exception {
        socat = SocatPair.start(dir, TIMEOUT);
        peripherals = new PeripheralSet(dir.resolve("printed"), t -> { }, f -> { }, inputs::add);
    }

    @AfterEach
    void stop() throws Exception {
        peripherals.close();
        socat.close();
    }

    private Wire.PeripheralConfig onTtyA(long id, String kind, Map<String, String> more) {
        Map<String, String> p = new java.util.HashMap<>(Map.of("transport", "serial", "path", socat.a(), "baud", "9600"));
        p.putAll(more);
        return new Wire.PeripheralConfig(id, kind, kind.toLowerCase(), p);
    }

    @Test
    void a_scan_on_the_serial_line_becomes_a_scan_input_for_the_server() throws Exception {
        peripherals.apply(List.of(onTtyA(5, "SCANNER", Map.of())));
        try (SerialTransport scanner = SerialTransport.open(socat.b(), 9600)) {
            scanner.write("000.00.12.H42-241122-0001\r\n".getBytes(StandardCharsets.US_ASCII));

            Wire.InputEvent scan = inputs.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(scan).isEqualTo(new Wire.InputEvent(5, "SCAN", "000.00.12.H42-241122-0001", null));
        }
    }

    @Test
    void a_keypad_press_is_sent_with_the_value_the_center_gave_that_key() throws Exception {
        peripherals.apply(List.of(onTtyA(6, "RATING_KEYPAD", Map.of("keys", "1:4,2:3,3:2,4:1", "framing", "bytes"))));
        try (SerialTransport keypad = SerialTransport.open(socat.b(), 9600)) {
            keypad.write("2".getBytes(StandardCharsets.US_ASCII));

            assertThat(inputs.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(new Wire.InputEvent(6, "KEY", "2", 3));
        }
    }

    @Test
    void a_show_text_command_puts_one_frame_for_the_configured_address_on_the_line() throws Exception {
        peripherals.apply(List.of(onTtyA(7, "LED_DISPLAY", Map.of("address", "5", "width", "16"))));
        try (SerialTransport display = SerialTransport.open(socat.b(), 9600)) {
            Wire.Command show = new Wire.Command(70, Wire.SHOW_TEXT, 7, 0,
                    Wire.JSON.readTree("{\"text\":\"A-1024 > Quầy 5\"}"));

            Wire.CommandResult result = peripherals.get(7).orElseThrow().execute(show).get(5, TimeUnit.SECONDS);

            assertThat(result.ok()).isTrue();
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            byte[] buffer = new byte[64];
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while ((frame.size() == 0 || frame.toByteArray()[frame.size() - 3] != OneDoorLedProtocol.ETX) && System.nanoTime() < deadline) {
                int n = display.read(buffer, Duration.ofMillis(200));
                frame.write(buffer, 0, Math.max(0, n));
            }
            OneDoorLedProtocol.Frame decoded = OneDoorLedProtocol.decode(frame.toByteArray());
            assertThat(decoded.address()).isEqualTo(5);
            assertThat(decoded.text()).isEqualTo("A-1024 > Quay 5");
        }
    }

    @Test
    void a_wake_rating_command_writes_the_wake_line_to_the_keypad_on_its_open_line() throws Exception {
        peripherals.apply(List.of(onTtyA(8, "RATING_KEYPAD", Map.of("keys", "1:4,2:3,3:2,4:1", "framing", "bytes"))));
        try (SerialTransport keypad = SerialTransport.open(socat.b(), 9600)) {
            // a press first: once it is heard, the agent has the line open
            keypad.write("1".getBytes(StandardCharsets.US_ASCII));
            assertThat(inputs.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(new Wire.InputEvent(8, "KEY", "1", 4));

            Wire.Command wake = new Wire.Command(80, Wire.WAKE_RATING, 8, 0, Wire.JSON.readTree("{\"seconds\":45}"));
            Wire.CommandResult result = peripherals.get(8).orElseThrow().execute(wake).get(5, TimeUnit.SECONDS);

            assertThat(result.ok()).isTrue();
            byte[] got = Reading.until(keypad, b -> b.length >= 9, TIMEOUT);
            assertThat(new String(got, StandardCharsets.US_ASCII)).isEqualTo("WAKE 45\r\n");
        }
    }

    @Test
    void a_scanner_refuses_wake_rating() throws Exception {
        peripherals.apply(List.of(onTtyA(9, "SCANNER", Map.of())));
        Wire.Command wake = new Wire.Command(90, Wire.WAKE_RATING, 9, 0, Wire.JSON.readTree("{\"seconds\":45}"));

        assertThat(peripherals.get(9).orElseThrow().execute(wake).get(5, TimeUnit.SECONDS).reason()).isEqualTo("UNSUPPORTED");
    }
}
