package vn.onedoor.drivers.display;

import java.io.IOException;
import java.util.Objects;
import vn.onedoor.drivers.transport.ByteTransport;

/** Counter displays reached through a transport (normally a serial port) in a given protocol. */
public final class TransportLedDisplay implements LedDisplay {

    private final ByteTransport transport;
    private final LedProtocol protocol;

    public TransportLedDisplay(ByteTransport transport, LedProtocol protocol) {
        this.transport = Objects.requireNonNull(transport);
        this.protocol = Objects.requireNonNull(protocol);
    }

    @Override
    public void show(int address, String text) throws IOException {
        transport.write(protocol.show(address, text));
    }

    @Override
    public void clear(int address) throws IOException {
        transport.write(protocol.clear(address));
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
