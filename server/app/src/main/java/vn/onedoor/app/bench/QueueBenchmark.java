package vn.onedoor.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.onedoor.platform.db.EmbeddedMariaDb;

/**
 * The queue benchmark ({@code ./onedoor bench queue}): the real server with the demo center on the
 * embedded MariaDB (durable commits: innodb_flush_log_at_trx_commit=1), driven over HTTP by
 * concurrent clients on this machine. Prints tickets/s and latencies for issuing, and
 * call-next + complete pairs per second with 1,000 and 30,000 tickets waiting.
 */
public final class QueueBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code -Donedoor.bench.client=jdk}: drive the server with the JDK's HttpClient instead, to compare. */
    private static final boolean JDK_CLIENT = "jdk".equals(System.getProperty("onedoor.bench.client"));

    private final String base;
    private final QueueLoad load;
    private final List<KeepAliveHttp> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<KeepAliveHttp> connection = ThreadLocal.withInitial(this::open);
    private final CostMeter meter;
    private CostMeter.Reading runStart;
    private CostMeter.Reading runEnd;

    private QueueBenchmark(String base, QueueLoad load, CostMeter meter) {
        this.base = base;
        this.load = load;
        this.meter = meter;
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.startThrowAway("onedoor-queue-bench-", null)) {
            String url = db.createDatabase("onedoor");
            try (ApplicationContext ctx = ApplicationContext.builder().banner(false).properties(Map.of(
                    "datasources.default.url", url, "datasources.default.username", "root",
                    "datasources.default.password", "", "micronaut.server.port", freePort(), "onedoor.demo", true,
                    "datasources.default.transaction-isolation", "TRANSACTION_READ_COMMITTED"))
                    .start()) {
                EmbeddedServer server = ctx.getBean(EmbeddedServer.class);
                server.start();
                String base = server.getURL().toString();
                new QueueBenchmark(base, new QueueLoad(url), new CostMeter(url)).run(args.length > 0 && args[0].equals("pairs"));
            }
        }
        System.out.flush();
        System.exit(0);
    }

    /** @param pairsOnly only the call-next + complete runs ({@code ./onedoor bench queue pairs}), e.g. under a profiler */
    private void run(boolean pairsOnly) throws Exception {
        String kiosk = "demo-kiosk-1";
        long groupA = load.groupId("A");
        List<Long> allGroups = new ArrayList<>();
        for (String prefix : List.of("A", "B", "C", "D", "E", "F")) {
            allGroups.add(load.groupId(prefix));
        }
        System.out.printf("OneDoor queue benchmark — %d cores, %s, embedded MariaDB, over HTTP on loopback, %s client%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                JDK_CLIENT ? "JDK HttpClient" : "keep-alive HTTP/1.1");
        issueRun("warm-up", 4, 2_000, allGroups, kiosk, 0);
        // the counters' paths too: a server runs all day, and compiling them should not count in the pair runs
        resetQueue(allGroups, 6_000);
        cycleRun("warm-up", allTwelve(), 2_000);
        handoverRun("warm-up", allTwelve(), 2_000);
        System.out.println("CPU ms (this JVM: server and clients; the MariaDB process), statements and commits are per "
                + "ticket in the issue runs and per pair in the pair runs.");
        System.out.println("| run | clients | requests | per second | p50 ms | p99 ms "
                + "| JVM CPU ms | MariaDB CPU ms | statements | commits |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        if (!pairsOnly) {
            issueRuns(kiosk, groupA, allGroups);
        }
        List<String> fourOnA = List.of("officer1", "officer2", "officer8", "officer11");
        List<String> allTwelve = allTwelve();
        for (int waiting : new int[] {1_000, 30_000}) {
            // fewer pairs than tickets: the queue stays about as long as it started
            resetQueue(List.of(groupA), waiting);
            cycleRun("call-next + complete, " + waiting + " waiting in group A", fourOnA, Math.min(2_000, waiting / 2));
            resetQueue(allGroups, waiting);
            cycleRun("call-next + complete, " + waiting + " waiting in 6 groups", allTwelve, Math.min(3_000, waiting / 2));
            resetQueue(allGroups, waiting);
            handoverRun("complete-and-call-next, " + waiting + " waiting in 6 groups", allTwelve,
                    Math.min(3_000, waiting / 2));
        }
    }

    /** Queues the tickets afresh; the connections idle meanwhile may have been closed by the server, so they are dropped. */
    private void resetQueue(List<Long> groupIds, int waiting) throws java.sql.SQLException {
        load.resetQueue(groupIds, waiting);
        closeConnections();
        connection.remove();
    }

    private static List<String> allTwelve() {
        List<String> officers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            officers.add("officer" + i);
        }
        return officers;
    }

    private KeepAliveHttp open() {
        KeepAliveHttp http = new KeepAliveHttp(URI.create(base));
        opened.add(http);
        return http;
    }

    private void issueRuns(String kiosk, long groupA, List<Long> allGroups) throws Exception {
        issueRun("issue ticket at 200/s, 6 groups", 16, 2_000, allGroups, kiosk, 200);
        issueRun("issue ticket, 6 groups", 1, 2_000, allGroups, kiosk, 0);
        issueRun("issue ticket, 6 groups", 16, 8_000, allGroups, kiosk, 0);
        issueRun("issue ticket, all in group A", 16, 8_000, List.of(groupA), kiosk, 0);
        issueRun("issue ticket at 200/s, 6 groups, right after the bursts", 16, 2_000, allGroups, kiosk, 200);
    }

    private void issueRun(String name, int clients, int total, List<Long> groupIds, String token, int ratePerSecond)
            throws Exception {
        Latencies lat = new Latencies(total);
        AtomicLong next = new AtomicLong();
        long startNanos = System.nanoTime();
        long intervalNanos = ratePerSecond == 0 ? 0 : 1_000_000_000L / ratePerSecond;
        long elapsed = parallel(clients, n -> {
            for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                if (intervalNanos > 0) {
                    waitUntil(startNanos + i * intervalNanos);
                }
                String body = "{\"serviceGroupId\":" + groupIds.get((int) (i % groupIds.size())) + "}";
                long t0 = System.nanoTime();
                send("POST", "/api/v1/centers/1/tickets", token, body, 201);
                lat.add(System.nanoTime() - (intervalNanos > 0 ? Math.max(t0, startNanos + i * intervalNanos) : t0));
            }
        });
        print(name, clients, lat, elapsed);
    }

    private void cycleRun(String name, List<String> officers, int cycles) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (String o : officers) {
            tokens.add(load.login(base, o));
        }
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            long counter = load.counterId(Integer.parseInt(officers.get(i).replace("officer", "")));
            send("POST", "/api/v1/counters/" + counter + "/open", tokens.get(i), "", 200);
            counters.add(counter);
        }
        Latencies lat = new Latencies(cycles);
        AtomicLong next = new AtomicLong();
        long elapsed = parallel(counters.size(), n -> {
            String token = tokens.get(n);
            String path = "/api/v1/counters/" + counters.get(n);
            while (next.getAndIncrement() < cycles) {
                long t0 = System.nanoTime();
                send("POST", path + "/call-next", token, "", 200);
                send("POST", path + "/complete", token, "{\"outcome\":\"ADVICE_ONLY\"}", 200);
                lat.add(System.nanoTime() - t0);
            }
        });
        for (int i = 0; i < counters.size(); i++) {
            send("POST", "/api/v1/counters/" + counters.get(i) + "/close", tokens.get(i), "", 200);
        }
        print(name, counters.size(), lat, elapsed);
    }

    /** One request per pair: the counter screen's "complete and call next". */
    private void handoverRun(String name, List<String> officers, int pairs) throws Exception {
        List<String> tokens = new ArrayList<>();
        List<Long> counters = new ArrayList<>();
        for (String o : officers) {
            String token = load.login(base, o);
            long counter = load.counterId(Integer.parseInt(o.replace("officer", "")));
            send("POST", "/api/v1/counters/" + counter + "/open", token, "", 200);
            send("POST", "/api/v1/counters/" + counter + "/call-next", token, "", 200);
            tokens.add(token);
            counters.add(counter);
        }
        Latencies lat = new Latencies(pairs);
        AtomicLong next = new AtomicLong();
        long elapsed = parallel(counters.size(), n -> {
            while (next.getAndIncrement() < pairs) {
                long t0 = System.nanoTime();
                send("POST", "/api/v1/counters/" + counters.get(n) + "/complete-and-call-next", tokens.get(n),
                        "{\"outcome\":\"ADVICE_ONLY\"}", 200);
                lat.add(System.nanoTime() - t0);
            }
        });
        print(name, counters.size(), lat, elapsed);
    }

    private void print(String name, int clients, Latencies lat, long elapsedNanos) {
        closeConnections();
        if (name.equals("warm-up")) {
            return;
        }
        System.out.printf("| %s | %d | %d | %.0f | %.1f | %.1f | %s |%n", name, clients, lat.count(),
                lat.count() / (elapsedNanos / 1e9), lat.percentileMillis(50), lat.percentileMillis(99),
                meter.perUnit(runStart, runEnd, lat.count()));
    }

    private String send(String method, String path, String token, String body, int expected) {
        int status;
        String answer;
        if (JDK_CLIENT) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } else {
            KeepAliveHttp.Answer a = connection.get().send(method, path, token, body);
            status = a.status();
            answer = a.body();
        }
        if (status != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + status + ": " + answer);
        }
        return answer;
    }

    /** Closes the connections of a run's client threads, which end with the run. */
    private void closeConnections() {
        opened.forEach(KeepAliveHttp::close);
        opened.clear();
    }

    interface Task {
        void run(int client) throws Exception;
    }

    /** Runs the task on {@code threads} client threads at once; the run's cost is read around it. */
    private long parallel(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                go.await();
                task.run(n);
                return null;
            }));
        }
        runStart = meter.read();
        long t0 = System.nanoTime();
        go.countDown();
        try {
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.MINUTES);
            }
            long elapsed = System.nanoTime() - t0;
            runEnd = meter.read();
            return elapsed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void waitUntil(long nanoTime) {
        long delay = nanoTime - System.nanoTime();
        if (delay > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(delay);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
