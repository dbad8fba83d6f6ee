package vn.onedoor.drivers.printer;

import java.awt.Font;
import java.awt.image.BufferedImage;
import vn.onedoor.drivers.printer.internal.Column;
import vn.onedoor.drivers.printer.internal.LogoBitmap;
import vn.onedoor.drivers.printer.internal.QrBitmap;

/**
 * Draws a queue ticket as a 1-bit image as wide as the printer's head, ready for
 * {@link EscPos#raster}. Vietnamese is drawn with the bundled font, so it prints on any printer,
 * whatever code pages it has. Sizes are for 80 mm paper and scale down for 58 mm. Stateless and
 * thread-safe.
 */
public final class TicketRenderer {

    private static final int REFERENCE_WIDTH = PrinterProfile.DOTS_80_MM;

    /** @return a {@link BufferedImage#TYPE_BYTE_BINARY} image {@code profile.widthDots()} wide */
    public BufferedImage render(TicketLayout ticket, PrinterProfile profile) {
        int width = profile.widthDots();
        float k = (float) width / REFERENCE_WIDTH;
        Column column = new Column(width, Math.round(12 * k));

        column.gap(Math.round(8 * k));
        if (ticket.logoResource() != null) {
            column.bitmap(LogoBitmap.load(ticket.logoResource(), width / 2, Math.round(120 * k)));
            column.gap(Math.round(10 * k));
        }
        column.text(TicketFonts.bold(26 * k), ticket.centerName());
        column.gap(Math.round(10 * k));
        column.rule(Math.max(2, Math.round(3 * k)));
        column.gap(Math.round(12 * k));
        column.text(TicketFonts.bold(30 * k), ticket.serviceGroup());
        Font number = column.fitOnOneLine(TicketFonts.bold(1), ticket.ticketNumber(), 150 * k);
        column.text(number, ticket.ticketNumber());
        if (ticket.highlight() != null && !ticket.highlight().isBlank()) {
            column.text(TicketFonts.bold(26 * k), ticket.highlight());
        }
        column.text(TicketFonts.regular(22 * k), ticket.issuedAt());
        column.gap(Math.round(12 * k));
        column.text(TicketFonts.bold(26 * k), ticket.peopleAhead());
        column.text(TicketFonts.regular(24 * k), ticket.estimatedWait());
        column.text(TicketFonts.regular(24 * k), ticket.counters());
        if (!ticket.qrPayload().isBlank()) {
            column.gap(Math.round(12 * k));
            column.bitmap(QrBitmap.of(ticket.qrPayload(), Math.min(Math.round(300 * k), column.contentWidth())));
        }
        column.gap(Math.round(8 * k));
        for (String line : ticket.footerLines()) {
            column.text(TicketFonts.regular(20 * k), line);
        }
        column.gap(Math.round(16 * k));
        return column.paint();
    }
}
