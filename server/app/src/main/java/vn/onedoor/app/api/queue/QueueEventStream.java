package vn.onedoor.app.api.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.onedoor.queue.model.QueueEvent;

/**
 * Fans committed queue events out to every open event stream. Each event gets an id; the last
 * {@value #KEPT} events are kept, so a listener that reconnects with {@code Last-Event-ID} receives
 * what it missed (or a {@code Resync} when the server restarted or it fell too far behind, so it
 * re-reads the queue). Every stream is written on a thread of its own scheduler, never on the
 * thread that delivers the events: a listener that stalls, reads slowly or went away falls behind
 * alone, and after {@value #LAG} unsent events its stream is closed (it reconnects and catches up).
 */
@Singleton
public class QueueEventStream {

    static final int KEPT = 10_000;
    static final int LAG = 256;

    /** An event with its id on the stream: the server's start, then a sequence. */
    public record Numbered(String id, long sequence, @Nullable QueueEvent event, @Nullable String resync) {}

    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final Object lock = new Object();
    private final ArrayDeque<Numbered> kept = new ArrayDeque<>();
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final Scheduler writers = Schedulers.boundedElastic();
    private long sequence;

    private record Listener(long centerId, FluxSink<Numbered> sink) {}

    @EventListener
    void onQueueEvent(QueueEvent event) {
        synchronized (lock) {
            sequence++;
            Numbered numbered = new Numbered(epoch + "-" + sequence, sequence, event, null);
            kept.addLast(numbered);
            if (kept.size() > KEPT) {
                kept.removeFirst();
            }
            for (Listener l : listeners) {
                if (l.centerId() == event.centerId()) {
                    l.sink().next(numbered);
                }
            }
        }
    }

    /** The center's events from now on, after those missed since {@code lastEventId} when given. */
    public Flux<Numbered> of(long centerId, @Nullable String lastEventId) {
        return Flux.<Numbered>create(sink -> {
            Listener listener = new Listener(centerId, sink);
            synchronized (lock) {
                missedSince(centerId, lastEventId).forEach(sink::next);
                listeners.add(listener);
            }
            sink.onDispose(() -> listeners.remove(listener));
        }, FluxSink.OverflowStrategy.ERROR).publishOn(writers, LAG);
    }

    /** How many streams are open now. */
    public int listening() {
        return listeners.size();
    }

    private List<Numbered> missedSince(long centerId, @Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return List.of();
        }
        int dash = lastEventId.lastIndexOf('-');
        long last;
        try {
            last = Long.parseLong(lastEventId.substring(dash + 1));
        } catch (NumberFormatException e) {
            return List.of(resync("UNKNOWN_EVENT_ID"));
        }
        if (dash <= 0 || !lastEventId.substring(0, dash).equals(epoch) || last > sequence) {
            return List.of(resync("SERVER_RESTARTED"));
        }
        long oldest = kept.isEmpty() ? sequence + 1 : kept.peekFirst().sequence();
        if (last + 1 < oldest) {
            return List.of(resync("TOO_FAR_BEHIND"));
        }
        List<Numbered> missed = new ArrayList<>();
        for (Numbered n : kept) {
            if (n.sequence() > last && n.event().centerId() == centerId) {
                missed.add(n);
            }
        }
        return missed;
    }

    private Numbered resync(String reason) {
        return new Numbered(epoch + "-" + sequence, sequence, null, reason);
    }
}
