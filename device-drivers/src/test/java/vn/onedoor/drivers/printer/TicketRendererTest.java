package vn.onedoor.drivers.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketRendererTest {

    private final TicketRenderer renderer = new TicketRenderer();

    @Test
    void an_80_mm_ticket_is_a_1_bit_image_576_dots_wide_with_a_readable_qr_code() {
        BufferedImage image = renderer.render(TicketFixture.aLandTicket(), PrinterProfile.paper80("test"));

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(image.getWidth()).isEqualTo(576);
        assertThat(image.getHeight()).isBetween(500, 1400);
        assertThat(QrDecoding.decode(image)).contains(TicketFixture.QR_URL);
    }

    @Test
    void a_58_mm_ticket_is_384_dots_wide_and_its_qr_code_still_reads() {
        BufferedImage image = renderer.render(TicketFixture.aLandTicket(), PrinterProfile.paper58("test"));

        assertThat(image.getWidth()).isEqualTo(384);
        assertThat(QrDecoding.decode(image)).contains(TicketFixture.QR_URL);
    }

    @Test
    void vietnamese_diacritics_change_the_drawing_so_they_are_not_dropped() {
        TicketLayout plain = withCenterName("Trung tam Phuc vu Hanh chinh cong tinh Long An");
        TicketLayout marked = withCenterName("Trung tâm Phục vụ Hành chính công tỉnh Long An");

        long plainDots = Pixels.blackCount(renderer.render(plain, PrinterProfile.paper80("t")));
        long markedDots = Pixels.blackCount(renderer.render(marked, PrinterProfile.paper80("t")));

        assertThat(markedDots).isGreaterThan(plainDots + 50);
    }

    @Test
    void a_logo_adds_height_at_the_top() {
        BufferedImage without = renderer.render(TicketFixture.aLandTicket(), PrinterProfile.paper80("t"));
        BufferedImage with = renderer.render(TicketFixture.withLogo(TicketFixture.aLandTicket(), "/logo-test.png"), PrinterProfile.paper80("t"));

        assertThat(with.getHeight()).isGreaterThan(without.getHeight() + 40);
    }

    @Test
    void a_missing_logo_is_reported_by_name() {
        TicketLayout ticket = TicketFixture.withLogo(TicketFixture.aLandTicket(), "/no-such-logo.png");

        assertThatThrownBy(() -> renderer.render(ticket, PrinterProfile.paper80("t"))).hasMessageContaining("/no-such-logo.png");
    }

    @Test
    void a_payload_too_long_for_four_dots_per_module_is_refused() {
        TicketLayout ticket = new TicketLayout("c", "A-1", "g", "t", "p", "w", "q", "https://x.vn/" + "a".repeat(900), List.of(), null);

        assertThatThrownBy(() -> renderer.render(ticket, PrinterProfile.paper58("t"))).hasMessageContaining("too long");
    }

    private static TicketLayout withCenterName(String name) {
        TicketLayout t = TicketFixture.aLandTicket();
        return new TicketLayout(name, t.ticketNumber(), t.serviceGroup(), t.issuedAt(), t.peopleAhead(), t.estimatedWait(),
                t.counters(), t.qrPayload(), t.footerLines(), null);
    }
}
