package vn.onedoor.app.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import vn.onedoor.dossier.DossierStatistics;
import vn.onedoor.dossier.LookUpDossier;
import vn.onedoor.dossier.LookupResult;
import vn.onedoor.platform.db.EmbeddedMariaDb;

/**
 * The lookup benchmark ({@code ./onedoor bench lookup [N]}): the real server with the demo center on
 * the embedded MariaDB, N generated dossiers (default 1,000,000), then {@code GET /api/v1/lookup/{code}}
 * over HTTP by concurrent clients for random known codes (and one in ten unknown), and the lookup
 * service in-process. The rate limit is set out of the way: it is what the benchmark is not about.
 */
public final class LookupBenchmark {

    private static final int SAMPLE = 20_000;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.startThrowAway("onedoor-lookup-bench-", null)) {
            String url = db.createDatabase("onedoor");
            try (ApplicationContext ctx = ApplicationContext.builder().banner(false).properties(Map.of(
                    "datasources.default.url", url, "datasources.default.username", "root",
                    "datasources.default.password", "", "micronaut.server.port", freePort(), "onedoor.demo", true,
                    "onedoor.lookup.burst", 1_000_000_000, "onedoor.lookup.per-minute", 1_000_000_000)).start()) {
                EmbeddedServer server = ctx.getBean(EmbeddedServer.class);
                server.start();
                System.out.printf("OneDoor lookup benchmark — %d cores, Java %s, embedded MariaDB, HTTP on loopback%n",
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
                DossierGenerator.Result generated = DossierGenerator.generate(url, "root", "", count, SAMPLE);
                System.out.printf("generated %,d dossiers in %.1f s (%,.0f rows/s)%n", generated.rows(), generated.seconds(),
                        generated.rows() / generated.seconds());
                run(server.getURL().toString(), ctx.getBean(LookUpDossier.class), generated.sample());
                statistics(ctx.getBean(DossierStatistics.class));
            }
        }
        System.out.flush();
        System.exit(0);
    }

    private static void run(String base, LookUpDossier service, List<String> codes) throws Exception {
        inProcess("warm-up, in-process", service, codes, 5_000);
        http("warm-up, HTTP", base, codes, 2, 5_000);
        System.out.println("| run | clients | lookups | per second | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        inProcess("LookUpDossier in-process", service, codes, 20_000);
        http("GET /api/v1/lookup/{code}", base, codes, 1, 10_000);
        http("GET /api/v1/lookup/{code}", base, codes, 4, 20_000);
        http("GET /api/v1/lookup/{code}", base, codes, 16, 20_000);
    }

    /** A report reads every dossier of its period: how long one takes at this size. */
    private static void statistics(DossierStatistics statistics) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        for (int months : new int[] {1, 12}) {
            for (DossierStatistics.GroupBy by : new DossierStatistics.GroupBy[] {DossierStatistics.GroupBy.AGENCY,
                    DossierStatistics.GroupBy.PROCEDURE}) {
                long best = Long.MAX_VALUE;
                DossierStatistics.Report r = null;
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    r = statistics.report(1, today.minusMonths(months), today, by);
                    best = Math.min(best, System.nanoTime() - t0);
                }
                System.out.printf("statistics, last %d month(s) by %s: %,d received, %,d resolved, best of 3: %.0f ms%n",
                        months, by.name().toLowerCase(), r.total().received(), r.total().resolved(), best / 1e6);
            }
        }
    }

    private static void inProcess(String name, LookUpDossier service, List<String> codes, int total) {
        Latencies lat = new Latencies(total);
        long t0 = System.nanoTime();
        for (int i = 0; i < total; i++) {
            String code = pick(codes);
            long start = System.nanoTime();
            LookupResult r = service.lookUp(code);
            lat.add(System.nanoTime() - start);
            check(code, r instanceof LookupResult.Found ? 200 : 404);
        }
        print(name, 1, lat, System.nanoTime() - t0);
    }

    private static void http(String name, String base, List<String> codes, int clients, int total) throws Exception {
        Latencies lat = new Latencies(total);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                try (KeepAliveHttp http = new KeepAliveHttp(URI.create(base))) {
                    for (int i = 0; i < total / clients; i++) {
                        String code = pick(codes);
                        long start = System.nanoTime();
                        KeepAliveHttp.Answer r = http.send("GET", "/api/v1/lookup/" + code, null, "");
                        lat.add(System.nanoTime() - start);
                        check(code, r.status());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        print(name, clients, lat, System.nanoTime() - t0);
    }

    /** Nine in ten a known code, one in ten an unknown one of the same shape. */
    private static String pick(List<String> codes) {
        String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
        return ThreadLocalRandom.current().nextInt(10) == 0 ? code.substring(0, code.length() - 4) + "9999" : code;
    }

    private static void check(String code, int status) {
        boolean unknown = code.endsWith("-9999");
        if (status != (unknown ? 404 : 200)) {
            throw new IllegalStateException("lookup of " + code + " answered " + status);
        }
    }

    private static void print(String name, int clients, Latencies lat, long elapsedNanos) {
        System.out.printf("| %s | %d | %,d | %,.0f | %.2f | %.2f | %.2f |%n", name, clients, lat.count(),
                lat.count() / (elapsedNanos / 1e9), lat.percentileMillis(50), lat.percentileMillis(99),
                lat.percentileMillis(100));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
