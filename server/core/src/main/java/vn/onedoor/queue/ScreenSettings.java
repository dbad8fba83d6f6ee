package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.util.Optional;
import vn.onedoor.queue.internal.ScreenSql;

/** What the staff screens remember: the counter a staff member sits at, a center's alert thresholds. */
@Singleton
public class ScreenSettings {

    private final QueueTransactions tx;
    private final BusinessCalendar calendar;

    ScreenSettings(QueueTransactions tx, BusinessCalendar calendar) {
        this.tx = tx;
        this.calendar = calendar;
    }

    /** The counter the staff member chose last, if any. */
    public Optional<Long> chosenCounter(long userId) {
        return tx.read((c, events) -> ScreenSql.chosenCounter(c, userId));
    }

    public void chooseCounter(long userId, long counterId) {
        tx.write((c, events) -> {
            ScreenSql.chooseCounter(c, userId, counterId, calendar.now());
            return null;
        });
    }

    public AlertThresholds thresholds(long centerId) {
        return tx.read((c, events) -> ScreenSql.thresholds(c, centerId)
                .map(t -> new AlertThresholds(t[0], t[1])).orElse(AlertThresholds.DEFAULT));
    }

    public void saveThresholds(long centerId, AlertThresholds thresholds) {
        tx.write((c, events) -> {
            ScreenSql.saveThresholds(c, centerId, thresholds.maxWaiting(), thresholds.maxWaitMinutes());
            return null;
        });
    }
}
