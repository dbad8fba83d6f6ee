package vn.onedoor.app.e2e;

import com.google.zxing.WriterException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.onedoor.device.QrFrames;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a Y4M file, a
 * text header and raw I420 frames, showing a receipt's QR code on a grey desk ({@link QrFrames}), as a webcam would.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FRAMES = 10;

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

    /** The luma of the test frame of {@link QrFrames} (the chroma planes stay neutral grey). */
    private static byte[] frame(String text) throws WriterException {
        BufferedImage image = QrFrames.frame(text, WIDTH, HEIGHT);
        byte[] y = new byte[WIDTH * HEIGHT];
        for (int row = 0; row < HEIGHT; row++) {
            for (int col = 0; col < WIDTH; col++) {
                int rgb = image.getRGB(col, row);
                y[row * WIDTH + col] = (byte) ((77 * (rgb >> 16 & 0xFF) + 150 * (rgb >> 8 & 0xFF) + 29 * (rgb & 0xFF)) >> 8);
            }
        }
        return y;
    }
}
