package vn.onedoor.drivers.printer.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A classpath PNG scaled down to fit a box and thresholded to 1 bit (transparent is paper). */
public final class LogoBitmap {

    private LogoBitmap() {
    }

    public static BufferedImage load(String resource, int maxWidth, int maxHeight) {
        BufferedImage source = read(resource);
        double scale = Math.min(1.0, Math.min((double) maxWidth / source.getWidth(), (double) maxHeight / source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        BufferedImage binary = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean dark = (grey.getRaster().getSample(x, y, 0)) < 128;
                binary.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return binary;
    }

    private static BufferedImage read(String resource) {
        try (InputStream in = LogoBitmap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("logo missing from the classpath: " + resource);
            }
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IllegalArgumentException("logo is not a readable image: " + resource);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
