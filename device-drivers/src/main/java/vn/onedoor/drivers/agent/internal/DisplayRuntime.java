package vn.onedoor.drivers.agent.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;
import vn.onedoor.drivers.display.OneDoorLedProtocol;
import vn.onedoor.drivers.display.TransportLedDisplay;
import vn.onedoor.drivers.transport.ByteTransport;
import vn.onedoor.drivers.transport.StreamTransport;

/** A counter LED display: SHOW_TEXT ({@code text}) and CLEAR_DISPLAY at the configured address. */
public final class DisplayRuntime implements PeripheralRuntime {

    private final PeripheralConfig config;
    private final int address;
    private final int width;
    private final ExecutorService thread;
    private final ByteArrayOutputStream simulated;
    private TransportLedDisplay display;
    private volatile PeripheralStatus last;

    public DisplayRuntime(PeripheralConfig config) {
        this.config = config;
        this.address = Integer.parseInt(config.parameters().getOrDefault("address", "0"));
        this.width = Integer.parseInt(config.parameters().getOrDefault("width", "16"));
        this.simulated = "simulated".equals(config.parameters().get("transport")) ? new ByteArrayOutputStream() : null;
        this.thread = Executors.newSingleThreadExecutor(r -> PrinterRuntime.daemon(r, "display-" + config.id()));
        this.last = PeripheralStatus.ok(config.id());
        // the port is opened now, so a display that is missing shows as a fault before the first call
        thread.execute(() -> {
            try {
                display();
            } catch (IOException | RuntimeException e) {
                last = fault(e);
            }
        });
    }

    private PeripheralStatus fault(Exception e) {
        return new PeripheralStatus(config.id(), Set.of("IO_ERROR"), Set.of(), String.valueOf(e.getMessage()));
    }

    @Override
    public PeripheralConfig config() {
        return config;
    }

    /** The frames a simulated display was sent, in order. */
    public synchronized byte[] simulatedBytes() {
        return simulated == null ? new byte[0] : simulated.toByteArray();
    }

    @Override
    public CompletableFuture<CommandResult> execute(Command command) {
        return CompletableFuture.supplyAsync(() -> run(command), thread);
    }

    private CommandResult run(Command command) {
        try {
            switch (command.type()) {
                case Wire.SHOW_TEXT -> display().show(address, command.payload().path("text").asText(""));
                case Wire.CLEAR_DISPLAY -> display().clear(address);
                default -> {
                    return CommandResult.failed("UNSUPPORTED", config.kind() + " does not take " + command.type());
                }
            }
            last = PeripheralStatus.ok(config.id());
            return CommandResult.done(0);
        } catch (IOException | RuntimeException e) {
            // jSerialComm throws unchecked exceptions for a port that does not exist; either way the
            // display is faulty until a later command opens it again
            last = fault(e);
            return CommandResult.failed("IO_ERROR", String.valueOf(e.getMessage()));
        }
    }

    private TransportLedDisplay display() throws IOException {
        if (display == null) {
            ByteTransport transport = simulated != null
                    ? new StreamTransport(InputStream.nullInputStream(), simulatedSink(), "simulated display " + config.id())
                    : Transports.open(config.parameters());
            display = new TransportLedDisplay(transport, new OneDoorLedProtocol(width));
        }
        return display;
    }

    private java.io.OutputStream simulatedSink() {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) {
                synchronized (DisplayRuntime.this) {
                    simulated.write(b);
                }
            }
        };
    }

    @Override
    public CompletableFuture<PeripheralStatus> status() {
        return CompletableFuture.completedFuture(last);
    }

    @Override
    public void close() {
        thread.execute(() -> {
            try {
                if (display != null) {
                    display.close();
                }
            } catch (IOException e) {
                // Closing a port that failed: nothing left to tell.
            }
        });
        thread.shutdown();
    }
}
