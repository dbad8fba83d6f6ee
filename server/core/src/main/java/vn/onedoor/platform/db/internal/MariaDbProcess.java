package vn.onedoor.platform.db.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@code mariadbd}, started under a small shell guard that ends the server when this
 * JVM ends, however it ends: the guard holds this JVM's end of a pipe and, when the pipe closes
 * (a normal stop, or a JVM killed with {@code kill -9}), sends the server {@code SIGTERM}, so it
 * shuts down cleanly instead of living on as an orphan that holds the data files.
 */
public final class MariaDbProcess {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbProcess.class);
    /**
     * {@code $1...}: the server and its arguments. Ctrl+C in a terminal reaches the whole process
     * group; the server is stopped by this JVM instead, after the application has let go of it.
     */
    private static final String GUARD = "trap '' INT HUP; exec 3<&0; \"$@\" </dev/null 3<&- & server=$!; "
            + "(cat <&3 >/dev/null; kill -TERM $server 2>/dev/null) & watch=$!; exec 3<&-; "
            + "wait $server; status=$?; kill $watch 2>/dev/null; exit $status";
    private static final Duration POLL = Duration.ofMillis(100);

    private final MariaDbFiles files;
    private final int port;
    private final Process guard;

    private MariaDbProcess(MariaDbFiles files, int port, Process guard) {
        this.files = files;
        this.port = port;
        this.guard = guard;
    }

    /** Starts the server on {@code port} and returns once it answers, or throws with its log. */
    public static MariaDbProcess start(MariaDbFiles files, int port, Duration readyWithin) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", GUARD, "onedoor-mariadb-guard"));
        command.addAll(serverCommand(files, port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(files.base().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()));
        builder.environment().put("LD_LIBRARY_PATH", files.base().resolve("libs").toString());
        MariaDbProcess process = new MariaDbProcess(files, port, builder.start());
        process.awaitReady(readyWithin);
        return process;
    }

    private static List<String> serverCommand(MariaDbFiles files, int port) {
        List<String> args = new ArrayList<>(List.of(files.executable("mariadbd").toString(), "--no-defaults",
                "--basedir=" + files.base(), "--datadir=" + files.data(), "--tmpdir=" + files.tmp(),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket(files),
                "--pid-file=" + files.pidFile(), "--skip-grant-tables", "--max_allowed_packet=64M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root");
        }
        return args;
    }

    /** A Unix socket path may not exceed 107 bytes; a data directory's path may. */
    private static Path socket(MariaDbFiles files) {
        Path inRoot = files.root().resolve("mariadbd.sock");
        if (inRoot.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 100) {
            return inRoot;
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "onedoor-mariadb-" + Integer.toHexString(files.root().toString().hashCode()) + ".sock");
    }

    /** Installs a new, empty database into {@code dir} with the server's own install script. */
    public static void install(MariaDbFiles files, Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(files.base().resolve("scripts").resolve("mariadb-install-db").toString(),
                "--no-defaults", "--force", "--skip-name-resolve", "--basedir=" + files.base(), "--datadir=" + dir));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(files.base().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()));
        builder.environment().put("LD_LIBRARY_PATH", files.base().resolve("libs").toString());
        Process install = builder.start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IOException("mariadb-install-db failed; the last lines of " + files.log() + ":\n" + files.logTail(20));
        }
    }

    private void awaitReady(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000";
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!guard.isAlive()) {
                throw new IOException("MariaDB exited with code " + guard.exitValue() + " while starting; the last lines of "
                        + files.log() + ":\n" + files.logTail(25));
            }
            try (Connection c = DriverManager.getConnection(url, "root", "")) {
                c.createStatement().execute("SELECT 1");
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                guard.onExit().get(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while MariaDB was starting", e);
            }
        }
        stop(Duration.ofSeconds(30));
        throw new IOException("MariaDB did not answer within " + within.toSeconds() + " s (" + (last == null ? "" : last.getMessage())
                + "); the last lines of " + files.log() + ":\n" + files.logTail(25));
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return guard.isAlive();
    }

    /** Completes when the server has ended, for whatever reason. */
    public CompletableFuture<Process> onExit() {
        return guard.onExit();
    }

    /**
     * Stops the server cleanly: closing the pipe makes the guard send {@code SIGTERM}, and the
     * server flushes and ends. Killed only if it has not ended within {@code within}.
     */
    public void stop(Duration within) {
        try {
            OutputStream pipe = guard.getOutputStream();
            pipe.close();
        } catch (IOException e) {
            LOG.debug("The guard's pipe was closed already", e);
        }
        try {
            guard.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("MariaDB did not stop within {} s; killing it", within.toSeconds());
            serverPid(files).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
            guard.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A server left running on this data directory by an earlier OneDoor (its JVM killed, and its
     * guard with it) would hold the data files, and every start would fail; it is asked to stop,
     * then killed if it will not.
     */
    public static void endLeftovers(MariaDbFiles files, Duration within) {
        String dataArg = "--datadir=" + files.data();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataArg)).orElse(false))
                .toList();
        for (ProcessHandle p : leftovers) {
            LOG.warn("A MariaDB server (pid {}) from an earlier run still holds {}; stopping it", p.pid(), files.data());
            p.destroy();
        }
        for (ProcessHandle p : leftovers) {
            try {
                p.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warn("The leftover MariaDB server (pid {}) did not stop; killing it", p.pid());
                p.destroyForcibly();
                p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Optional<Long> serverPid(MariaDbFiles files) {
        try {
            return Optional.of(Long.parseLong(java.nio.file.Files.readString(files.pidFile()).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
