package vn.onedoor.drivers.agent.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import vn.onedoor.drivers.transport.ByteTransport;
import vn.onedoor.drivers.transport.PrintQueueTransport;
import vn.onedoor.drivers.transport.SerialTransport;
import vn.onedoor.drivers.transport.TcpTransport;

/** Opens the byte pipe a peripheral's parameters name. */
final class Transports {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private Transports() {
    }

    static ByteTransport open(Map<String, String> p) throws IOException {
        String transport = p.getOrDefault("transport", "");
        return switch (transport) {
            case "tcp" -> new TcpTransport(p.get("host"), Integer.parseInt(p.getOrDefault("port", "9100")), CONNECT_TIMEOUT);
            case "serial" -> SerialTransport.open(p.get("path"), Integer.parseInt(p.getOrDefault("baud", "9600")));
            case "queue" -> PrintQueueTransport.forQueue(p.get("queue"));
            default -> throw new IOException("unknown transport '" + transport + "'");
        };
    }
}
