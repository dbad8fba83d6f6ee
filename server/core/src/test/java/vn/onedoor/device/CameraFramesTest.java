package vn.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CameraFramesTest {

    private static final String LINK = "http://192.168.1.10:8080/hs/000.00.03.H39-241122-0001";

    /** A webcam-like frame: a grey desk, and on it a slightly dim receipt QR of 4 px per module, off center. */
    static BufferedImage frame(String text, int width, int height) throws WriterException {
        BitMatrix qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 118, 110));
        g.fillRect(0, 0, width, height);
        int module = 4;
        int side = qr.getWidth() * module;
        int x0 = width / 2 - side / 2 + 37;
        int y0 = height / 2 - side / 2 - 21;
        g.setColor(new Color(235, 232, 225));
        g.fillRect(x0 - 20, y0 - 20, side + 40, side + 40);
        g.setColor(new Color(30, 30, 35));
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    g.fillRect(x0 + x * module, y0 + y * module, module, module);
                }
            }
        }
        g.dispose();
        return image;
    }

    static String dataUrl(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void a_jpeg_frame_of_a_receipt_qr_gives_back_the_lookup_link() throws Exception {
        assertThat(CameraFrames.decode(dataUrl(frame(LINK, 640, 480), "jpeg"))).hasValue(LINK);
    }

    @Test
    void a_frame_without_a_code_is_an_empty_answer() throws Exception {
        BufferedImage desk = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        assertThat(CameraFrames.decode(dataUrl(desk, "jpeg"))).isEmpty();
    }

    @Test
    void a_frame_over_the_pixel_bound_is_not_decoded_even_with_a_code_in_it() throws Exception {
        String big = dataUrl(frame(LINK, 1600, 1200), "png");
        assertThat(big.length()).as("small enough in text, too many pixels").isLessThan(CameraFrames.MAX_DATA_URL_CHARS);
        assertThat(CameraFrames.decode(big)).isEmpty();
        assertThat(CameraFrames.decode(dataUrl(frame(LINK, 1280, 960), "png"))).hasValue(LINK);
    }

    @Test
    void what_is_not_an_image_data_url_is_refused() throws Exception {
        String jpeg = dataUrl(frame(LINK, 640, 480), "jpeg");
        assertThat(CameraFrames.decode(jpeg.replace("data:image/jpeg", "data:text/html"))).isEmpty();
        assertThat(CameraFrames.decode("data:image/jpeg;base64,not base64 at all")).isEmpty();
        assertThat(CameraFrames.decode("data:image/jpeg;base64," + "A".repeat(CameraFrames.MAX_DATA_URL_CHARS))).isEmpty();
        assertThat(CameraFrames.decode((String) null)).isEmpty();
    }
}
