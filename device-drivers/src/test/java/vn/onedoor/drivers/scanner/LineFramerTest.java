package vn.onedoor.drivers.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineFramerTest {

    private final LineFramer framer = new LineFramer();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void cr_lf_and_crlf_each_end_one_scan() {
        assertThat(framer.feed(bytes("000.00.12.H42-241122-0001\r"))).containsExactly("000.00.12.H42-241122-0001");
        assertThat(framer.feed(bytes("A-1024\n"))).containsExactly("A-1024");
        assertThat(framer.feed(bytes("B-7\r\nC-8\r\n"))).containsExactly("B-7", "C-8");
    }

    @Test
    void a_scan_split_across_reads_is_joined_and_a_split_crlf_makes_no_empty_scan() {
        assertThat(framer.feed(bytes("000.00.12.H42-"))).isEmpty();
        assertThat(framer.feed(bytes("241122-0001\r"))).containsExactly("000.00.12.H42-241122-0001");
        assertThat(framer.feed(bytes("\nA-1\r"))).containsExactly("A-1");
    }

    @Test
    void utf8_text_in_a_scan_is_kept_whole() {
        assertThat(framer.feed(bytes("Nguyễn Văn A\r\n"))).containsExactly("Nguyễn Văn A");
    }

    @Test
    void an_endless_line_is_dropped_and_the_next_scan_still_arrives() {
        byte[] junk = new byte[LineFramer.MAX_SCAN_BYTES + 10];
        java.util.Arrays.fill(junk, (byte) 'x');
        assertThat(framer.feed(junk)).isEmpty();
        assertThat(framer.feed(bytes("\rA-2\r"))).containsExactly("A-2");
    }
}
