package vn.onedoor.drivers.transport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local CUPS scheduler for tests that print through the OS: raw queues created and deleted by
 * the test. A test is skipped where no scheduler runs (.ci/run installs and starts one).
 */
public final class Cups {

    private Cups() {}

    public static void assumeRunning() throws IOException, InterruptedException {
        assumeTrue(onPath("lpadmin") && onPath("lpr") && run("lpstat", "-r").contains("scheduler is running"),
                "no CUPS scheduler (or no lpr) here");
    }

    /** A raw queue (bytes passed unchanged) whose device is a TCP socket on this machine. */
    public static void addRawQueue(String name, int port) throws IOException, InterruptedException {
        run("lpadmin", "-p", name, "-E", "-v", "socket://127.0.0.1:" + port, "-m", "raw");
    }

    public static void removeQueue(String name) throws IOException, InterruptedException {
        run("lpadmin", "-x", name);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
