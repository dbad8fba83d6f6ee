package vn.onedoor.device;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a QR code in a frame from a kiosk's webcam, as the browser sends it: a JPEG or PNG data
 * URL. A frame is bounded before it is decoded (its text length, then its pixel count from the
 * image header), so a page cannot make the server decode something huge. Most frames hold no
 * code: that is an empty answer, not an error.
 */
public final class CameraFrames {

    /** The longest data URL taken: a 1280×960 JPEG is well under this. */
    public static final int MAX_DATA_URL_CHARS = 1_500_000;
    /** The most pixels a frame may have; the browser downscales to 640 wide. */
    public static final int MAX_PIXELS = 1280 * 960;

    private static final List<String> PREFIXES = List.of("data:image/jpeg;base64,", "data:image/png;base64,");
    private static final Map<DecodeHintType, Object> FAST = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    private static final Map<DecodeHintType, Object> HARD = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private CameraFrames() {}

    /** The text of the QR code in the frame, if the frame is a bounded image and holds one. */
    public static Optional<String> decode(String dataUrl) {
        if (dataUrl == null || dataUrl.length() > MAX_DATA_URL_CHARS) {
            return Optional.empty();
        }
        Optional<String> prefix = PREFIXES.stream().filter(dataUrl::startsWith).findFirst();
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(prefix.get().length()));
            return read(bytes).flatMap(CameraFrames::decode);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** The text of the QR code in an image: the usual binarizer first, then the slower one trying harder. */
    public static Optional<String> decode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        LuminanceSource source = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
        try {
            return Optional.of(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), FAST).getText());
        } catch (NotFoundException first) {
            try {
                return Optional.of(new MultiFormatReader().decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), HARD)
                        .getText());
            } catch (NotFoundException second) {
                return Optional.empty();
            }
        }
    }

    private static Optional<BufferedImage> read(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
