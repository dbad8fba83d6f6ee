package vn.onedoor.queue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BusyDayTest {

    /** The demo center: six groups, twelve counters, main groups weight 3 and secondary ones 1. */
    static BusyDay demoHall(long seed) {
        List<BusyDay.Group> groups = List.of(new BusyDay.Group("A", 0.25, 6), new BusyDay.Group("B", 0.20, 10),
                new BusyDay.Group("C", 0.15, 8), new BusyDay.Group("D", 0.15, 9), new BusyDay.Group("E", 0.10, 7),
                new BusyDay.Group("F", 0.15, 3));
        int[] all = {0, 1, 2, 3, 4, 5};
        List<BusyDay.Desk> desks = List.of(desk(new int[] {0}, 3), desk(new int[] {0, 4}, 3, 1), desk(new int[] {1}, 3),
                desk(new int[] {1, 2}, 3, 1), desk(new int[] {2}, 3), desk(new int[] {1, 2}, 1, 3), desk(new int[] {3}, 3),
                desk(new int[] {0, 3}, 1, 3), desk(new int[] {4}, 3), desk(new int[] {3, 4}, 3, 1),
                desk(all, 1, 1, 1, 1, 1, 1), desk(all, 1, 1, 1, 1, 1, 3));
        return new BusyDay(groups, desks, QueueRules.DEFAULT, seed);
    }

    private static BusyDay.Desk desk(int[] groups, int... weights) {
        return new BusyDay.Desk(groups, weights);
    }

    @Test
    void on_a_busy_day_the_printed_wait_is_measured_against_the_real_one() {
        BusyDay.Result day = demoHall(20261123).run();
        System.out.printf("Busy-day simulation: %d tickets, mean real wait %.1f min, mean absolute error %.1f min,"
                + " mean signed error %+.1f min%n", day.tickets(), day.meanActualMinutes(),
                day.meanAbsoluteErrorMinutes(), day.meanSignedErrorMinutes());

        assertThat(day.tickets()).isBetween(500, 900);
        assertThat(day.meanActualMinutes()).as("a busy day has real queues").isGreaterThan(5);
        // Counting shared counters as whole ones gave 5.8 minutes here; weight shares give about 4.
        assertThat(day.meanAbsoluteErrorMinutes()).isLessThan(0.5 * day.meanActualMinutes());
    }

    @Test
    void the_same_seed_gives_the_same_day() {
        assertThat(demoHall(7).run()).isEqualTo(demoHall(7).run());
    }
}
