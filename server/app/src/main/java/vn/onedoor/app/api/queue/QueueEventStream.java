package vn.onedoor.app.api.queue;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import vn.onedoor.queue.model.QueueEvent;

/**
 * Fans committed queue events out to every open event stream. A slow subscriber misses events
 * rather than slowing the counters down; it re-reads the queue state on reconnect.
 */
@Singleton
public class QueueEventStream {

    private final Sinks.Many<QueueEvent> sink = Sinks.many().multicast().directBestEffort();

    @EventListener
    void onQueueEvent(QueueEvent event) {
        synchronized (sink) {
            sink.tryEmitNext(event);
        }
    }

    public Flux<QueueEvent> of(long centerId) {
        return sink.asFlux().filter(e -> e.centerId() == centerId);
    }
}
