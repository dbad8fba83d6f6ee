package vn.onedoor.app.api.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import vn.onedoor.queue.model.QueueEvent;

/** A queue event on the wire: its type, and the ticket or counter it is about. */
@Serdeable
public record QueueEventDto(String type, long centerId, Instant at, @Nullable TicketDto ticket,
        @Nullable Integer counterNumber, @Nullable Long counterId, @Nullable String counterStatus,
        @Nullable String reason, @Nullable Integer count) {

    static QueueEventDto of(QueueEvent e) {
        if (e instanceof QueueEvent.OfTicket t) {
            return new QueueEventDto(e.type(), e.centerId(), e.at(), TicketDto.of(t.ticket()), t.counterNumber(),
                    t.ticket().counterId(), null, null, null);
        }
        if (e instanceof QueueEvent.CounterStatusChanged c) {
            return new QueueEventDto(e.type(), e.centerId(), e.at(), null, c.counterNumber(), c.counterId(),
                    c.status().name(), c.reason(), null);
        }
        QueueEvent.TicketsExpired x = (QueueEvent.TicketsExpired) e;
        return new QueueEventDto(e.type(), e.centerId(), e.at(), null, null, null, null, null, x.count());
    }
}
