package vn.onedoor.queue.model;

import java.time.Instant;
import java.time.LocalDate;

/** Tickets in the states the tests need, at a fixed time. */
final class TicketFixture {

    static final Instant NINE = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final long CENTER = 1;
    static final long GROUP_A = 10;
    static final long GROUP_B = 20;
    static final long COUNTER_3 = 3;

    private TicketFixture() {}

    static Ticket aWaitingTicket() {
        return aWaitingTicket(Priority.NORMAL, NINE);
    }

    static Ticket aWaitingPriorityTicket() {
        return aWaitingTicket(Priority.ELDERLY, NINE);
    }

    static Ticket aWaitingTicket(Priority priority, Instant issuedAt) {
        return Ticket.issue(CENTER, GROUP_A, TODAY, 24, "A-0024", priority, null, null, null, issuedAt).withId(100);
    }

    static Ticket aCalledTicket() {
        return aWaitingTicket().call(COUNTER_3, NINE.plusSeconds(600));
    }

    static Ticket aServingTicket() {
        return aCalledTicket().start(NINE.plusSeconds(660));
    }
}
