package vn.onedoor.drivers.serial;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two pseudo-terminals joined by socat, standing in for a USB-serial cable: what is written on
 * {@link #a()} is read on {@link #b()} and back. Tests using it are skipped only where socat is
 * not installed. Shared with the server's tests through this module's test jar.
 */
public final class SocatPair implements AutoCloseable {

    private static final String READY = "starting data transfer loop";

    private final Process process;
    private final Path a;
    private final Path b;

    private SocatPair(Process process, Path a, Path b) {
        this.process = process;
        this.a = a;
        this.b = b;
    }

    public static SocatPair start(Path dir, Duration timeout) throws Exception {
        assumeTrue(onPath("socat"), "socat is not installed");
        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        Process process = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a + ",mode=666", "pty,raw,echo=0,link=" + b + ",mode=666").start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread drain = new Thread(() -> watch(process, ready), "socat-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("socat did not report its ptys within " + timeout, e);
        }
        if (!Files.exists(a) || !Files.exists(b)) {
            process.destroyForcibly();
            throw new IllegalStateException("socat is ready but the links are missing: " + a + ", " + b);
        }
        return new SocatPair(process, a, b);
    }

    public String a() {
        return a.toString();
    }

    public String b() {
        return b.toString();
    }

    /** Reads socat's log until it says both ptys are up, then keeps draining so socat never blocks on it. */
    private static void watch(Process process, CompletableFuture<Void> ready) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.contains(READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IOException("socat exited: " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            ready.completeExceptionally(e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
