package vn.onedoor.queue.model;

import java.time.Instant;

/**
 * What happened in a center's queue, published after the transaction that did it has committed.
 * Screens and the device gateway listen; the SSE stream forwards them.
 */
public sealed interface QueueEvent {

    long centerId();

    Instant at();

    /** An event about one ticket; {@code counterNumber} is the counter involved, if any. */
    sealed interface OfTicket extends QueueEvent {
        Ticket ticket();

        Integer counterNumber();

        @Override
        default long centerId() {
            return ticket().centerId();
        }
    }

    record TicketIssued(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketCalled(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketRecalled(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketServing(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketTransferred(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketParked(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketCompleted(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketNoShow(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record TicketRejoined(Ticket ticket, Integer counterNumber, Instant at) implements OfTicket {}

    record CounterStatusChanged(long centerId, long counterId, int counterNumber, CounterStatus status,
            String reason, Instant at) implements QueueEvent {}

    record TicketsExpired(long centerId, int count, Instant at) implements QueueEvent {}

    /** The event's name as the stream and the screens know it: its record name. */
    default String type() {
        return getClass().getSimpleName();
    }
}
