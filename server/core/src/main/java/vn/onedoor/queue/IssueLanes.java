package vn.onedoor.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Combines concurrent requests for the same service group into one transaction. A group's
 * numbers must be handed out one transaction at a time (its sequence row stays locked until
 * commit), so instead of queueing on that lock one commit each, whoever holds the lane issues
 * every request waiting behind it in a single transaction with one durable commit. A batch
 * that fails fails all its requests; nothing of it is kept, so no number is lost.
 */
final class IssueLanes<R, W, T> {

    static final int MAX_BATCH = 128;

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final Function<List<R>, W> write;
    private final Function<W, List<T>> afterCommit;

    /**
     * @param write runs a batch in one transaction, holding the lane
     * @param afterCommit turns a committed batch into one result per request, after the lane is
     *     free for the next batch (read-only work that need not hold up the numbering)
     */
    IssueLanes(Function<List<R>, W> write, Function<W, List<T>> afterCommit) {
        this.write = write;
        this.afterCommit = afterCommit;
    }

    T submit(long groupId, R request) {
        Lane lane = lanes.computeIfAbsent(groupId, id -> new Lane());
        Pending p = new Pending(request);
        lane.queue.add(p);
        while (!p.result.isDone()) {
            List<Pending> batch = List.of();
            W written = null;
            boolean takenByAnother = false;
            lane.lock.lock();
            try {
                if (!p.result.isDone()) {
                    batch = lane.drain();
                    // Nothing left to drain: p is in another thread's batch, which completes it after commit.
                    takenByAnother = batch.isEmpty();
                    if (!takenByAnother) {
                        written = write.apply(batch.stream().map(b -> b.request).toList());
                    }
                }
            } catch (RuntimeException e) {
                batch.forEach(b -> b.result.completeExceptionally(e));
                batch = List.of();
            } finally {
                lane.lock.unlock();
            }
            if (!batch.isEmpty()) {
                finish(batch, written);
            }
            if (takenByAnother) {
                break;
            }
        }
        try {
            return p.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while issuing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many requests wait in a lane (for tests and monitoring). */
    int queued(long groupId) {
        Lane lane = lanes.get(groupId);
        return lane == null ? 0 : lane.queue.size();
    }

    private void finish(List<Pending> batch, W written) {
        try {
            List<T> results = afterCommit.apply(written);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result.complete(results.get(i));
            }
        } catch (RuntimeException e) {
            batch.forEach(b -> b.result.completeExceptionally(e));
        }
    }

    private final class Pending {
        final R request;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Pending(R request) {
            this.request = request;
        }
    }

    private final class Lane {
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final ReentrantLock lock = new ReentrantLock();

        List<Pending> drain() {
            List<Pending> batch = new ArrayList<>();
            while (batch.size() < MAX_BATCH) {
                Pending p = queue.poll();
                if (p == null) {
                    break;
                }
                batch.add(p);
            }
            return batch;
        }
    }
}
