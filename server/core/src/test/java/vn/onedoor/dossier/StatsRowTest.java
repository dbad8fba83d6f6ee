package vn.onedoor.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 003 Điều 14.5: resolution rate = resolved ÷ received; on-time rate = (early + on time) ÷ resolved. */
class StatsRowTest {

    @Test
    void rates_follow_the_regulation_and_round_to_four_decimals() {
        StatsRow row = new StatsRow("1", "Sở Tư pháp", 12, 6, 2, 3, 1, 6, 2);

        assertThat(row.resolutionRate()).isEqualTo(0.5);
        assertThat(row.onTimeRate()).isEqualTo(0.8333);
    }

    @Test
    void a_rate_over_nothing_is_absent_rather_than_zero_or_a_division_error() {
        StatsRow nothing = StatsRow.empty("2", "Sở Xây dựng");

        assertThat(nothing.resolutionRate()).isNull();
        assertThat(nothing.onTimeRate()).isNull();
    }

    @Test
    void rows_add_up_to_the_total() {
        StatsRow sum = new StatsRow("a", null, 3, 2, 1, 1, 0, 1, 0).plus(new StatsRow("b", null, 1, 2, 0, 0, 2, 0, 1));

        assertThat(sum).isEqualTo(new StatsRow("a", null, 4, 4, 1, 1, 2, 1, 1));
        assertThat(sum.onTimeRate()).isEqualTo(0.5);
    }
}
