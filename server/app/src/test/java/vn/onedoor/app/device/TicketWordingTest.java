package vn.onedoor.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onedoor.device.TicketPrinting.TicketToPrint;
import vn.onedoor.drivers.printer.TicketLayout;

/** The words on a paper ticket: the priority category, and no "you are next" while no counter is open. */
class TicketWordingTest {

    private final TicketWording wording = new TicketWording();

    private static TicketToPrint ticket(boolean noCounterOpen, String priority, String language) {
        return new TicketToPrint(1, "Trung tâm", "A-0007", "Tư pháp", ZonedDateTime.parse("2026-12-02T08:30:00+07:00"),
                0, 0, List.of(1, 2), noCounterOpen, priority, "http://x/t/1", language);
    }

    @Test
    void a_priority_ticket_prints_its_category_under_the_number() {
        TicketLayout layout = wording.layout(ticket(false, "ELDERLY", "vi"));
        assertThat(layout.highlight()).isEqualTo("ƯU TIÊN · Người cao tuổi");
        assertThat(wording.layout(ticket(false, null, "vi")).highlight()).isNull();
        assertThat(wording.layout(ticket(false, "PREGNANT", "en")).highlight()).isEqualTo("PRIORITY · Pregnant woman");
    }

    @Test
    void with_no_counter_open_the_ticket_says_so_instead_of_you_are_next() {
        TicketLayout closed = wording.layout(ticket(true, null, "vi"));
        assertThat(closed.peopleAhead()).isEqualTo("Hiện chưa có quầy nào mở cho dịch vụ này");
        assertThat(closed.counters()).isEqualTo("Quầy phục vụ: 1, 2");
        assertThat(wording.layout(ticket(false, null, "vi")).peopleAhead()).isEqualTo("Quý khách là người tiếp theo");
    }
}
