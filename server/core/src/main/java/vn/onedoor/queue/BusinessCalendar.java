package vn.onedoor.queue;

import vn.onedoor.platform.rules.Rejection;
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
    private final vn.onedoor.center.CenterDirectory directory;
    private final java.util.Map<Long, ZoneId> zones = new java.util.concurrent.ConcurrentHashMap<>();

    BusinessCalendar(Clock clock, vn.onedoor.center.CenterDirectory directory) {
        this.clock = clock;
        this.directory = directory;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today(Center center) {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of(center.timeZone()));
    }

    /** Today in a center's zone by the center's id; zones are looked up once (they do not change while running). */
    public LocalDate today(long centerId) {
        ZoneId zone = zones.computeIfAbsent(centerId, id -> ZoneId.of(directory.center(id)
                .orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center " + id))
                .timeZone()));
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
