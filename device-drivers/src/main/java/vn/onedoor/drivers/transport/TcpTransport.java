package vn.onedoor.drivers.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A raw TCP connection, usually to a network printer's port 9100 ("JetDirect"). Connects on
 * first use and again after a failure, so a printer that was switched off and on is picked up
 * by the next ticket without restarting the agent.
 */
public final class TcpTransport implements ByteTransport {

    public static final int RAW_PRINT_PORT = 9100;

    private final InetSocketAddress address;
    private final Duration connectTimeout;
    private Socket socket;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        this.address = InetSocketAddress.createUnresolved(Objects.requireNonNull(host), port);
        this.connectTimeout = Objects.requireNonNull(connectTimeout);
    }

    @Override
    public void write(byte[] data) throws IOException {
        try {
            OutputStream out = socket().getOutputStream();
            out.write(data);
            out.flush();
        } catch (IOException e) {
            drop();
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        Socket s = socket();
        InputStream in = s.getInputStream();
        if (timeout.isZero() && in.available() == 0) {
            return 0;
        }
        s.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        try {
            int n = in.read(buffer);
            if (n < 0) {
                // The printer closed the connection (switched off, or its idle timeout): reconnect next time.
                drop();
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            drop();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    @Override
    public String toString() {
        return "tcp://" + address.getHostString() + ":" + address.getPort();
    }

    private Socket socket() throws IOException {
        if (socket == null) {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.connect(new InetSocketAddress(address.getHostString(), address.getPort()), (int) connectTimeout.toMillis());
            } catch (IOException e) {
                s.close();
                throw e;
            }
            socket = s;
        }
        return socket;
    }

    private void drop() {
        try {
            close();
        } catch (IOException ignored) {
            // The connection is broken already; the next use reconnects.
        }
    }
}
