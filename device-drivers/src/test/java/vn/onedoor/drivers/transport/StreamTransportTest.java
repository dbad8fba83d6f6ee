package vn.onedoor.drivers.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamTransportTest {

    private final PipedOutputStream deviceSays = new PipedOutputStream();
    private final PipedInputStream hostHears = pipe(deviceSays);
    private final PipedInputStream deviceHears = new PipedInputStream(1 << 16);
    private final PipedOutputStream hostSays = connect(deviceHears);

    @Test
    void a_request_drops_stale_bytes_and_returns_exactly_the_answer_the_device_gives_to_it() throws Exception {
        try (StreamTransport transport = new StreamTransport(hostHears, hostSays, "test")) {
            deviceSays.write(new byte[] {0x55, 0x12});
            deviceSays.flush();
            assertThat(readOne(transport)).as("both stale bytes arrived in one piece").isEqualTo(0x55);
            Thread device = new Thread(this::answerStatusRequest);
            device.start();

            var answer = transport.request(new byte[] {0x10, 0x04, 0x02}, 1, Duration.ofSeconds(5));

            assertThat(answer).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(0x16));
            device.join(5000);
        }
    }

    private void answerStatusRequest() {
        try {
            byte[] command = deviceHears.readNBytes(3);
            if (command[0] == 0x10 && command[1] == 0x04) {
                deviceSays.write(0x16);
                deviceSays.flush();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void silence_is_an_empty_answer_after_the_timeout_and_an_ended_stream_is_minus_one() throws Exception {
        StreamTransport transport = new StreamTransport(hostHears, hostSays, "test");

        assertThat(transport.request(new byte[] {0x10, 0x04, 0x01}, 1, Duration.ofMillis(50))).isEmpty();
        deviceSays.close();
        assertThat(transport.read(new byte[8], Duration.ofSeconds(5))).isEqualTo(-1);
        transport.close();
    }

    private static int readOne(StreamTransport transport) throws IOException {
        byte[] one = new byte[1];
        assertThat(transport.read(one, Duration.ofSeconds(5))).isEqualTo(1);
        return one[0] & 0xFF;
    }

    private static PipedInputStream pipe(PipedOutputStream source) {
        try {
            return new PipedInputStream(source, 1 << 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PipedOutputStream connect(PipedInputStream sink) {
        try {
            return new PipedOutputStream(sink);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
