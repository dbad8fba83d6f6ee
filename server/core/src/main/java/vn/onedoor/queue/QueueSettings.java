package vn.onedoor.queue;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import vn.onedoor.queue.model.QueueRules;

/** The queue rules from configuration ({@code onedoor.queue.*}), with the defaults of {@link QueueRules#DEFAULT}. */
@Factory
public class QueueSettings {

    @Singleton
    QueueRules queueRules(@Value("${onedoor.queue.priority-streak-limit:3}") int streakLimit,
            @Value("${onedoor.queue.recalls-before-no-show:2}") int recalls,
            @Value("${onedoor.queue.rejoin-window:30m}") Duration rejoinWindow,
            @Value("${onedoor.queue.default-service-time:6m}") Duration defaultServiceTime) {
        return new QueueRules(streakLimit, recalls, rejoinWindow, defaultServiceTime);
    }
}
