package vn.onedoor.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onedoor.queue.model.TicketFixture.NINE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.onedoor.queue.model.NextTicketPolicy.Candidate;
import vn.onedoor.queue.model.NextTicketPolicy.Choice;
import vn.onedoor.queue.model.NextTicketPolicy.GroupHeads;

class NextTicketPolicyTest {

    private static final QueueRules RULES = QueueRules.DEFAULT; // K = 3
    private static final Instant NOW = NINE.plus(Duration.ofMinutes(60));
    private long ids = 1;

    private Candidate waitingSince(long group, boolean priority, int minutesAgo) {
        return new Candidate(ids++, group, priority, Ticket.queueKeyOf(NOW.minus(Duration.ofMinutes(minutesAgo))));
    }

    private static GroupHeads group(long id, int weight, Candidate priorityHead, Candidate normalHead) {
        return new GroupHeads(id, weight, Optional.ofNullable(priorityHead), Optional.ofNullable(normalHead));
    }

    private static Candidate chosen(List<GroupHeads> groups, int streak) {
        return NextTicketPolicy.choose(groups, Optional.empty(), streak, RULES, NOW).orElseThrow().candidate();
    }

    @Test
    void a_head_waiting_past_its_groups_anti_starvation_wait_goes_before_a_heavier_groups() {
        Candidate land = waitingSince(1, false, 50);
        Candidate civil = waitingSince(2, false, 20);
        // weight 10 × 50 min beats weight 1 × 20 min; group 2 allows 15 minutes at most
        List<GroupHeads> groups = List.of(new GroupHeads(1, 10, Optional.empty(), Optional.of(land), Duration.ZERO),
                new GroupHeads(2, 1, Optional.empty(), Optional.of(civil), Duration.ofMinutes(15)));
        assertThat(chosen(groups, 0)).isEqualTo(civil);

        List<GroupHeads> notYet = List.of(new GroupHeads(1, 10, Optional.empty(), Optional.of(land), Duration.ZERO),
                new GroupHeads(2, 1, Optional.empty(), Optional.of(civil), Duration.ofMinutes(30)));
        assertThat(chosen(notYet, 0)).as("within its wait, the weights decide").isEqualTo(land);
    }

    @Test
    void of_two_overdue_heads_the_one_that_waited_longest_goes() {
        Candidate a = waitingSince(1, false, 40);
        Candidate b = waitingSince(2, false, 55);
        List<GroupHeads> groups = List.of(new GroupHeads(1, 50, Optional.empty(), Optional.of(a), Duration.ofMinutes(10)),
                new GroupHeads(2, 1, Optional.empty(), Optional.of(b), Duration.ofMinutes(10)));
        assertThat(chosen(groups, 0)).isEqualTo(b);
    }

    @Test
    void within_a_group_a_priority_ticket_goes_before_a_normal_one_that_waited_longer() {
        Candidate elderly = waitingSince(1, true, 2);
        Candidate normal = waitingSince(1, false, 40);

        assertThat(chosen(List.of(group(1, 1, elderly, normal)), 0)).isEqualTo(elderly);
    }

    @Test
    void after_k_priority_calls_in_a_row_a_normal_ticket_goes_and_the_streak_restarts() {
        Candidate elderly = waitingSince(1, true, 2);
        Candidate normal = waitingSince(1, false, 40);
        List<GroupHeads> groups = List.of(group(1, 1, elderly, normal));

        Choice atLimit = NextTicketPolicy.choose(groups, Optional.empty(), 3, RULES, NOW).orElseThrow();
        assertThat(atLimit.candidate()).isEqualTo(normal);
        assertThat(atLimit.streakAfter()).isZero();
        assertThat(NextTicketPolicy.choose(groups, Optional.empty(), 2, RULES, NOW).orElseThrow().streakAfter()).isEqualTo(3);
    }

    @Test
    void with_no_normal_ticket_waiting_priority_tickets_keep_going_past_k() {
        Candidate elderly = waitingSince(1, true, 2);

        assertThat(chosen(List.of(group(1, 1, elderly, null)), 7)).isEqualTo(elderly);
    }

    @Test
    void a_stream_of_priority_arrivals_never_starves_the_normal_queue() {
        // Each round a new priority citizen arrives; the counter calls once per round.
        List<Boolean> calledPriority = new ArrayList<>();
        int streak = 0;
        Candidate normal = waitingSince(1, false, 50);
        for (int round = 0; round < 20; round++) {
            Candidate fresh = waitingSince(1, true, 0);
            Choice c = NextTicketPolicy.choose(List.of(group(1, 1, fresh, normal)), Optional.empty(), streak, RULES, NOW)
                    .orElseThrow();
            calledPriority.add(c.candidate().priority());
            streak = c.streakAfter();
        }
        assertThat(calledPriority.stream().filter(p -> !p).count()).isEqualTo(5); // one in every K + 1 = 4 calls
        assertThat(calledPriority.subList(0, 4)).containsExactly(true, true, true, false);
    }

    @Test
    void between_groups_weight_times_wait_decides() {
        Candidate a = waitingSince(1, false, 10); // weight 3: score 30
        Candidate e = waitingSince(2, false, 25); // weight 1: score 25

        assertThat(chosen(List.of(group(1, 3, null, a), group(2, 1, null, e)), 0)).isEqualTo(a);

        Candidate eLonger = waitingSince(2, false, 31); // score 31 beats 30
        assertThat(chosen(List.of(group(1, 3, null, a), group(2, 1, null, eLonger)), 0)).isEqualTo(eLonger);
    }

    @Test
    void on_equal_scores_the_longest_wait_goes_then_the_group_listed_first() {
        Candidate a = waitingSince(1, false, 10); // weight 2: 20
        Candidate b = waitingSince(2, false, 20); // weight 1: 20, waited longer
        assertThat(chosen(List.of(group(1, 2, null, a), group(2, 1, null, b)), 0)).isEqualTo(b);

        Candidate c = waitingSince(3, false, 0);
        Candidate d = waitingSince(4, false, 0);
        assertThat(chosen(List.of(group(3, 1, null, c), group(4, 1, null, d)), 0)).isEqualTo(c);
    }

    @Test
    void a_ticket_sent_to_this_counter_goes_before_everything() {
        Candidate sent = waitingSince(2, false, 1);
        Candidate elderly = waitingSince(1, true, 30);

        Choice c = NextTicketPolicy.choose(List.of(group(1, 5, elderly, null)), Optional.of(sent), 0, RULES, NOW)
                .orElseThrow();
        assertThat(c.candidate()).isEqualTo(sent);
    }

    @Test
    void nobody_waiting_means_no_choice() {
        assertThat(NextTicketPolicy.choose(List.of(group(1, 1, null, null)), Optional.empty(), 0, RULES, NOW)).isEmpty();
        assertThat(NextTicketPolicy.choose(List.of(), Optional.empty(), 0, RULES, NOW)).isEmpty();
    }
}
