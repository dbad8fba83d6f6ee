package vn.onedoor.drivers.transport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Only the failure path: no CUPS runs on the build machines, so a raw queue cannot be printed to
 * here. What can fail without one is that an unknown queue is named in the error.
 */
class PrintQueueTransportTest {

    @Test
    void an_unknown_queue_is_an_io_error_naming_it() {
        assertThatThrownBy(() -> PrintQueueTransport.forQueue("onedoor-no-such-queue"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("onedoor-no-such-queue");
    }
}
