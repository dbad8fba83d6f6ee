package vn.onedoor.display.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The board's sound queue ({@code META-INF/resources/scripts/onedoor-board-audio.js}) is tested by
 * {@code src/test/js/onedoor-board-audio.test.mjs} with fake Audio elements; this runs it with Node
 * when the machine has Node, and is skipped where it has not.
 */
class BoardAudioScriptTest {

    @Test
    void the_board_sound_queue_passes_its_node_tests() throws IOException, InterruptedException {
        assumeTrue(nodeAvailable(), "node is not installed");
        Path tests = Path.of("src/test/js/onedoor-board-audio.test.mjs");
        assertThat(tests).exists();

        Process node = new ProcessBuilder("node", "--test", tests.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void the_script_is_where_the_servlet_serves_static_files_from_a_jar() {
        assertThat(BoardAudioScriptTest.class.getClassLoader()
                .getResource("META-INF/resources/scripts/onedoor-board-audio.js")).isNotNull();
    }
}
