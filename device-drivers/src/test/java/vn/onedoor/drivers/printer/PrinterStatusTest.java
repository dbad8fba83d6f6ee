package vn.onedoor.drivers.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrinterStatusTest {

    @Test
    void the_bare_fixed_bits_mean_online_and_ready() {
        PrinterStatus status = PrinterStatus.fromReplies(Map.of(
                StatusRequest.PRINTER, 0x12, StatusRequest.OFFLINE_CAUSE, 0x12, StatusRequest.ERROR_CAUSE, 0x12, StatusRequest.PAPER, 0x12));

        assertThat(status.conditions()).isEmpty();
        assertThat(status.online()).isTrue();
        assertThat(status.canPrint()).isTrue();
    }

    @Test
    void each_documented_bit_maps_to_its_condition() {
        assertThat(StatusRequest.PRINTER.decode(0x1A)).containsExactly(PrinterCondition.OFFLINE);
        assertThat(StatusRequest.OFFLINE_CAUSE.decode(0x16)).containsExactly(PrinterCondition.COVER_OPEN);
        assertThat(StatusRequest.OFFLINE_CAUSE.decode(0x32)).containsExactly(PrinterCondition.PAPER_OUT);
        assertThat(StatusRequest.OFFLINE_CAUSE.decode(0x52)).containsExactly(PrinterCondition.ERROR);
        assertThat(StatusRequest.ERROR_CAUSE.decode(0x16)).containsExactly(PrinterCondition.ERROR);
        assertThat(StatusRequest.PAPER.decode(0x1E)).containsExactly(PrinterCondition.PAPER_NEAR_END);
        assertThat(StatusRequest.PAPER.decode(0x72)).containsExactly(PrinterCondition.PAPER_OUT);
    }

    @Test
    void paper_out_as_an_epson_reports_it_stops_printing() {
        PrinterStatus status = PrinterStatus.fromReplies(Map.of(
                StatusRequest.PRINTER, 0x1A, StatusRequest.OFFLINE_CAUSE, 0x32, StatusRequest.PAPER, 0x7E));

        assertThat(status.conditions()).containsExactlyInAnyOrder(
                PrinterCondition.OFFLINE, PrinterCondition.PAPER_OUT, PrinterCondition.PAPER_NEAR_END);
        assertThat(status.canPrint()).isFalse();
    }

    @Test
    void paper_near_end_alone_still_prints() {
        PrinterStatus status = PrinterStatus.fromReplies(Map.of(StatusRequest.PAPER, 0x1E));

        assertThat(status.canPrint()).isTrue();
        assertThat(status.has(PrinterCondition.PAPER_NEAR_END)).isTrue();
    }

    @Test
    void a_byte_without_the_fixed_bits_is_not_a_status_reply() {
        assertThat(StatusRequest.isStatusByte(0x00)).isFalse();
        assertThat(StatusRequest.isStatusByte(0x92)).isFalse();
        assertThatThrownBy(() -> StatusRequest.PAPER.decode(0x41)).hasMessageContaining("0x41");
    }
}
