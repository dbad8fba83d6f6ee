package vn.onedoor.drivers.printer;

/** What became of one print: a ticket, or a document on an A4 printer. */
public sealed interface PrintOutcome {

    enum Reason {
        PAPER_OUT, COVER_OPEN, OFFLINE, PRINTER_ERROR, NO_STATUS_REPLY, IO_ERROR, RENDER_ERROR,
        /** The OS has no print queue of the configured name. */
        NO_SUCH_QUEUE,
        /** The queue exists but takes neither PDF nor raw bytes, or refused the job. */
        NOT_ACCEPTED
    }

    /**
     * The bytes were handed to the transport after the printer said it could print.
     *
     * @param paperNearEnd the roll is running out: tell staff before the next citizen gets nothing
     */
    record Printed(int bytes, boolean paperNearEnd) implements PrintOutcome {
    }

    /** Nothing, or not all, was sent; {@code detail} is for logs, not for citizens. */
    record Failed(Reason reason, String detail) implements PrintOutcome {
    }
}
