package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.onedoor.center.Center;

/** Today's business date of a center, in the center's time zone, from the injected clock. */
@Singleton
public class BusinessCalendar {

    private final Clock clock;

    BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today(Center center) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(center.timeZone()));
    }
}
