package vn.onedoor.drivers.agent.internal;

import java.util.concurrent.CompletableFuture;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;

/**
 * One open peripheral. Its port stays open for as long as its configuration does not change,
 * and everything that touches the port runs on the peripheral's own thread, one thing at a time.
 */
public interface PeripheralRuntime extends AutoCloseable {

    PeripheralConfig config();

    CompletableFuture<CommandResult> execute(Command command);

    /** Asks the device how it is where it can tell; otherwise what the last use showed. */
    CompletableFuture<PeripheralStatus> status();

    @Override
    void close();
}
