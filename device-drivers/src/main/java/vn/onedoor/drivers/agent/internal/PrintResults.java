package vn.onedoor.drivers.agent.internal;

import java.util.Set;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;
import vn.onedoor.drivers.printer.PrintOutcome;

/** How a printer's outcome is reported: as the command's result, and as the status the next heartbeat carries. */
final class PrintResults {

    private PrintResults() {
    }

    static CommandResult result(PrintOutcome outcome) {
        if (outcome instanceof PrintOutcome.Printed printed) {
            return CommandResult.done(printed.bytes());
        }
        PrintOutcome.Failed failed = (PrintOutcome.Failed) outcome;
        return CommandResult.failed(failed.reason().name(), failed.detail());
    }

    /** A print shows how the printer is; a document that could not be rendered says nothing about it. */
    static PeripheralStatus status(long peripheralId, PrintOutcome outcome, PeripheralStatus before) {
        if (outcome instanceof PrintOutcome.Printed printed) {
            return new PeripheralStatus(peripheralId, Set.of(), printed.paperNearEnd() ? Set.of("PAPER_NEAR_END") : Set.of(), null);
        }
        PrintOutcome.Failed failed = (PrintOutcome.Failed) outcome;
        return failed.reason() == PrintOutcome.Reason.RENDER_ERROR ? before : fault(peripheralId, failed.reason().name(), failed.detail());
    }

    static PeripheralStatus fault(long peripheralId, String code, String detail) {
        return new PeripheralStatus(peripheralId, Set.of(code), Set.of(), detail);
    }
}
