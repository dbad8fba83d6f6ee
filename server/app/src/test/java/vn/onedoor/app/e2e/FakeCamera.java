package vn.onedoor.app.e2e;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a Y4M file, a
 * text header and raw I420 frames, showing a receipt's QR code on a grey desk, as a webcam would.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FRAMES = 10;
    private static final int MODULE = 6;

    private FakeCamera() {}

    /** Writes the video of a QR code of {@code text} and returns the Chromium flags that make it the camera. */
    static String[] showing(String text, Path file) throws IOException, WriterException {
        byte[] luma = frame(text);
        byte[] chroma = new byte[WIDTH / 2 * HEIGHT / 2];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return new String[] {"--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + file.toAbsolutePath()};
    }

    /** The grey levels of one frame: a mid-grey desk, a light paper, the dark modules. */
    private static byte[] frame(String text) throws WriterException {
        BitMatrix qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
        byte[] y = new byte[WIDTH * HEIGHT];
        Arrays.fill(y, (byte) 110);
        int side = qr.getWidth() * MODULE;
        int x0 = (WIDTH - side) / 2;
        int y0 = (HEIGHT - side) / 2;
        for (int row = y0 - 24; row < y0 + side + 24; row++) {
            for (int col = x0 - 24; col < x0 + side + 24; col++) {
                boolean dark = row >= y0 && col >= x0 && row < y0 + side && col < x0 + side
                        && qr.get((col - x0) / MODULE, (row - y0) / MODULE);
                y[row * WIDTH + col] = (byte) (dark ? 30 : 230);
            }
        }
        return y;
    }
}
