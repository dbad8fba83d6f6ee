package vn.onedoor.drivers.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network printer on 127.0.0.1: a simulator behind a TCP listener (port 9100 in the field, an
 * ephemeral one in tests), one thread per connection. Closing it closes every connection;
 * a connection thread's failure is rethrown from {@link #close()} rather than lost.
 */
public final class TcpPrinterSimulator implements AutoCloseable {

    private final EscPosPrinterSimulator printer;
    private final ServerSocket server;
    private final Thread acceptor;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    private TcpPrinterSimulator(EscPosPrinterSimulator printer, ServerSocket server) {
        this.printer = printer;
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "printer-sim-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    /** @param port 9100, or 0 for any free port (see {@link #port()}) */
    public static TcpPrinterSimulator start(EscPosPrinterSimulator printer, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        TcpPrinterSimulator simulator = new TcpPrinterSimulator(printer, server);
        simulator.acceptor.start();
        return simulator;
    }

    public int port() {
        return server.getLocalPort();
    }

    public EscPosPrinterSimulator printer() {
        return printer;
    }

    private void acceptLoop() {
        while (!closing) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                Thread thread = new Thread(() -> serve(socket), "printer-sim-conn-" + socket.getPort());
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            } catch (IOException e) {
                if (!closing) {
                    failures.add(e);
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        SimulatorSession session = printer.newSession();
        byte[] buffer = new byte[16384];
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] replies = session.accept(buffer, 0, n);
                if (replies.length > 0) {
                    out.write(replies);
                    out.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                failures.add(e);
            }
        } finally {
            connections.remove(socket);
        }
    }

    @Override
    public void close() throws IOException {
        closing = true;
        server.close();
        for (Socket socket : connections) {
            socket.close();
        }
        try {
            acceptor.join(2000);
            for (Thread thread : threads) {
                thread.join(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!failures.isEmpty()) {
            IOException failed = new IOException("printer simulator connection failed");
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
    }
}
