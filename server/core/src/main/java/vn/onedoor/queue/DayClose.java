package vn.onedoor.queue;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.internal.QueueSql;
import vn.onedoor.queue.model.QueueEvent;

/**
 * Closes past business days: tickets still waiting (or parked) from an earlier date expire — kept
 * for statistics, never deleted. Runs just after midnight in Vietnam and at every start, so a
 * server that was down at midnight catches up.
 */
@Singleton
public class DayClose {

    private static final Logger LOG = LoggerFactory.getLogger(DayClose.class);

    private final QueueTransactions tx;
    private final CenterDirectory directory;
    private final BusinessCalendar calendar;

    DayClose(QueueTransactions tx, CenterDirectory directory, BusinessCalendar calendar) {
        this.tx = tx;
        this.directory = directory;
        this.calendar = calendar;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        closePastDays();
    }

    @Scheduled(cron = "0 1 0 * * *", zoneId = "Asia/Ho_Chi_Minh")
    void nightly() {
        closePastDays();
    }

    /** Returns how many tickets expired. */
    public int closePastDays() {
        int total = 0;
        for (Center center : directory.centers()) {
            int expired = tx.write((c, events) -> {
                int n = QueueSql.expireBefore(c, center.id(), calendar.today(center));
                if (n > 0) {
                    QueueSql.journal(c, center.id(), null, null, null, "DAY_CLOSED", n + " tickets expired", calendar.now());
                    events.accept(new QueueEvent.TicketsExpired(center.id(), n, calendar.now()));
                }
                return n;
            });
            if (expired > 0) {
                LOG.info("Day close at {}: {} tickets of past days expired", center.code(), expired);
            }
            total += expired;
        }
        return total;
    }
}
