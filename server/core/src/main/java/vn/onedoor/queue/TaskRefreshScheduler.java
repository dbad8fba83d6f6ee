package vn.onedoor.queue;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Refreshes run on Micronaut's scheduled executor. */
@Singleton
public class TaskRefreshScheduler implements RefreshScheduler {

    private final TaskScheduler scheduler;

    public TaskRefreshScheduler(@Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        scheduler.schedule(delay, task);
    }
}
