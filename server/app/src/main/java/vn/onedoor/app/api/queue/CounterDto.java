package vn.onedoor.app.api.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.onedoor.queue.model.CounterSession;
import vn.onedoor.queue.model.Ticket;

@Serdeable
public record CounterDto(long id, int number, String status, @Nullable Long officerId, @Nullable String pauseReason,
        @Nullable TicketDto currentTicket) {

    static CounterDto of(CounterSession s) {
        return of(s, null);
    }

    static CounterDto of(CounterSession s, Ticket current) {
        return new CounterDto(s.counterId(), s.counterNumber(), s.status().name(), s.officerId(), s.pauseReason(),
                current == null ? null : TicketDto.of(current));
    }
}
