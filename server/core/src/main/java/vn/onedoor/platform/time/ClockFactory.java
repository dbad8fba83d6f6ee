package vn.onedoor.platform.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The business clock. Tests replace it; centers compute their business date in their own zone. */
@Factory
public class ClockFactory {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Singleton
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
