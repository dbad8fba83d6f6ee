package vn.onedoor.drivers.printer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrBitmapTest {

    @Test
    void every_module_is_a_whole_number_of_at_least_four_dots() {
        BufferedImage qr = QrBitmap.of("https://dichvucong.longan.gov.vn/ve/A-1024?k=7f3a9c", 200);

        int shortest = Integer.MAX_VALUE;
        for (int y = 0; y < qr.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x <= qr.getWidth(); x++) {
                if (x < qr.getWidth() && (qr.getRGB(x, y) & 0xFFFFFF) == 0) {
                    run++;
                } else if (run > 0) {
                    assertThat(run % shortestModule(qr)).as("run at row %d", y).isZero();
                    shortest = Math.min(shortest, run);
                    run = 0;
                }
            }
        }
        assertThat(shortest).isGreaterThanOrEqualTo(QrBitmap.MIN_MODULE_DOTS);
        assertThat(qr.getWidth()).isLessThanOrEqualTo(200);
    }

    /** The finder pattern's outer ring is one module thick: its diagonal from the corner gives the module size. */
    private static int shortestModule(BufferedImage qr) {
        int quiet = 0;
        while ((qr.getRGB(quiet, quiet) & 0xFFFFFF) != 0) {
            quiet++;
        }
        int size = 0;
        while ((qr.getRGB(quiet + size, quiet + size) & 0xFFFFFF) == 0) {
            size++;
        }
        return size;
    }
}
