package vn.onedoor.queue.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which waiting ticket a counter calls next.
 * <ol>
 *   <li>Tickets transferred to this very counter go first, oldest place first.</li>
 *   <li>Within a group, priority tickets go before normal ones…</li>
 *   <li>…except that after {@code K} priority calls in a row at this counter, a normal ticket goes
 *       (when one waits), so normal tickets are never starved.</li>
 *   <li>A head that has waited longer than its group's anti-starvation wait ({@code maxWait}) goes
 *       before every other group's; among such heads, the one that waited longest.</li>
 *   <li>Otherwise between groups, the head with the largest weight × waiting time goes: the counter's
 *       weights set its share, and a lighter group's wait grows until it wins. Equal scores: the
 *       longest wait, then the group listed first.</li>
 * </ol>
 */
public final class NextTicketPolicy {

    private NextTicketPolicy() {}

    /**
     * The first waiting tickets of one group that the counter serves, with the counter's weight for
     * it and the group's anti-starvation wait ({@code maxWait}; zero: none).
     */
    public record GroupHeads(long serviceGroupId, int weight, Optional<Candidate> priorityHead,
            Optional<Candidate> normalHead, Duration maxWait) {

        public GroupHeads(long serviceGroupId, int weight, Optional<Candidate> priorityHead,
                Optional<Candidate> normalHead) {
            this(serviceGroupId, weight, priorityHead, normalHead, Duration.ZERO);
        }
    }

    /** A waiting ticket as far as the choice needs it. */
    public record Candidate(long ticketId, long serviceGroupId, boolean priority, long queueKey) {
        Duration waited(Instant now) {
            Duration d = Duration.between(Ticket.instantOfQueueKey(queueKey), now);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    /** The ticket to call and the counter's priority streak after the call. */
    public record Choice(Candidate candidate, int streakAfter) {}

    public static Optional<Choice> choose(List<GroupHeads> groups, Optional<Candidate> sentToThisCounter,
            int priorityStreak, QueueRules rules, Instant now) {
        if (sentToThisCounter.isPresent()) {
            return sentToThisCounter.map(c -> new Choice(c, streakAfter(c, priorityStreak)));
        }
        boolean normalsMustGo = priorityStreak >= rules.priorityStreakLimit()
                && groups.stream().anyMatch(g -> g.normalHead().isPresent());
        Comparator<Scored> best = Comparator.comparingLong(Scored::score)
                .thenComparing(s -> s.candidate().waited(now))
                .thenComparing(Scored::order, Comparator.reverseOrder());
        Optional<Scored> winner = Optional.empty();
        Optional<Scored> overdue = Optional.empty();
        for (int i = 0; i < groups.size(); i++) {
            GroupHeads g = groups.get(i);
            Optional<Candidate> head = normalsMustGo ? g.normalHead() : g.priorityHead().or(g::normalHead);
            if (head.isEmpty()) {
                continue;
            }
            Duration waited = head.get().waited(now);
            Scored s = new Scored(head.get(), Math.max(1, g.weight()) * waited.toMillis(), i);
            if (winner.isEmpty() || best.compare(s, winner.get()) > 0) {
                winner = Optional.of(s);
            }
            // the group's head, as the rules within the group choose it, has waited too long
            if (!g.maxWait().isZero() && waited.compareTo(g.maxWait()) > 0) {
                Scored o = new Scored(head.get(), waited.toMillis(), i);
                if (overdue.isEmpty() || best.compare(o, overdue.get()) > 0) {
                    overdue = Optional.of(o);
                }
            }
        }
        Optional<Scored> chosen = overdue.isPresent() ? overdue : winner;
        return chosen.map(s -> new Choice(s.candidate(), streakAfter(s.candidate(), priorityStreak)));
    }

    private static int streakAfter(Candidate c, int streak) {
        return c.priority() ? streak + 1 : 0;
    }

    private record Scored(Candidate candidate, long score, int order) {}
}
