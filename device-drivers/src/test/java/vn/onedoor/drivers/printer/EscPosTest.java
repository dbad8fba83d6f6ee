package vn.onedoor.drivers.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class EscPosTest {

    private static final int BLACK = 0xFF000000;

    @Test
    void init_feed_and_cuts_are_the_documented_bytes() {
        assertThat(new EscPos().init().toBytes()).containsExactly(0x1B, 0x40);
        assertThat(new EscPos().feedLines(4).toBytes()).containsExactly(0x1B, 0x64, 0x04);
        assertThat(new EscPos().feedDots(24).toBytes()).containsExactly(0x1B, 0x4A, 0x18);
        assertThat(new EscPos().cut(EscPos.Cut.FULL).toBytes()).containsExactly(0x1D, 0x56, 0x00);
        assertThat(new EscPos().cut(EscPos.Cut.PARTIAL).toBytes()).containsExactly(0x1D, 0x56, 0x01);
    }

    @Test
    void a_10_by_2_image_packs_msb_first_with_black_as_1_and_pads_the_last_byte() {
        BufferedImage image = white(10, 2);
        image.setRGB(0, 0, BLACK);
        image.setRGB(9, 0, BLACK);
        for (int x = 1; x <= 8; x++) {
            image.setRGB(x, 1, BLACK);
        }

        assertThat(new EscPos().raster(image).toBytes()).containsExactly(
                0x1D, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00,
                0x80, 0x40,
                0x7F, 0x80);
    }

    @Test
    void a_300_row_image_goes_out_as_a_256_row_band_and_a_44_row_band() {
        BufferedImage image = new BufferedImage(8, 300, BufferedImage.TYPE_BYTE_BINARY);

        byte[] bytes = new EscPos().raster(image).toBytes();

        assertThat(bytes).hasSize(8 + 256 + 8 + 44);
        assertThat(java.util.Arrays.copyOfRange(bytes, 0, 8)).containsExactly(0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x00, 0x01);
        assertThat(bytes[8]).isEqualTo((byte) 0xFF);
        assertThat(java.util.Arrays.copyOfRange(bytes, 264, 272)).containsExactly(0x1D, 0x76, 0x30, 0x00, 0x01, 0x00, 0x2C, 0x00);
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0xFF);
    }

    @Test
    void grey_darker_than_half_prints_and_lighter_does_not() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x707070);
        image.setRGB(1, 0, 0x909090);

        byte[] bytes = new EscPos().raster(image).toBytes();

        assertThat(bytes[8]).isEqualTo((byte) 0x80);
    }

    @Test
    void vietnamese_native_text_selects_the_code_page_and_splits_tone_marks_as_cp1258_wants() {
        byte[] bytes = new EscPos().text("Việt", NativeCodePage.windows1258(52)).toBytes();

        assertThat(bytes).containsExactly(0x1B, 0x74, 52, 'V', 'i', 0xEA, 0xF2, 't', 0x0A);
    }

    @Test
    void status_requests_are_dle_eot_n() {
        assertThat(EscPos.statusRequest(StatusRequest.PRINTER)).containsExactly(0x10, 0x04, 0x01);
        assertThat(EscPos.statusRequest(StatusRequest.PAPER)).containsExactly(0x10, 0x04, 0x04);
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, 0xFFFFFFFF);
            }
        }
        return image;
    }
}
