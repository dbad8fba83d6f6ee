package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.app.vaadin.DemoDossiers;

/**
 * The kiosk's "Quét bằng camera" in headless Chromium whose camera is a video of a receipt's QR
 * code: the page grabs frames, the server decodes them, and the lookup shows the dossier.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskCameraE2EIT implements DemoServerTest {

    @Inject EmbeddedServer server;
    @Inject DemoDossiers dossiers;

    @Test
    void the_camera_reads_the_receipt_qr_and_the_lookup_shows_the_dossier() throws Exception {
        String code = dossiers.after();
        Path video = Files.createTempFile("onedoor-receipt-qr-", ".y4m");
        String[] camera = FakeCamera.showing(server.getURL() + "/hs/" + code, video);
        try (Browser kiosk = new Browser(camera)) {
            kiosk.size(1080, 1920).open(server.getURL() + "/kiosk?device=demo-kiosk-1");
            kiosk.waitFor("#door-lookup").click();
            assertThat(kiosk.text("#camera-start")).isEqualTo("Quét bằng camera");
            kiosk.screenshot("kiosk-lookup-camera-button");

            kiosk.waitFor("#camera-start").click();
            kiosk.waitForText("#dossier-status", "Đã tiếp nhận");

            assertThat(kiosk.text("#dossier-result")).contains(code);
            assertThat(kiosk.script("return document.querySelector('#camera-scan').getAttribute('data-state')"))
                    .as("the camera is off once a code was read").isEqualTo("OFF");
            kiosk.waitUntil("return !document.querySelector('#camera-scan video').srcObject");
            kiosk.screenshot("kiosk-lookup-after-camera-scan");
        } finally {
            Files.deleteIfExists(video);
        }
    }

    @Test
    void without_a_camera_the_kiosk_says_so_in_plain_words() {
        // permission granted, but this machine has no video device
        try (Browser kiosk = new Browser("--use-fake-ui-for-media-stream")) {
            assertThat(cameraMessage(kiosk)).isEqualTo("Máy này không có camera. Xin quý khách nhập mã hồ sơ hoặc dùng máy quét.");
            kiosk.screenshot("kiosk-lookup-no-camera");
        }
    }

    @Test
    void a_camera_refused_by_the_browser_is_told_in_plain_words() {
        try (Browser kiosk = new Browser("--use-fake-device-for-media-stream", "--deny-permission-prompts")) {
            assertThat(cameraMessage(kiosk)).isEqualTo(
                    "Camera chưa được cho phép dùng. Xin quý khách nhập mã hồ sơ hoặc dùng máy quét, và báo cán bộ hướng dẫn.");
        }
    }

    private String cameraMessage(Browser kiosk) {
        kiosk.size(1080, 1920).open(server.getURL() + "/kiosk?device=demo-kiosk-1");
        kiosk.waitFor("#door-lookup").click();
        kiosk.waitFor("#camera-start").click();
        kiosk.waitForText("#camera-message", "Xin quý khách nhập mã hồ sơ hoặc dùng máy quét");
        return kiosk.text("#camera-message");
    }
}
