package vn.onedoor.drivers.transport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * An unknown queue is named in the error. Printing through a real CUPS raw queue is
 * {@link PrintQueueTransportIT}.
 */
class PrintQueueTransportTest {

    @Test
    void an_unknown_queue_is_an_io_error_naming_it() {
        assertThatThrownBy(() -> PrintQueueTransport.forQueue("onedoor-no-such-queue"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("onedoor-no-such-queue");
    }
}
