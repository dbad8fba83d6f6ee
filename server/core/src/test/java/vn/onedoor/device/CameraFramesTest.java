package vn.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class CameraFramesTest {

    private static final String LINK = "http://192.168.1.10:8080/hs/000.00.03.H39-241122-0001";

    @Test
    void a_jpeg_frame_of_a_receipt_qr_gives_back_the_lookup_link() throws Exception {
        assertThat(CameraFrames.decode(QrFrames.dataUrl(QrFrames.frame(LINK, 640, 480), "jpeg"))).hasValue(LINK);
    }

    @Test
    void a_frame_without_a_code_is_an_empty_answer() throws Exception {
        BufferedImage desk = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        assertThat(CameraFrames.decode(QrFrames.dataUrl(desk, "jpeg"))).isEmpty();
    }

    @Test
    void a_frame_over_the_pixel_bound_is_not_decoded_even_with_a_code_in_it() throws Exception {
        String big = QrFrames.dataUrl(QrFrames.frame(LINK, 1600, 1200), "png");
        assertThat(big.length()).as("small enough in text, too many pixels").isLessThan(CameraFrames.MAX_DATA_URL_CHARS);
        assertThat(CameraFrames.decode(big)).isEmpty();
        assertThat(CameraFrames.decode(QrFrames.dataUrl(QrFrames.frame(LINK, 1280, 960), "png"))).hasValue(LINK);
    }

    @Test
    void what_is_not_an_image_data_url_is_refused() throws Exception {
        String jpeg = QrFrames.dataUrl(QrFrames.frame(LINK, 640, 480), "jpeg");
        assertThat(CameraFrames.decode(jpeg.replace("data:image/jpeg", "data:text/html"))).isEmpty();
        assertThat(CameraFrames.decode("data:image/jpeg;base64,not base64 at all")).isEmpty();
        assertThat(CameraFrames.decode("data:image/jpeg;base64," + "A".repeat(CameraFrames.MAX_DATA_URL_CHARS))).isEmpty();
        assertThat(CameraFrames.decode((String) null)).isEmpty();
    }
}
