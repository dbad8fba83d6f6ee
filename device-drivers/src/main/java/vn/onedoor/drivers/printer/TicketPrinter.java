package vn.onedoor.drivers.printer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.onedoor.drivers.printer.PrintOutcome.Failed;
import vn.onedoor.drivers.printer.PrintOutcome.Reason;
import vn.onedoor.drivers.transport.ByteTransport;

/**
 * Prints queue tickets on one printer: asks its status (when the profile says it answers),
 * renders, encodes and writes. A kiosk must never say "take your ticket" when none came out, so
 * a printer that is out of paper or silent gets a {@link Failed} outcome and no job. Not
 * thread-safe: one kiosk, one printer, one ticket at a time.
 */
public final class TicketPrinter {

    /** Feed so the last printed line clears the cutter, which sits above the head. */
    private static final int FEED_LINES_BEFORE_CUT = 4;

    private static final List<StatusRequest> ASKED = List.of(StatusRequest.PRINTER, StatusRequest.OFFLINE_CAUSE, StatusRequest.PAPER);

    private final PrinterProfile profile;
    private final ByteTransport transport;
    private final TicketRenderer renderer;
    private final Duration statusTimeout;

    public TicketPrinter(PrinterProfile profile, ByteTransport transport, TicketRenderer renderer, Duration statusTimeout) {
        this.profile = Objects.requireNonNull(profile);
        this.transport = Objects.requireNonNull(transport);
        this.renderer = Objects.requireNonNull(renderer);
        this.statusTimeout = Objects.requireNonNull(statusTimeout);
    }

    public PrintOutcome print(TicketLayout ticket) {
        boolean nearEnd = false;
        if (profile.reportsStatus()) {
            PrinterStatus status;
            try {
                Optional<PrinterStatus> read = status();
                if (read.isEmpty()) {
                    return new Failed(Reason.NO_STATUS_REPLY, profile.name() + " did not answer DLE EOT within " + statusTimeout.toMillis() + " ms on " + transport);
                }
                status = read.get();
            } catch (IOException e) {
                return new Failed(Reason.IO_ERROR, "status request on " + transport + ": " + e.getMessage());
            }
            if (!status.canPrint()) {
                return refused(status);
            }
            nearEnd = status.has(PrinterCondition.PAPER_NEAR_END);
        }
        byte[] job;
        try {
            job = encode(renderer.render(ticket, profile));
        } catch (RuntimeException e) {
            return new Failed(Reason.RENDER_ERROR, e.toString());
        }
        try {
            transport.write(job);
        } catch (IOException e) {
            return new Failed(Reason.IO_ERROR, "writing " + job.length + " bytes to " + transport + ": " + e.getMessage());
        }
        return new PrintOutcome.Printed(job.length, nearEnd);
    }

    /**
     * Asks DLE EOT 1, 2 and 4 and decodes them together.
     *
     * @return empty when any reply is missing or malformed
     */
    public Optional<PrinterStatus> status() throws IOException {
        Map<StatusRequest, Integer> replies = new EnumMap<>(StatusRequest.class);
        for (StatusRequest request : ASKED) {
            Optional<byte[]> reply = transport.request(EscPos.statusRequest(request), 1, statusTimeout);
            if (reply.isEmpty() || !StatusRequest.isStatusByte(reply.get()[0])) {
                return Optional.empty();
            }
            replies.put(request, reply.get()[0] & 0xFF);
        }
        return Optional.of(PrinterStatus.fromReplies(replies));
    }

    /** The bytes of one ticket job: init, image, feed, partial cut. */
    public static byte[] encode(BufferedImage ticket) {
        return new EscPos().init().raster(ticket).feedLines(FEED_LINES_BEFORE_CUT).cut(EscPos.Cut.PARTIAL).toBytes();
    }

    private Failed refused(PrinterStatus status) {
        String detail = profile.name() + " reports " + status.conditions();
        if (status.has(PrinterCondition.PAPER_OUT)) {
            return new Failed(Reason.PAPER_OUT, detail);
        }
        if (status.has(PrinterCondition.COVER_OPEN)) {
            return new Failed(Reason.COVER_OPEN, detail);
        }
        if (status.has(PrinterCondition.ERROR)) {
            return new Failed(Reason.PRINTER_ERROR, detail);
        }
        return new Failed(Reason.OFFLINE, detail);
    }
}
