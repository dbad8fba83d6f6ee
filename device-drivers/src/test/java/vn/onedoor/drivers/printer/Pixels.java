package vn.onedoor.drivers.printer;

import java.awt.image.BufferedImage;

/** Pixel counting for assertions on 1-bit images. */
public final class Pixels {

    private Pixels() {
    }

    public static boolean black(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0;
    }

    public static long blackCount(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += black(image, x, y) ? 1 : 0;
            }
        }
        return count;
    }

    /** The first row where two images differ, or -1 when the first {@code rows} rows are equal. */
    public static int firstDifferentRow(BufferedImage a, BufferedImage b, int rows) {
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (black(a, x, y) != black(b, x, y)) {
                    return y;
                }
            }
        }
        return -1;
    }

    public static boolean blankFrom(BufferedImage image, int fromRow) {
        for (int y = fromRow; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (black(image, x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
