package vn.onedoor.drivers.printer.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A QR code drawn with whole dots per module, so a thermal head prints every module the same
 * size; scaling a finished image would smear module edges unevenly and hurt phone cameras.
 */
public final class QrBitmap {

    /** Below 4 dots (0.5 mm at 203 dpi) per module phones start to fail on thermal paper. */
    public static final int MIN_MODULE_DOTS = 4;

    private static final int QUIET_ZONE_MODULES = 4;

    private QrBitmap() {
    }

    /**
     * @param targetDots the side the code should have at most, quiet zone included
     * @throws IllegalArgumentException when the payload is too long to fit at 4 dots per module
     */
    public static BufferedImage of(String payload, int targetDots) {
        BitMatrix matrix = encode(payload);
        int modules = matrix.getWidth() + 2 * QUIET_ZONE_MODULES;
        int moduleDots = Math.max(MIN_MODULE_DOTS, targetDots / modules);
        if (moduleDots * modules > targetDots) {
            throw new IllegalArgumentException("QR payload too long for " + targetDots + " dots: " + payload.length() + " chars");
        }
        int side = moduleDots * modules;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        int[] white = new int[side];
        java.util.Arrays.fill(white, 0xFFFFFFFF);
        for (int y = 0; y < side; y++) {
            image.setRGB(0, y, side, 1, white, 0, side);
        }
        int offset = QUIET_ZONE_MODULES * moduleDots;
        for (int my = 0; my < matrix.getHeight(); my++) {
            for (int mx = 0; mx < matrix.getWidth(); mx++) {
                if (matrix.get(mx, my)) {
                    fill(image, offset + mx * moduleDots, offset + my * moduleDots, moduleDots);
                }
            }
        }
        return image;
    }

    private static void fill(BufferedImage image, int x, int y, int size) {
        for (int dy = 0; dy < size; dy++) {
            for (int dx = 0; dx < size; dx++) {
                image.setRGB(x + dx, y + dy, 0xFF000000);
            }
        }
    }

    private static BitMatrix encode(String payload) {
        try {
            return new QRCodeWriter().encode(payload, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload of " + payload.length() + " chars", e);
        }
    }
}
