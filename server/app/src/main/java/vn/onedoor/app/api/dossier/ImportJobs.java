package vn.onedoor.app.api.dossier;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.ImportDossiers;

/** CSV imports run one at a time in the background; their progress is kept in memory for an hour's worth of jobs. */
@Singleton
class ImportJobs {

    private static final int KEPT = 100;

    private final ImportDossiers imports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(ImportDossiers imports) {
        this.imports = imports;
    }

    record Job(String id, long centerId, ImportDossiers.Progress progress, String failure) {}

    String start(long centerId, String csv, Actor actor) {
        if (jobs.size() >= KEPT) {
            jobs.values().removeIf(j -> j.progress().finished() || j.failure() != null);
        }
        String id = UUID.randomUUID().toString();
        jobs.put(id, new Job(id, centerId, new ImportDossiers.Progress(0, 0, 0, java.util.List.of(), false), null));
        worker.submit(() -> {
            try {
                imports.run(centerId, new StringReader(csv), actor, p -> jobs.put(id, new Job(id, centerId, p, null)));
            } catch (RuntimeException e) {
                jobs.computeIfPresent(id, (k, j) -> new Job(id, centerId, j.progress(), e.getMessage()));
            }
        });
        return id;
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
