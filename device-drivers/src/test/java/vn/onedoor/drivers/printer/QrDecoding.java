package vn.onedoor.drivers.printer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a QR code the way a phone-camera pipeline would: hybrid first, then global + try harder. */
public final class QrDecoding {

    private QrDecoding() {
    }

    public static Optional<String> decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        try {
            return Optional.of(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText());
        } catch (NotFoundException first) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            try {
                return Optional.of(new MultiFormatReader().decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints).getText());
            } catch (NotFoundException second) {
                return Optional.empty();
            }
        }
    }
}
