package vn.onedoor.drivers.printer;

import java.util.List;

/** Tickets as the kiosk of the Long An center would print them. */
public final class TicketFixture {

    public static final String QR_URL = "https://dichvucong.longan.gov.vn/ve/A-1024?k=7f3a9c";

    private TicketFixture() {
    }

    public static TicketLayout aLandTicket() {
        return new TicketLayout(
                "Trung tâm Phục vụ Hành chính công tỉnh Long An",
                "A-1024",
                "Đất đai",
                "08:35 — 23/11/2026",
                "Còn 12 người đang chờ",
                "Thời gian chờ dự kiến: khoảng 25 phút",
                "Mời đến quầy số 3, 4 hoặc 5",
                QR_URL,
                List.of("Quét mã để theo dõi lượt của ông/bà.", "Xin cảm ơn!"),
                null);
    }

    public static TicketLayout withLogo(TicketLayout ticket, String resource) {
        return new TicketLayout(ticket.centerName(), ticket.ticketNumber(), ticket.serviceGroup(), ticket.issuedAt(),
                ticket.peopleAhead(), ticket.estimatedWait(), ticket.counters(), ticket.qrPayload(), ticket.footerLines(), resource);
    }
}
