package vn.onedoor.device;

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

/** Camera frames of a receipt's QR code for tests: the picture, and the data URL a browser would send. Shared with the app's tests. */
public final class QrFrames {

    private QrFrames() {}

    /** A webcam-like frame: a grey desk, and on it a slightly dim receipt QR of 4 px per module, off center. */
    public static BufferedImage frame(String text, int width, int height) throws WriterException {
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

    public static String dataUrl(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
