package vn.onedoor.drivers.agent.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.InputEvent;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;
import vn.onedoor.drivers.rating.KeypadEvent;
import vn.onedoor.drivers.rating.RatingKeypad;
import vn.onedoor.drivers.scanner.LineFramer;
import vn.onedoor.drivers.transport.ByteTransport;

/**
 * A QR scanner or rating keypad on a serial line: a reader thread turns bytes into scans or key
 * presses and hands each to {@code sink} (which sends it to the server). A simulated one reads nothing.
 * A keypad takes WAKE_RATING ({@code seconds}): its wake line goes out on the same open line.
 */
public final class InputRuntime implements PeripheralRuntime {

    private static final Duration READ_SLICE = Duration.ofMillis(500);
    private static final Duration REOPEN_AFTER = Duration.ofSeconds(5);

    private final PeripheralConfig config;
    private final Consumer<InputEvent> sink;
    private final Thread reader;
    private final ExecutorService writer;
    private volatile ByteTransport line;
    private volatile boolean closed;
    private volatile PeripheralStatus last;

    public InputRuntime(PeripheralConfig config, Consumer<InputEvent> sink) {
        this.config = config;
        this.sink = sink;
        this.last = PeripheralStatus.ok(config.id());
        this.reader = PrinterRuntime.daemon(this::readLoop, "input-" + config.id());
        this.writer = Executors.newSingleThreadExecutor(r -> PrinterRuntime.daemon(r, "input-write-" + config.id()));
        if (!"simulated".equals(config.parameters().get("transport"))) {
            reader.start();
        }
    }

    /** {@code 1:4,2:3} → {"1": 4, "2": 3}, in key order as given. */
    static Map<String, Integer> keys(String text) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split(":", 2);
            keys.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
        }
        return keys;
    }

    private void readLoop() {
        boolean keypad = "RATING_KEYPAD".equals(config.kind());
        LineFramer scans = new LineFramer();
        RatingKeypad presses = keypad ? new RatingKeypad(keys(config.parameters().getOrDefault("keys", "1:1")),
                "lines".equals(config.parameters().get("framing")) ? RatingKeypad.Framing.LINES : RatingKeypad.Framing.SINGLE_BYTES)
                : null;
        byte[] buffer = new byte[1024];
        while (!closed) {
            try (ByteTransport transport = Transports.open(config.parameters())) {
                line = transport;
                last = PeripheralStatus.ok(config.id());
                while (!closed) {
                    int n = transport.read(buffer, READ_SLICE);
                    if (n < 0) {
                        throw new IOException("the line closed");
                    }
                    if (keypad) {
                        for (KeypadEvent e : presses.feed(buffer, 0, n)) {
                            if (e instanceof KeypadEvent.Rated rated) {
                                sink.accept(new InputEvent(config.id(), "KEY", rated.key(), rated.value()));
                            }
                        }
                    } else {
                        scans.feed(buffer, 0, n).forEach(scan -> sink.accept(new InputEvent(config.id(), "SCAN", scan, null)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                line = null;
                last = new PeripheralStatus(config.id(), Set.of("IO_ERROR"), Set.of(), String.valueOf(e.getMessage()));
                try {
                    Thread.sleep(REOPEN_AFTER.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public PeripheralConfig config() {
        return config;
    }

    @Override
    public CompletableFuture<CommandResult> execute(Command command) {
        if (!"RATING_KEYPAD".equals(config.kind()) || !Wire.WAKE_RATING.equals(command.type())) {
            return CompletableFuture.completedFuture(CommandResult.failed("UNSUPPORTED",
                    config.kind() + " does not take " + command.type()));
        }
        return CompletableFuture.supplyAsync(() -> wake(command.payload().path("seconds").asInt(60)), writer);
    }

    private CommandResult wake(int seconds) {
        if ("simulated".equals(config.parameters().get("transport"))) {
            return CommandResult.done(0);
        }
        ByteTransport open = line;
        if (open == null) {
            return CommandResult.failed("IO_ERROR", "the keypad's line is not open");
        }
        byte[] bytes = RatingKeypad.wakeLine(Math.max(1, Math.min(999, seconds)));
        try {
            open.write(bytes);
            return CommandResult.done(bytes.length);
        } catch (IOException e) {
            return CommandResult.failed("IO_ERROR", e.getMessage());
        }
    }

    @Override
    public CompletableFuture<PeripheralStatus> status() {
        return CompletableFuture.completedFuture(last);
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        writer.shutdown();
    }
}
